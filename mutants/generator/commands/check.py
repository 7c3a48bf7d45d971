"""`python -m generator check`: validate the content without building anything."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from generator.build import load_catalogue
from generator.commands.report import print_problems


def run_check(content_dir: Path, files: Sequence[Path], output_format: str) -> int:
    """Prints every problem (of the given files, or of all content); gives 1 if there are any."""
    workers = min(os.cpu_count() or 1, 4)
    _, warnings = load_catalogue(content_dir, files or None, workers)
    print_problems(warnings, output_format)
    return 1 if warnings else 0
