"""Strings the stages together: read and check everything, then render everything."""

from __future__ import annotations

import gc
import os
from collections.abc import Collection, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import ContentError, Problem
from generator.figure.drawn import drawing_ahead
from generator.models.content import Catalogue, Taxonomy
from generator.processes import worker_pool
from generator.validate import read_taxonomy_file, validate_content

if TYPE_CHECKING:  # rendering is imported only when pages are made, not for `check`
    from generator.figure.drawn import Layout
    from generator.figure.models import Figure
    from generator.render.pages import Pages


@dataclass(frozen=True)
class Generated:
    """The result of a successful generation."""

    pages: Mapping[str, str]
    """Page path relative to the docs folder -> Markdown (a PageStream renders them while
    MkDocs reads the pages before)."""
    sources: dict[str, str]
    """Page path -> the content file it was made from (for edit links)."""
    files: dict[str, bytes]
    """Other published files (styles, pictures, schemas): path -> bytes."""
    warnings: list[Problem]
    """Problems that did not stop the build."""

    def finish(self) -> None:
        """Waits until every file is written (a PageStream's figure files) and lets its worker
        go; nothing to wait for when everything was made in memory."""
        if isinstance(self.pages, PageStream):
            self.pages.finish()

    def abandon(self) -> None:
        """Stops making what is not made yet (the build failed); waits for what the worker is
        doing, so nothing is written after this returns."""
        if isinstance(self.pages, PageStream):
            self.pages.abandon()


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
    catalogue, warnings = load_catalogue(content_dir, workers=workers)
    return _generated(catalogue, warnings, site_url, workers)


def _generated(catalogue: Catalogue, warnings: list[Problem], site_url: str,
               workers: int) -> Generated:
    """Renders every page and file in memory, `workers` - 1 processes drawing figures ahead."""
    from generator.render.pages import page_sources, render_files, render_pages
    figures = (e.figure for e in catalogue.exercises.values() if e.figure is not None)
    with drawing_ahead(figures, workers):
        pages = render_pages(catalogue, site_url)
        files = render_files(catalogue)
    return Generated(pages=pages, sources=page_sources(catalogue), files=files,
                     warnings=warnings)


STREAM_FROM = 200
"""From this many exercises, a site build streams its pages (generate_streaming)."""
CHUNK = 20
"""Pages the worker renders in one go: worth sending, and soon ready for MkDocs."""


def generate_streaming(content_dir: Path, site_dir: Path, site_url: str = "",
                       workers: int = WORKERS) -> Generated:
    """Like generate(), but for MkDocs building a large site: the content is read and checked
    here (raising ContentError on any error, before anything is rendered), then a worker
    process renders the pages, in order, while MkDocs reads and converts the ones before; last
    it draws the figure files straight into site_dir, while MkDocs writes the pages. MkDocs
    runs in one process, so this takes the generator's work off its path onto the other core.

    The pages and files are the same as generate() gives. A small site, or one process, is
    generated in memory (generate()): starting a worker would cost more than it saves.
    """
    catalogue, warnings = load_catalogue(content_dir, workers=workers)
    if workers < 2 or len(catalogue.exercises) < STREAM_FROM:
        return _generated(catalogue, warnings, site_url, workers)
    from generator.render.pages import page_sources, render_files
    return Generated(pages=PageStream(catalogue, site_url, site_dir),
                     sources=page_sources(catalogue), files=render_files(catalogue, figures=False),
                     warnings=warnings)


class PageStream(Mapping[str, str]):
    """The generated pages, rendered in order by a worker process and each waited for only when
    read; then the worker writes the figure files into the site folder.

    Posing the figures is half the worker's work, and MkDocs reads a page faster than the
    worker renders one. So while MkDocs waits for a page, this process works out the layouts
    of the figures of exercise pages not yet sent to the worker, and sends them with those
    pages: the worker keeps ahead on a wait that would otherwise leave a core idle.
    """

    AHEAD = 8
    """Chunks of pages the worker has to go on with, sent before they are needed."""

    def __init__(self, catalogue: Catalogue, site_url: str, site_dir: Path) -> None:
        from generator.render.pages import Pages
        self._paths = Pages(catalogue, site_url).paths
        self._chunks = [self._paths[i:i + CHUNK] for i in range(0, len(self._paths), CHUNK)]
        self._chunk_of = {path: n for n, chunk in enumerate(self._chunks) for path in chunk}
        # The exercise pages' figures, chunk by chunk, up to the first chunk with another kind
        # of page: an index shows every figure, and lays out for itself those not sent yet.
        self._figures: list[dict[str, Figure]] = []
        for chunk in self._chunks:
            ids = [p.removeprefix("exercises/").removesuffix(".md") for p in chunk]
            if not all(p.startswith("exercises/") for p in chunk) \
                    or any(i not in catalogue.exercises for i in ids):
                break
            self._figures.append({i: f for i in ids
                                  if (f := catalogue.exercises[i].figure) is not None})
        self._site_dir = site_dir
        # Everything made so far (the catalogue, MkDocs' configuration and theme) lives to the
        # end of the build: frozen, the cyclic collector never scans it again, here or in the
        # worker, whose copy of it then stays shared with this process rather than copied.
        gc.freeze()
        self._pool = worker_pool(1, partial(_start_worker, catalogue, site_url))
        self._answers: list[Future[dict[str, str]]] = []
        self._last: Future[None] | None = None
        self._send(self.AHEAD)
        self._rendered: dict[str, str] = {}

    def __getitem__(self, path: str) -> str:
        if path not in self._rendered and path in self._chunk_of:
            number = self._chunk_of[path]
            self._send(number + 1 + self.AHEAD)
            answer = self._answers[number]
            while not answer.done() and self._lay_out_next():
                pass
            self._rendered |= answer.result()
        return self._rendered[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def _send(self, upto: int, layouts: dict[str, Layout] | None = None) -> None:
        """Sends the worker the chunks not sent before `upto` (the first with the layouts
        worked out here for it); the figure files after the last."""
        for number in range(len(self._answers), min(upto, len(self._chunks))):
            self._answers.append(self._pool.submit(_render, self._chunks[number], layouts or {}))
            layouts = None
        if len(self._answers) == len(self._chunks) and self._last is None:
            self._last = self._pool.submit(_write_figures, self._site_dir)

    def _lay_out_next(self) -> bool:
        """Works out the layouts of the next chunk not sent (if it holds exercise pages only)
        and sends it; tells whether there was one."""
        from generator.figure.drawn import layout
        number = len(self._answers)
        if number >= len(self._figures):
            return False
        self._send(number + 1, {i: layout(f) for i, f in self._figures[number].items()})
        return True

    def finish(self) -> None:
        try:
            self._send(len(self._chunks))
            assert self._last is not None
            self._last.result()
        finally:
            self._pool.shutdown()
            gc.unfreeze()

    def abandon(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


_worker: tuple[Catalogue, Pages] | None = None
"""The worker process's catalogue and its pages (generator.render.pages.Pages)."""


def _start_worker(catalogue: Catalogue, site_url: str) -> None:
    from generator.render.pages import Pages
    global _worker
    # The worker lives for one build and makes almost no reference cycles (its peak memory at
    # 1,000 exercises is the same either way): the cyclic collector would only cost it time,
    # a third of its rendering, scanning the views it keeps for the index pages.
    gc.disable()
    _worker = (catalogue, Pages(catalogue, site_url))


def _render(paths: list[str], layouts: dict[str, Layout]) -> dict[str, str]:
    from generator.figure.drawn import keep_layouts
    assert _worker is not None
    catalogue, pages = _worker
    keep_layouts({catalogue.exercises[i].figure: found for i, found in layouts.items()})
    return {path: pages.render(path) for path in paths}


def _write_figures(site_dir: Path) -> None:
    from generator.render.pages import all_figure_files
    assert _worker is not None
    for path, data in all_figure_files(_worker[0]):
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
