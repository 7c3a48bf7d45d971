"""A PNG picture of 600,000 bytes, over the 512 KB limit for pictures."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Writes the picture here: no file over 20 KB is committed."""
    picture = content / "exercises" / "images" / "wall-press.png"
    picture.parent.mkdir(parents=True, exist_ok=True)
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(600_000 - 8))
