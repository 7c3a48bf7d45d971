"""`python -m generator build --out DIR`: only changed files are rewritten, stale ones go."""

from __future__ import annotations

import os
from pathlib import Path

from generator.build import generate
from tests.conftest import run_generator


def times(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}


def test_build_writes_the_rendered_pages_and_files(project: Path) -> None:
    result = run_generator("build", "--out", "out", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    generated = generate(project / "content")
    expected = {**generated.pages, **generated.files}
    out = project / "out"
    assert set(times(out)) == set(expected)
    for path, content in expected.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        assert (out / path).read_bytes() == data, path
    count, pages = len(expected), len(generated.pages)
    assert result.stdout == (f"{count} files in out ({pages} pages): {count} written, "
                             "0 unchanged, 0 removed\n")


def test_a_second_build_rewrites_only_what_changed_and_removes_stale_files(
        project: Path) -> None:
    out = project / "out"
    assert run_generator("build", "--out", "out", cwd=project).returncode == 0
    for path in out.rglob("*"):  # make any rewrite visible in the file times
        if path.is_file():
            os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    (out / "exercises" / "stale.md").write_text("a page whose exercise was deleted")
    source = project / "content" / "exercises" / "wall-press.yml"
    source.write_text(source.read_text().replace("Stand an arm's length from a wall.",
                                                 "Stand one arm's length from a wall."))
    before = times(out)
    result = run_generator("build", "--out", "out", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    after = times(out)
    changed = sorted(p for p in after if after[p] != before.get(p))
    # The routine that uses Wall Press carries its setup for the player and its printed sheet,
    # and My routine carries every exercise's, so both change too.
    assert changed == ["exercises/wall-press.md", "my-routine.md", "routines/short-set.md"]
    assert "exercises/stale.md" not in after
    count = len(after)
    pages = len([p for p in after if p.endswith(".md")])
    assert result.stdout == (f"{count} files in out ({pages} pages): 3 written, "
                             f"{count - 3} unchanged, 1 removed\n")
    assert "one arm's length" in (out / "exercises" / "wall-press.md").read_text()
