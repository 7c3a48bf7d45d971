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
import subprocess
import sys
import time
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


@pytest.mark.parametrize("name", ["alias-bomb", "invalid-utf8", "file-too-large", "tag-custom",
                                  "yaml-unclosed-quote", "stray-yaml-in-pages",
                                  "routine-unknown-exercise"])
def test_site_prints_the_same_problems_and_keeps_the_site(name: str, tmp_path: Path) -> None:
    from tests.test_hostile import site_project

    site_project(tmp_path)
    pages = tmp_path / "pages"
    shutil.move(tmp_path / "content" / "pages", pages)
    shutil.rmtree(tmp_path / "content")
    copy_case(name, tmp_path)
    shutil.copytree(pages, tmp_path / "content" / "pages", dirs_exist_ok=True)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("the previous site\n", encoding="utf-8")
    result = run_generator("site", "--out", "site", "--config", "mkdocs.yml", cwd=tmp_path)
    expected = (CORPUS / name / "expected.txt").read_text(encoding="utf-8")
    assert "Traceback" not in result.stdout + result.stderr
    assert (result.returncode, result.stdout) == (1, expected)
    assert tree_digest(tmp_path / "site") == {"index.html": hashlib.sha256(
        b"the previous site\n").hexdigest()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "mkdocs.yml", "pages",
                                                          "site"]

# Nothing broken left behind: an interrupted build keeps the previous output; builds repeat.

def start(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def staged_files(folder: Path) -> int:
    """Gives how many files a staging folder holds; a folder swapped into place meanwhile
    counts as full."""
    try:
        return sum(1 for path in folder.rglob("*") if path.is_file())
    except FileNotFoundError:
        return sys.maxsize


def kill_while_staging(args: list[str], cwd: Path, out: Path, files: int) -> bool:
    """Runs a build and kills it once its staging folder holds `files` files (or as soon as
    it appears, for 0); gives True when it was killed before it finished.

    The kill waits for the build's own progress, not for a time, so a slow machine kills it
    at the same point as a fast one.
    """
    leftovers = set(out.parent.glob(f".{out.name}.new-*"))  # from the builds killed before
    process = start(args, cwd)
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        new = set(out.parent.glob(f".{out.name}.new-*")) - leftovers
        if new and staged_files(next(iter(new))) >= files:
            break
        time.sleep(0.001)  # a poll's interval, not the wait itself
    killed = process.poll() is None
    process.kill()
    process.wait()
    return killed


def assert_interrupted_builds_leave_old_output(args: list[str], cwd: Path, out: Path,
                                               new: dict[str, str]) -> None:
    """Kills builds part-way: the output stays the old one (or, when a kill came after the
    swap, the complete new one); then one more build finishes and tidies up."""
    pristine = out.parent / "pristine"
    (pristine / "exercises").mkdir(parents=True)
    (pristine / "index.md").write_text("the previous output\n", encoding="utf-8")
    (pristine / "exercises" / "old.md").write_text("an old page\n", encoding="utf-8")
    old = tree_digest(pristine)
    shutil.copytree(pristine, out)
    interrupted = 0
    for files in (0, 1, 10, 100, 1000):
        killed = kill_while_staging(args, cwd, out, files)
        now = tree_digest(out)
        assert now in (old, new), f"after a kill at {files} staged files the output is mixed"
        if now == old:
            interrupted += killed
        else:  # the kill came after the swap; start again from the old output
            shutil.rmtree(out)
            shutil.copytree(pristine, out)
    assert interrupted, "no build was killed while it was writing"
    assert start(args, cwd).wait(timeout=300) == 0
    assert tree_digest(out) == new
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")] == []


def test_an_interrupted_build_leaves_the_previous_output(tmp_path: Path) -> None:
    from tests.bench_validate import synthesize

    content = synthesize(tmp_path, exercises=3000, routines=100)
    reference = tmp_path / "reference"
    assert start(["--content", str(content), "build", "--out", str(reference)],
                 tmp_path).wait(timeout=300) == 0
    out = tmp_path / "docs" / "out"
    assert_interrupted_builds_leave_old_output(
        ["--content", str(content), "build", "--out", str(out)], tmp_path, out,
        tree_digest(reference))


def test_an_interrupted_site_build_leaves_the_previous_site(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    assert start(["site", "--out", str(reference), "--config", "mkdocs.yml"],
                 ROOT).wait(timeout=300) == 0
    out = tmp_path / "site"
    assert_interrupted_builds_leave_old_output(
        ["site", "--out", str(out), "--config", "mkdocs.yml"], ROOT, out,
        tree_digest(reference))


def test_two_builds_of_the_same_content_are_byte_identical(tmp_path: Path) -> None:
    from generator.commands.site import build_site

    for name in ("first", "second"):
        assert main(["--content", str(ROOT / "content"), "build", "--out",
                     str(tmp_path / name / "pages")]) == 0
        build_site(ROOT / "mkdocs.yml", tmp_path / name / "site")
    first, second = (tree_digest(tmp_path / name) for name in ("first", "second"))
    assert [p for p in first if p.endswith(".md")] and [p for p in first if p.endswith(".html")]
    # sitemap.xml holds a date, but the content's (tests/commands/test_site.py), not the day's.
    assert first == second
