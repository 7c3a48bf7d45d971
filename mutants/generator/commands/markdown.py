"""`python -m generator build --out DIR`: the generated Markdown in a folder, for other builders."""

from __future__ import annotations

from pathlib import Path

from generator.build import generate
from generator.commands.report import print_problems
from generator.writer import write_pages


def run_build(content_dir: Path, out: Path, site_url: str) -> int:
    """Writes the generated pages and files to out (only what changed) and prints a summary."""
    generated = generate(content_dir, site_url=site_url)
    print_problems(generated.warnings, "text", summary=False)
    files: dict[str, str | bytes] = {**generated.pages, **generated.files}
    report = write_pages(files, out)
    print(f"{len(files)} files in {out} ({len(generated.pages)} pages): "
          f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
          f"{len(report.removed)} removed")
    return 0
