"""A large site's pages are rendered by a worker while MkDocs reads the ones before, and its
figure files written while MkDocs writes the pages: the site is the one made in memory."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from generator import build
from generator.build import PageStream, generate, generate_streaming
from tests.conftest import ROOT

CONTENT = ROOT / "content"


def figure_paths(files: dict[str, bytes]) -> set[str]:
    return {path for path in files if path.startswith("assets/figures/")}


def written(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_streamed_pages_and_figure_files_are_those_made_in_memory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "STREAM_FROM", 1)
    streamed = generate_streaming(CONTENT, tmp_path / "site", workers=2)
    try:
        assert isinstance(streamed.pages, PageStream)
        in_memory = generate(CONTENT, workers=1)
        assert list(streamed.pages) == list(in_memory.pages)
        for path, markdown in in_memory.pages.items():
            assert streamed.pages[path] == markdown, path
        assert streamed.pages.get("index.md") is None  # a hand-written page is not generated
        assert streamed.sources == in_memory.sources
        figures = figure_paths(in_memory.files)
        assert len(figures) > 100
        assert streamed.files == {p: d for p, d in in_memory.files.items() if p not in figures}
    finally:
        streamed.finish()
    assert written(tmp_path / "site") == {p: in_memory.files[p] for p in sorted(figures)}


GATE = multiprocessing.get_context("fork").Event()
"""Holds the worker back until this process has laid out figures for it."""


def gated_render(paths: list[str], layouts: dict) -> dict[str, str]:
    GATE.wait(timeout=120)  # a safety net: the test fails below rather than hang
    return real_render(paths, layouts)


real_render = build._render


def test_while_mkdocs_waits_this_process_lays_out_figures_for_the_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.figure import drawn
    laid_out = []

    def layout(figure: object) -> object:
        laid_out.append(figure)
        GATE.set()  # the worker may go on: a chunk's layouts are on their way to it
        return real_layout(figure)

    real_layout = drawn.layout
    GATE.clear()
    monkeypatch.setattr(build, "STREAM_FROM", 1)
    # Chunks of two pages, none sent ahead: the first chunk is sent alone and the worker held
    # back, so this process, waiting, lays out the next one's figures before the worker goes on.
    monkeypatch.setattr(build, "CHUNK", 2)
    monkeypatch.setattr(PageStream, "AHEAD", 0)
    monkeypatch.setattr(build, "_render", gated_render)
    monkeypatch.setattr(drawn, "layout", layout)
    streamed = generate_streaming(CONTENT, tmp_path / "site", workers=2)
    try:
        first = next(iter(streamed.pages))
        page = streamed.pages[first]  # the worker waits for a layout: this process makes it
    finally:
        streamed.finish()
    assert len(laid_out) >= 2  # the next chunk's, at least (the first was on its way)
    in_memory = generate(CONTENT, workers=1)
    assert page == in_memory.pages[first]
    assert written(tmp_path / "site") == {p: d for p, d in in_memory.files.items()
                                          if p in figure_paths(in_memory.files)}


def test_a_small_site_or_one_process_is_generated_in_memory(tmp_path: Path) -> None:
    assert len(list((CONTENT / "exercises").glob("*.yml"))) < build.STREAM_FROM
    for workers in (1, 2):
        generated = generate_streaming(CONTENT, tmp_path / "site", workers=workers)
        assert isinstance(generated.pages, dict)
        assert figure_paths(generated.files)
        generated.finish()  # nothing to wait for
    assert not (tmp_path / "site").exists()


def test_abandoning_a_stream_stops_its_worker(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(multiprocessing.active_children())
    monkeypatch.setattr(build, "STREAM_FROM", 1)
    streamed = generate_streaming(CONTENT, tmp_path / "site", workers=2)
    assert set(multiprocessing.active_children()) - before  # the worker
    streamed.abandon()
    assert set(multiprocessing.active_children()) <= before


def test_a_streamed_build_makes_the_same_site(built_site: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.commands.site import build_site
    monkeypatch.setattr(build, "STREAM_FROM", 1)
    asked = []
    monkeypatch.setattr(PageStream, "__getitem__", lambda self, path, real=PageStream.__getitem__:
                        asked.append(path) or real(self, path))
    build_site(ROOT / "mkdocs.yml", tmp_path / "site")
    assert "exercises/cat-cow.md" in asked  # MkDocs read the worker's pages
    site = written(tmp_path / "site")
    # The search index is Pagefind's binary; its fragments are named by their content's hash.
    assert site == written(built_site)
