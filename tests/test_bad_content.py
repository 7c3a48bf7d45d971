"""The corpus of bad content: every case fails with its exact messages and builds nothing.

Each folder in tests/bad_content/ is a copy of the fixture content set with one thing wrong:
``content/`` holds it, ``expected.txt`` what ``python -m generator check`` prints, and an
optional ``make.py`` writes a file that should not be committed (bad bytes, a huge file).
Time and memory per case are measured by tests/bench_validate.py, not asserted here.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT, run_generator

CORPUS = ROOT / "tests" / "bad_content"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.txt").is_file())


def copy_case(name: str, project: Path) -> Path:
    """Copies a case's content set into project (running its make.py) and gives the folder."""
    case = CORPUS / name
    content = project / "content"
    shutil.copytree(case / "content", content, symlinks=True)
    maker = case / "make.py"
    if maker.is_file():
        spec = importlib.util.spec_from_file_location(f"bad_content_{name}", maker)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.make(content)
    return content


def tree_digest(folder: Path) -> dict[str, str]:
    """Gives relative path -> SHA-256 of every file under folder."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_corpus_has_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_no_committed_case_file_is_over_20_kb() -> None:
    big = [p for p in CORPUS.rglob("*") if p.is_file() and p.stat().st_size > 20_000]
    assert big == []


@pytest.mark.parametrize("name", CASES)
def test_check_prints_the_expected_problems(name: str, tmp_path: Path) -> None:
    copy_case(name, tmp_path)
    result = run_generator("--content", "content", "check", cwd=tmp_path)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == (CORPUS / name / "expected.txt").read_text(encoding="utf-8")
    assert result.stderr == ""
    assert result.returncode == 1


@pytest.mark.parametrize("name", CASES)
def test_build_writes_nothing(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_case(name, tmp_path)
    monkeypatch.chdir(tmp_path)
    fresh, previous = tmp_path / "fresh" / "out", tmp_path / "out"
    (previous / "exercises").mkdir(parents=True)
    (previous / "exercises" / "old.md").write_text("# Old page\n", encoding="utf-8")
    (previous / "index.md").write_text("old\n", encoding="utf-8")
    before = tree_digest(previous)
    listing = sorted(p.name for p in tmp_path.iterdir())

    assert main(["--content", str(content), "build", "--out", str(fresh)]) == 1
    assert main(["--content", str(content), "build", "--out", str(previous)]) == 1

    assert not fresh.exists()
    assert tree_digest(previous) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no staging folder left
    out = capsys.readouterr().out
    expected = (CORPUS / name / "expected.txt").read_text(encoding="utf-8")
    assert out == expected * 2  # paths show relative to the content folder's parent
