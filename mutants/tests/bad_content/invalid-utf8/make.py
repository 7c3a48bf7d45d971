"""A file saved by a Latin-1 editor: 0xE9 for e-acute is not valid UTF-8."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Puts the bad byte into the copied content set."""
    path = content / "exercises" / "wall-press.yml"
    path.write_bytes(path.read_bytes().replace(b"Shrugging.", b"Shrugging (\xe9paules up)."))
