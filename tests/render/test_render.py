"""Golden tests: the fixture content set renders to exactly the Markdown in tests/golden/."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import generate
from generator.render.pages import page_sources
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT, ROOT

GOLDEN = ROOT / "tests" / "golden" / "pages"
SITE_URL = "https://guide.example/"


def test_pages_match_golden_files(update_golden: bool) -> None:
    pages = generate(FIXTURE_CONTENT, site_url=SITE_URL).pages
    if update_golden:
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for path, text in pages.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
                for p in GOLDEN.rglob("*.md")}
    assert sorted(pages) == sorted(expected), "page list differs; run pytest --update-golden"
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from its golden file"


def test_rendering_is_pure_and_repeatable() -> None:
    first = generate(FIXTURE_CONTENT, site_url=SITE_URL).pages
    second = generate(FIXTURE_CONTENT, site_url=SITE_URL).pages
    assert first == second


def digest(content: Path) -> str:
    """A digest of everything generated from a content folder: pages, sources, files, warnings."""
    generated = generate(content, site_url=SITE_URL)
    record = hashlib.sha256()
    for name, part in (("pages", generated.pages), ("sources", generated.sources)):
        for path, text in part.items():  # in the order given: that order reaches the site too
            record.update(f"{name}\0{path}\0{text}\0".encode())
    for path, data in generated.files.items():
        record.update(f"files\0{path}\0".encode() + data + b"\0")
    for warning in generated.warnings:
        record.update(f"warning\0{warning}\0".encode())
    return record.hexdigest()


@pytest.mark.parametrize("content", [FIXTURE_CONTENT, ROOT / "content"],
                         ids=["fixture content", "real content"])
def test_rendering_is_the_same_in_fresh_interpreters_whatever_the_hash_seed(
        content: Path) -> None:
    # Sets and dicts of strings iterate in an order that hangs on PYTHONHASHSEED; one process
    # has one seed, so only fresh interpreters with different seeds show such an order leaking.
    code = ("import sys; from pathlib import Path; from tests.render.test_render import digest; "
            "print(digest(Path(sys.argv[1])))")
    runs = {seed: subprocess.run([sys.executable, "-c", code, str(content)], cwd=ROOT,
                                 capture_output=True, text=True, check=True,
                                 env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
            for seed in ("0", "1", "12345")}
    assert runs == dict.fromkeys(runs, digest(content))


def test_exercise_page_has_every_section() -> None:
    page = generate(FIXTURE_CONTENT, site_url=SITE_URL).pages["exercises/reach-up.md"]
    for heading in ("# Reach Up", "## Get ready", "## Steps", "## What you should feel",
                    "## Stop if", "## Skip it or change it", "## Common mistakes",
                    "## Easier and harder versions", "## Routines that use it"):
        assert f"\n{heading}\n" in page
    assert "<dd>2 × 10 per side, hold 5 s; rest 15 s between sets (about 5 min 55 s)</dd>" in page
    # Links in finished HTML point at pages' addresses (published at exercises/reach-up/).
    assert '<li>Harder: <a href="../wall-press/">Wall Press</a></li>' in page
    assert '<li><a href="../../routines/short-set/">Short Set</a></li>' in page
    assert '<a href="../../safety/">safety note</a>' in page


def test_routine_page_computes_time_equipment_and_positions() -> None:
    page = generate(FIXTURE_CONTENT, site_url=SITE_URL).pages["routines/short-set.md"]
    # get ready 5 s; reach-up 1 x 5 per side with 5 s holds = 80 s + 5 s to switch sides;
    # wall-press 3 x 20 s + 2 x 10 s = 80 s; quiet-breath 6 breaths = 30 s; two moves of
    # 10 s: 220 s.
    assert "<dd>About 3 min 40 s (3 exercises)</dd>" in page
    assert "<dd>Towel, Wall</dd>" in page
    assert "<dd>Standing, Lying on your back</dd>" in page
    assert "## Warm-up" in page and "## Main" in page


def test_edit_sources_point_at_yaml_files() -> None:
    catalogue, problems = validate_content(FIXTURE_CONTENT)
    assert problems == [] and catalogue is not None
    # Every page made from one content file, and only those (indexes have no single source).
    assert page_sources(catalogue) == {
        "exercises/quiet-breath.md": "content/exercises/quiet-breath.yml",
        "exercises/reach-up.md": "content/exercises/reach-up.yml",
        "exercises/wall-press.md": "content/exercises/wall-press.yml",
        "routines/short-set.md": "content/routines/short-set.yml",
        "glossary.md": "content/glossary.yml"}


def test_every_generated_page_is_listed(tmp_path: Path) -> None:
    pages = generate(FIXTURE_CONTENT).pages
    assert {p for p in pages if p.startswith("exercises/")} == {
        "exercises/index.md", "exercises/quiet-breath.md", "exercises/reach-up.md",
        "exercises/wall-press.md"}


def test_a_glossary_definition_links_to_an_exercise_page(tmp_path: Path) -> None:
    import shutil

    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    glossary = content / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "ribcage.", "ribcage; [Wall Press](wall-press) wakes it up."), encoding="utf-8")
    page = generate(content, site_url=SITE_URL).pages["glossary.md"]
    # glossary.md is at the docs root: the exercise is at exercises/, not ../exercises/
    assert "ribcage; [Wall Press](exercises/wall-press.md) wakes it up." in page
