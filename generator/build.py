"""Strings the stages together: read and check everything, then render everything."""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ContentError, Problem
from generator.figure.drawn import drawing_ahead
from generator.models.content import Catalogue, Taxonomy
from generator.validate import read_taxonomy_file, validate_content


@dataclass(frozen=True)
class Generated:
    """The result of a successful generation."""

    pages: dict[str, str]
    """Page path relative to the docs folder -> Markdown."""
    sources: dict[str, str]
    """Page path -> the content file it was made from (for edit links)."""
    files: dict[str, bytes]
    """Other published files (styles, pictures, schemas): path -> bytes."""
    warnings: list[Problem]
    """Problems that did not stop the build."""


def load_catalogue(content_dir: Path, only: Collection[Path] | None = None,
                   workers: int = 1) -> tuple[Catalogue, list[Problem]]:
    """Gives the validated catalogue and its warnings; raises ContentError on any error."""
    catalogue, problems = validate_content(content_dir, only, workers)
    if catalogue is None:
        raise ContentError(problems)
    return catalogue, problems


def load_taxonomy(content_dir: Path) -> Taxonomy:
    """Gives the controlled vocabularies; raises ContentError when taxonomy.yml has errors."""
    problems: list[Problem] = []
    taxonomy = read_taxonomy_file(content_dir / "taxonomy.yml", content_dir.parent, problems)
    if problems:
        raise ContentError(problems)
    return taxonomy


WORKERS = min(os.cpu_count() or 1, 4)
"""Processes that read the files and draw the figures of a large content set (a small one is
done in this process alone)."""


def generate(content_dir: Path, site_url: str = "", workers: int = WORKERS) -> Generated:
    """Gives every generated page; raises ContentError (and renders nothing) on any error."""
    from generator.render.pages import page_sources, render_files, render_pages  # not for `check`

    catalogue, warnings = load_catalogue(content_dir, workers=workers)
    figures = (e.figure for e in catalogue.exercises.values() if e.figure is not None)
    with drawing_ahead(figures, workers):
        pages = render_pages(catalogue, site_url)
        files = render_files(catalogue)
    return Generated(pages=pages, sources=page_sources(catalogue), files=files,
                     warnings=warnings)
