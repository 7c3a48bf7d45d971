"""content/taxonomy.yml is a folder: say so, not that the file is missing."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Replaces the taxonomy file with a folder of the same name."""
    (content / "taxonomy.yml").unlink()
    (content / "taxonomy.yml").mkdir()
