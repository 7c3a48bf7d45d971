"""The MkDocs hook: a preview (`mkdocs serve`) never forks worker processes and has no search
index; a build indexes each page as it is written, and a failed one stops Pagefind."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from generator import mkdocs_hook
from generator.build import WORKERS
from generator.errors import GuideError
from tests.conftest import ROOT


class AskedError(Exception):
    """Stops the hook once it has asked for the pages."""


@pytest.mark.parametrize(("command", "workers"), [("serve", 1), ("build", WORKERS),
                                                   ("gh-deploy", WORKERS)])
def test_a_preview_reads_and_draws_in_one_process(monkeypatch: pytest.MonkeyPatch,
                                                  command: str, workers: int) -> None:
    asked: list[tuple[Path, Path, int]] = []

    def generate_streaming(content: Path, site_dir: Path, site_url: str, workers: int) -> Any:
        asked.append((content, site_dir, workers))
        raise AskedError

    monkeypatch.setattr(mkdocs_hook, "generate_streaming", generate_streaming)
    monkeypatch.setattr(mkdocs_hook, "_serving", False)
    config = SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"), site_url="",
                             site_dir="/tmp/site")
    mkdocs_hook.on_startup(command=command, dirty=False)
    with pytest.raises(AskedError):
        mkdocs_hook.on_files(files=None, config=config)  # type: ignore[arg-type]
    assert asked == [(ROOT / "content", Path("/tmp/site"), workers)]


@pytest.mark.parametrize(("command", "indexed"), [("serve", False), ("build", True)])
def test_a_build_indexes_for_search_and_a_preview_does_not(monkeypatch: pytest.MonkeyPatch,
                                                            command: str, indexed: bool) -> None:
    monkeypatch.setattr(mkdocs_hook, "_serving", False)
    mkdocs_hook.on_startup(command=command, dirty=False)
    mkdocs_hook.on_pre_build(config=None)
    index = mkdocs_hook._index
    try:
        assert (index is not None and index.running) == indexed
    finally:
        mkdocs_hook.on_build_error(error=RuntimeError("the build failed"))
    assert mkdocs_hook._index is None
    assert index is None or not index.running  # a failed build stops Pagefind


def test_a_search_index_that_fails_stops_the_build_with_its_message() -> None:
    def refuse() -> None:
        raise GuideError("Pagefind could not index the site: disk full")

    with pytest.raises(PluginError) as error:
        mkdocs_hook._guarded(refuse)
    assert str(error.value) == "Pagefind could not index the site: disk full"
