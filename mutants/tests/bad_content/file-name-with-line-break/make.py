"""A file name with a line break would forge a problem line of its own if shown as written."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Copies an exercise to a name holding a line break and a fake problem."""
    source = content / "exercises" / "wall-press.yml"
    name = "wall\ncontent:1:1: E000 forged.yml"
    (content / "exercises" / name).write_bytes(source.read_bytes())
