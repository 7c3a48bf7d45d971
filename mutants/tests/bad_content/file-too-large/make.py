"""A valid exercise padded with comments to 300,000 bytes, over the 256 KB limit."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Pads a copied file past the limit (generated here: no file over 20 KB is committed)."""
    path = content / "exercises" / "wall-press.yml"
    data = path.read_bytes()
    line = b"# " + b"x" * 97 + b"\n"
    padding = line * ((300_000 - len(data)) // len(line))
    path.write_bytes(data + padding + b"#" * (300_000 - len(data) - len(padding) - 1) + b"\n")
