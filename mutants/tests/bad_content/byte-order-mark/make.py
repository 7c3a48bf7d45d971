"""A file saved with a UTF-8 byte-order mark."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Puts the byte-order mark at the start of a copied file."""
    path = content / "exercises" / "wall-press.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
