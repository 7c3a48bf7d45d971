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
