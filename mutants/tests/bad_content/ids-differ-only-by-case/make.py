"""A second copy of an exercise whose file name differs only by case (made here, because a
checkout on a case-insensitive file system could not hold both files)."""

from __future__ import annotations

import shutil
from pathlib import Path


def make(content: Path) -> None:
    """Copies wall-press.yml to Wall-Press.yml in the copied content set."""
    shutil.copy(content / "exercises" / "wall-press.yml", content / "exercises" / "Wall-Press.yml")
