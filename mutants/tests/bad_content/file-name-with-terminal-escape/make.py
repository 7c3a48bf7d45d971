"""A file name with a terminal escape sequence would recolour or hide the output if shown."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Copies an exercise to a name holding an escape sequence and a right-to-left override."""
    source = content / "exercises" / "wall-press.yml"
    (content / "exercises" / "wall\x1b[8m\u202epress.yml").write_bytes(source.read_bytes())
