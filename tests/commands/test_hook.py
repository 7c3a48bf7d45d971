"""The MkDocs hook: a preview (`mkdocs serve`) never forks worker processes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator import mkdocs_hook
from generator.build import WORKERS
from tests.conftest import ROOT


class AskedError(Exception):
    """Stops the hook once it has asked for the pages."""


@pytest.mark.parametrize(("command", "workers"), [("serve", 1), ("build", WORKERS),
                                                   ("gh-deploy", WORKERS)])
def test_a_preview_reads_and_draws_in_one_process(monkeypatch: pytest.MonkeyPatch,
                                                  command: str, workers: int) -> None:
    asked: list[tuple[Path, int]] = []

    def generate(content: Path, site_url: str, workers: int) -> Any:
        asked.append((content, workers))
        raise AskedError

    monkeypatch.setattr(mkdocs_hook, "generate", generate)
    monkeypatch.setattr(mkdocs_hook, "_serving", False)
    config = SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"), site_url="")
    mkdocs_hook.on_startup(command=command, dirty=False)
    with pytest.raises(AskedError):
        mkdocs_hook.on_files(files=None, config=config)  # type: ignore[arg-type]
    assert asked == [(ROOT / "content", workers)]
