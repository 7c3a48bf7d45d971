"""`python -m generator site` and `new`: the messages that are not content problems."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

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


def sitemap_dates(site: Path) -> tuple[set[str], int]:
    """Gives the sitemap's lastmod dates and its .gz header's time (that day's midnight)."""
    xml = (site / "sitemap.xml").read_text(encoding="utf-8")
    header = (site / "sitemap.xml.gz").read_bytes()[:10]
    dates = set(re.findall(r"<lastmod>([^<]*)</lastmod>", xml))
    return dates, int.from_bytes(header[4:8], "little")


def test_the_sitemap_dates_the_site_by_its_content_not_by_the_day_it_is_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.commands.site import build_site

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    config = copy_project(tmp_path)
    # A copy outside git: the newest content file's time, 2021-03-04 05:06:07 UTC (the rest
    # were last changed in 2020).
    for file in (tmp_path / "content").rglob("*"):
        os.utime(file, (1_600_000_000, 1_600_000_000))
    os.utime(tmp_path / "content" / "glossary.yml", (1_614_834_367, 1_614_834_367))
    build_site(config, tmp_path / "copy")
    assert sitemap_dates(tmp_path / "copy") == ({"2021-03-04"}, 1_614_816_000)
    assert "SOURCE_DATE_EPOCH" not in os.environ  # set for the build only

    # A git checkout: the last commit's time, 2022-06-30 23:59:59 UTC, whatever the files' times.
    git = {"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b", "GIT_COMMITTER_NAME": "a",
           "GIT_COMMITTER_EMAIL": "a@b", "GIT_COMMITTER_DATE": "2022-06-30T23:59:59Z",
           "PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    for command in (["init", "-q"], ["add", "content"], ["commit", "-q", "-m", "content"]):
        subprocess.run(["git", *command], cwd=tmp_path, env=git, check=True)
    build_site(config, tmp_path / "checkout")
    assert sitemap_dates(tmp_path / "checkout") == ({"2022-06-30"}, 1_656_547_200)

    # SOURCE_DATE_EPOCH set by whoever builds wins: 2023-11-14 22:13:20 UTC.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_site(config, tmp_path / "given")
    assert sitemap_dates(tmp_path / "given") == ({"2023-11-14"}, 1_699_920_000)
