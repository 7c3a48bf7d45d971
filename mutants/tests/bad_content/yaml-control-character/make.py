"""A raw control character (BEL, 0x07) pasted into a text field."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Puts the bad byte into the copied content set."""
    path = content / "exercises" / "wall-press.yml"
    path.write_bytes(path.read_bytes().replace(b"Breathe normally.", b"Breathe\x07 normally."))
