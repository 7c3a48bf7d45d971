"""content/glossary.yml is a folder: the glossary must not silently vanish."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Replaces the glossary file with a folder of the same name."""
    (content / "glossary.yml").unlink()
    (content / "glossary.yml").mkdir()
