"""`python -m generator site` and `new`: the messages that are not content problems."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import copy_project, run_generator


def test_new_refuses_a_name_with_no_letters_or_digits(project: Path) -> None:
    result = run_generator("new", "exercise", "!!!", cwd=project)
    assert result.returncode == 1
    assert result.stderr == "error: cannot make an id from '!!!'; use letters or digits\n"
    assert "Traceback" not in result.stdout + result.stderr


def test_a_strict_warning_stops_the_site_and_keeps_the_old_one(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    old = tmp_path / "site"
    old.mkdir()
    (old / "index.html").write_text("the previous site")
    page = tmp_path / "content" / "pages" / "how-to-use.md"
    page.write_text(page.read_text() + "\n[a broken link](no-such-page.md)\n")
    result = run_generator("site", "--config", str(config), "--out", "site", cwd=tmp_path,
                           timeout=120)
    assert result.returncode == 1
    assert result.stderr.endswith("error: the site was not built (Aborted with 1 warnings in "
                                  "strict mode!); site is unchanged\n")
    assert "no-such-page.md" in result.stderr
    assert (old / "index.html").read_text() == "the previous site"
    assert sorted(p.name for p in old.iterdir()) == ["index.html"]
