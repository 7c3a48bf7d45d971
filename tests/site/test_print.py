"""Printing in real headless Chromium: a routine is one clean sheet on A4 and on Letter."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import load_catalogue
from generator.commands.site import build_site
from generator.models.content import routine_items
from generator.models.dosage import apply_change, dose_words
from tests.browser import chromium, serve
from tests.conftest import ROOT, copy_project

SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["site_url"]
SCREEN_ONLY = ["Skip to content", "Made with", "Print this routine", "Edit this page",
               "Table of contents", "Search", "Back to top", "Further reading"]
TWELVE = "twelve-exercise-test"


@pytest.fixture(scope="module")
def print_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site plus a 12-exercise routine, built once for the print tests."""
    folder = tmp_path_factory.mktemp("print")
    config = copy_project(folder)
    catalogue, _ = load_catalogue(folder / "content")
    ids = sorted(catalogue.exercises)[:12]
    routine = {"name": "Twelve Exercise Test", "summary": "A long routine for the print test.",
               "goal": "Check that twelve exercises fit on one printed sheet.",
               "level": "intermediate", "how_often": "Once", "notes": ["Test only."],
               "items": [{"exercise": i} for i in ids]}
    (folder / "content" / "routines" / f"{TWELVE}.yml").write_text(yaml.safe_dump(routine))
    build_site(config, folder / "site")
    return folder / "site"


@pytest.fixture(scope="module")
def browser(print_site: Path) -> Iterator[tuple[Any, str]]:
    with serve(print_site) as url, chromium() as context:
        yield context, url


def routine_ids(site: Path) -> list[str]:
    return sorted(p.parent.name for p in (site / "routines").glob("*/index.html"))


def print_pdf(browser: tuple[Any, str], path: str, out: Path, paper: str) -> Path:
    context, url = browser
    page = context.new_page()
    page.goto(url + path, wait_until="networkidle")
    page.pdf(path=str(out), format=paper)
    page.close()
    return out


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def pdf_text(pdf: Path, page: int | None = None) -> str:
    span = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-raw", *span, str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return out


def words(text: str) -> str:
    return " ".join(text.split())


# Two real routines' rows written out by hand from their YAML, so the sheet is checked against
# values that do not come from the page's own `dose_words`.
HAND_ROWS = {
    "desk-break": [
        ("Shoulder Rolls", "10 reps"),
        ("Chin Tuck", "6 reps, hold 3 s"),  # the routine's reps: 6 over the exercise's 10
        ("Seated Cat-Cow", "8 reps, hold 2 s"),
        ("Seated Twist", "4 reps per side, hold 3 s"),
        ("Upper Back Extension", "6 reps, hold 3 s"),
        ("Upper Trapezius Stretch", "Hold 20 s per side"),  # reps: 1, so no "2 ×"
    ],
    "seed-routine": [
        ("Cat-Cow", "2 × 8, hold 2 s; rest 20 s between sets"),
        ("Shoulder Blade Squeeze", "2 × 10, hold 3 s; rest 20 s between sets"),
        ("Child's Pose", "8 slow breaths"),
        ("Upper Back Extension", "8 reps, hold 3 s"),
    ],
    "morning-ten": [
        ("Shoulder Rolls", "10 reps"),
        ("Shoulder Blade Squeeze", "10 reps, hold 3 s"),  # sets: 1, so no rest between sets
        ("Standing Side Bend", "Hold 20 s per side"),  # reps: 1 over the exercise's 2
        ("Wall Slide", "2 × 8, hold 2 s; rest 20 s between sets"),
        ("Doorway Chest Stretch", "Hold 25 s, 2 times"),
        ("Cat-Cow", "8 reps, hold 2 s"),
        ("Quadruped Rotation", "6 reps per side, hold 2 s"),
        ("Open Book", "6 reps per side, hold 3 s"),
        ("Child's Pose", "8 slow breaths"),
    ],
}


def test_the_rows_worked_out_from_the_yaml_match_the_hand_written_ones() -> None:
    for routine_id, rows in HAND_ROWS.items():
        assert expected_rows(ROOT, routine_id) == rows


def expected_rows(folder: Path, routine_id: str) -> list[tuple[str, str]]:
    catalogue, _ = load_catalogue(folder / "content")
    routine = catalogue.routines[routine_id]
    rows = []
    for _, item in routine_items(routine):
        exercise = catalogue.exercises[item.exercise]
        rows.append((exercise.name, dose_words(apply_change(exercise.dose, item.dose))))
    return rows


def starts_and_stops(folder: Path, routine_id: str) -> list[tuple[str, str]]:
    """Gives each exercise's first setup sentence and first stop sign, from the YAML."""
    catalogue, _ = load_catalogue(folder / "content")
    found = []
    for _, item in routine_items(catalogue.routines[routine_id]):
        exercise = catalogue.exercises[item.exercise]
        setup = re.sub(r"\[([^\]]+)\]\([a-z0-9-]+\)", r"\1", exercise.setup)  # link text only
        first = re.split(r"(?<=[.!?]) (?=[A-Z])", setup)[0]
        found.append((words(first).replace("- ", "-"), words(exercise.stop_if[0])))
    return found


@pytest.mark.browser
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_routine_prints_on_one_sheet(print_site: Path, browser: tuple[Any, str],
                                           tmp_path: Path, paper: str) -> None:
    ids = routine_ids(print_site)
    assert TWELVE in ids and len(ids) >= 8
    for routine_id in ids:
        pdf = print_pdf(browser, f"routines/{routine_id}/", tmp_path / f"{routine_id}.pdf", paper)
        assert pdf_pages(pdf) == 1, f"{routine_id} prints on {pdf_pages(pdf)} {paper} sheets"
        text = words(pdf_text(pdf))
        rows = HAND_ROWS.get(routine_id) or expected_rows(print_site.parent, routine_id)
        for name, dose in rows:
            assert words(name) in text.replace("’", "'"), (routine_id, name)
            assert words(dose) in text, (routine_id, dose)
        joined = text.replace("’", "'").replace("- ", "-")  # a line may break at a hyphen
        for start, stop in starts_and_stops(print_site.parent, routine_id):
            assert f"Start: {start}" in joined, (routine_id, start)  # a patient can begin
            assert f"Stop if: {stop}" in joined, (routine_id, stop)  # and knows when to stop
        for furniture in SCREEN_ONLY:
            assert furniture not in text, f"{furniture!r} printed on {routine_id}"
        assert "Day 1" in text and "Day 7" in text
        assert "not medical advice" in text
        assert f"{SITE_URL}routines/{routine_id}/" in text


@pytest.mark.browser
def test_qr_code_opens_the_routine_page(print_site: Path, browser: tuple[Any, str],
                                        tmp_path: Path) -> None:
    for routine_id in ("seed-routine", TWELVE):
        pdf = print_pdf(browser, f"routines/{routine_id}/", tmp_path / "r.pdf", "A4")
        subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf),
                        str(tmp_path / "r")], check=True)
        decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / "r.png")],
                                 capture_output=True, text=True)
        assert decoded.stdout.strip() == f"{SITE_URL}routines/{routine_id}/"


@pytest.mark.browser
def test_exercise_pages_print_without_blank_pages_or_furniture(
        print_site: Path, browser: tuple[Any, str], tmp_path: Path) -> None:
    for exercise_id in ("cat-cow", "wall-angel", "thread-the-needle"):
        pdf = print_pdf(browser, f"exercises/{exercise_id}/", tmp_path / "e.pdf", "A4")
        pages = pdf_pages(pdf)
        assert pages <= 2
        for number in range(1, pages + 1):
            assert pdf_text(pdf, number).strip(), f"{exercise_id}: page {number} is blank"
        text = pdf_text(pdf)
        for furniture in ["Skip to content", "Made with", "Edit this page", "Search"]:
            assert furniture not in text
        assert "Steps" in text and "Stop if" in text


@pytest.mark.browser
def test_screen_shows_the_button_and_hides_the_sheet(browser: tuple[Any, str]) -> None:
    context, url = browser
    page = context.new_page()
    page.goto(url + "routines/desk-break/", wait_until="networkidle")
    assert page.locator(".ubg-print-button").is_visible()
    assert not page.locator(".ubg-print-sheet").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".ubg-print-sheet").is_visible()
    assert not page.locator("h1").first.is_visible()
    page.close()


@pytest.mark.browser
def test_printed_text_is_black_and_at_least_9_points(browser: tuple[Any, str]) -> None:
    context, url = browser
    page = context.new_page()
    for routine_id in ("seed-routine", TWELVE):
        page.goto(url + f"routines/{routine_id}/", wait_until="networkidle")
        page.emulate_media(media="print")
        styles = page.evaluate("""() => {
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode, el = node.parentElement;
                if (!node.textContent.trim() || !el || !el.getClientRects().length) continue;
                if (el.closest('svg')) continue;  // figure titles are not printed text
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden') continue;
                out.push([node.textContent.trim().slice(0, 30), parseFloat(style.fontSize),
                          style.color]);
            }
            return out;
        }""")
        assert styles
        small = [(text, size) for text, size, _ in styles if size < 12]  # 9 pt = 12 CSS px
        assert small == [], small
        grey = {color for _, _, color in styles} - {"rgb(0, 0, 0)"}
        assert grey == set(), grey
    page.close()
