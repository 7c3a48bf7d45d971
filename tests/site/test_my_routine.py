"""My routine in real headless Chromium: build, keep, share, print, play, remind, and hostile links.

Expected times come from the models (allowed doses and routine_phases), not from the page's JSON.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.build import load_catalogue
from generator.models.content import Catalogue
from generator.models.dosage import duration_words
from generator.models.timeline import routine_phases, total_seconds
from generator.render.my_routine import allowed_doses, shipped_doses
from generator.render.page_parts import seconds_each
from tests.browser import AXE
from tests.conftest import ROOT
from tests.site.test_player import RECORDER, log, start, stated_seconds
from tests.site.test_print import pdf_pages

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/wt17-shots")
CATALOGUE: Catalogue = load_catalogue(ROOT / "content")[0]


def expected_seconds(refs: list[tuple[str, int]]) -> int:
    shipped = shipped_doses(CATALOGUE)
    doses = [allowed_doses(CATALOGUE.exercises[i], CATALOGUE, shipped)[n] for i, n in refs]
    return total_seconds(routine_phases(doses, seconds_each(CATALOGUE)))


def usual(exercise_id: str) -> int:
    exercise = CATALOGUE.exercises[exercise_id]
    return allowed_doses(exercise, CATALOGUE, shipped_doses(CATALOGUE)).index(exercise.dose)


def link(refs: list[tuple[str, int]]) -> str:
    return "my-routine/#r=" + ",".join(f"{i}.{n}" for i, n in refs)


@pytest.fixture
def page(browser: Any, site_url: str) -> Iterator[Any]:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url)
    page.evaluate("localStorage.clear()")  # the browser is shared by this module's tests
    yield page
    page.close()


def names(page: Any) -> list[str]:
    page.locator(".ubg-my__total").wait_for()  # the page script has run
    return page.locator(".ubg-my__list .ubg-my__name").all_inner_texts()


def total(page: Any) -> str:
    return page.locator(".ubg-my__total").inner_text()


def saved(page: Any) -> str:
    return page.evaluate("localStorage.getItem('ubg-my-routine')") or ""


def test_add_reorder_swap_and_dose_update_the_total_and_are_kept(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}exercises/")
    page.get_by_role("button", name="Add to my routine: Cat-Cow").click()
    page.get_by_role("button", name="Add to my routine: Open Book").click()
    assert page.get_by_role("button", name="Remove from my routine: Cat-Cow").is_visible()
    page.goto(f"{site_url}exercises/chin-tuck/")
    page.get_by_role("button", name="Add to my routine: Chin Tuck").click()
    page.get_by_role("link", name="Open My routine (3 exercises)").click()
    assert names(page) == ["Cat-Cow", "Open Book", "Chin Tuck"]
    refs = [("cat-cow", usual("cat-cow")), ("open-book", usual("open-book")),
            ("chin-tuck", usual("chin-tuck"))]
    assert total(page) == f"Total: about {duration_words(expected_seconds(refs))} (3 exercises)"
    page.get_by_role("button", name="Move Chin Tuck up").click()
    assert names(page) == ["Cat-Cow", "Chin Tuck", "Open Book"]
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == \
        "Move Chin Tuck up"
    page.keyboard.press("Enter")  # focus stays on the moved exercise's button
    assert names(page) == ["Chin Tuck", "Cat-Cow", "Open Book"]
    page.get_by_role("button", name="Easier: Seated Cat-Cow, in place of Cat-Cow").click()
    assert names(page) == ["Chin Tuck", "Seated Cat-Cow", "Open Book"]
    page.get_by_label("Dose").first.select_option("0")
    refs = [("chin-tuck", 0), ("seated-cat-cow", usual("seated-cat-cow")),
            ("open-book", usual("open-book"))]
    assert total(page) == f"Total: about {duration_words(expected_seconds(refs))} (3 exercises)"
    assert page.locator(".ubg-my__total").get_attribute("aria-live") == "polite"
    assert saved(page) == ",".join(f"{i}.{n}" for i, n in refs)
    assert page.url.endswith(link(refs))
    page.get_by_role("button", name="Remove Open Book").click()
    page.reload()
    assert names(page) == ["Chin Tuck", "Seated Cat-Cow"]


def test_a_share_link_opens_the_same_routine_in_a_fresh_page(page: Any, site_url: str,
                                                              browser: Any) -> None:
    refs = [("shoulder-rolls", 2), ("childs-pose", 0), ("wall-angel", 1)]
    page.goto(site_url + link(refs))
    share = page.locator(".ubg-my__share").input_value()
    shown = names(page)
    page.evaluate("localStorage.clear()")
    fresh = browser.new_page()
    fresh.goto(share)
    assert names(fresh) == shown == ["Shoulder Rolls", "Child's Pose", "Wall Angel"]
    assert fresh.locator("select").evaluate_all("s => s.map(e => e.value)") == ["2", "0", "1"]
    assert total(fresh) == f"Total: about {duration_words(expected_seconds(refs))} (3 exercises)"
    fresh.close()


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("count", [5, 12])
def test_it_prints_on_one_sheet_with_a_qr_code_of_its_link(
        page: Any, site_url: str, tmp_path: Path, paper: str, count: int) -> None:
    refs = [(i, 0) for i in sorted(CATALOGUE.exercises)[:count]]
    page.goto(site_url + link(refs), wait_until="networkidle")
    share = page.locator(".ubg-my__share").input_value()
    pdf = tmp_path / "my.pdf"
    page.pdf(path=str(pdf), format=paper)
    assert pdf_pages(pdf) == 1
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    first = CATALOGUE.exercises[refs[0][0]]
    assert first.name in text and "Start:" in text and "Stop if:" in text and "Day 7" in text
    assert " ".join(first.stop_if[0].split()) in text
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf),
                    str(tmp_path / "my")], check=True)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / "my.png")],
                             capture_output=True, text=True)
    assert decoded.stdout.strip() == share


def test_the_player_follows_it_to_the_end_at_the_stated_total(browser: Any,
                                                                site_url: str) -> None:
    refs = [("chin-tuck", 1), ("cat-cow", 0), ("upper-trap-stretch", 2)]
    page = browser.new_page()
    page.add_init_script(RECORDER)
    page.clock.install()
    page.goto(site_url)
    page.evaluate("localStorage.clear()")
    page.goto(site_url + link(refs))
    seconds = expected_seconds(refs)
    assert total(page) == f"Total: about {duration_words(seconds)} (3 exercises)"
    began = start(page)
    page.clock.run_for(seconds * 1000 + 3000)
    entries = log(page)
    finished = [t for t, text in entries if text.startswith("Finished")]
    assert len(finished) == 1 and abs((finished[0] - began) / 1000 - seconds) <= 1
    changes = [text for _, text in entries if text.startswith(("Get ready:", "Next:"))]
    assert [c.split(".")[0].split(": ")[1] for c in changes] == \
        ["Chin Tuck", "Cat-Cow", "Upper Trapezius Stretch"]
    page.close()


def unfold(ics: bytes) -> list[str]:
    text = ics.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    return text.replace("\r\n ", "").split("\r\n")


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


@pytest.mark.parametrize("where", ["routines/desk-break/", "my-routine"])
def test_remind_me_downloads_a_weekly_calendar_event(page: Any, site_url: str, tmp_path: Path,
                                                     where: str) -> None:
    refs = [("cat-cow", 1), ("chin-tuck", 0)]
    page.goto(site_url + (where if where.startswith("routines") else link(refs)))
    address = page.url
    page.get_by_role("button", name="Remind me").click()
    page.get_by_label("Sat").check()
    page.get_by_label("At", exact=True).fill("07:30")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the calendar file").click()
    path = tmp_path / "r.ics"
    download.value.save_as(path)
    lines = unfold(path.read_bytes())
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    event = lines[lines.index("BEGIN:VEVENT") + 1:lines.index("END:VEVENT")]
    fields = dict(line.split(":", 1) for line in event)
    assert set(fields) >= {"UID", "DTSTAMP", "DTSTART", "RRULE", "DURATION", "SUMMARY",
                           "DESCRIPTION"}
    assert re.fullmatch(r"\d{8}T\d{6}Z", fields["DTSTAMP"])
    assert re.fullmatch(r"\d{8}T073000", fields["DTSTART"])  # floating local time
    seconds = stated_seconds(page, "Time") if "desk-break" in where else expected_seconds(refs)
    hourly = ";BYHOUR=7,8,9,10,11,12,13,14,15,16,17" if seconds <= 300 else ""  # a short break
    assert fields["RRULE"] == f"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA{hourly}"
    minutes, rest = divmod(seconds, 60)
    assert fields["DURATION"] == f"PT{minutes}M" + (f"{rest}S" if rest else "")
    assert unescape(fields["DESCRIPTION"]).endswith(f"Open the routine: {address}")
    assert ("Desk Break" if "desk" in where else "My routine") in unescape(fields["SUMMARY"])


HOSTILE = {
    "unknown id": ("cat-cow.0,no-such-thing.1", ["Cat-Cow"], "no exercise called “no-such-thing”"),
    "dose off the list": ("cat-cow.999,chin-tuck.0", ["Cat-Cow", "Chin Tuck"],
                          "dose 999 is not one the guide offers"),
    "repeated": ("cat-cow.0,cat-cow.1,cat-cow.0", ["Cat-Cow"], "listed more than once"),
    "thousands": (",".join(f"{e}.0" for e in sorted(CATALOGUE.exercises)) + ",x.0" * 3000,
                  sorted(CATALOGUE.exercises)[:30], "a routine here holds at most 30"),
    "broken encoding": ("cat-cow.0,%E0%A4%A,%FF%FE.1", ["Cat-Cow"], "is not an exercise"),
    "script": ("cat-cow.0,<img src=x onerror=window.__pwned=1>.0,"
               "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E", ["Cat-Cow"], "<img src=x"),
    "javascript url": ("javascript:window.__pwned=1", [], "is not an exercise"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_link_shows_what_it_could_read_and_why_it_dropped_the_rest(
        page: Any, site_url: str, case: str) -> None:
    hash_value, kept, reason = HOSTILE[case]
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    page.goto(f"{site_url}my-routine/#r={hash_value}")
    expected = [CATALOGUE.exercises[i].name if i in CATALOGUE.exercises else i for i in kept]
    assert names(page) == expected
    notes = page.locator(".ubg-my__notes")
    assert notes.is_visible() and reason in notes.inner_text()
    assert page.evaluate("window.__pwned") is None
    # The only pictures are the guide's own figure files, from the page's templates.
    assert page.locator('.ubg-my img:not([src^="../assets/figures/"]), .ubg-my script').count() == 0
    assert page.locator(".ubg-my__notes li").count() <= 11


def test_a_link_never_replaces_the_saved_routine_without_asking(page: Any, site_url: str) -> None:
    page.goto(site_url + link([("cat-cow", 0), ("chin-tuck", 0)]))
    mine = saved(page)
    page.goto(site_url + link([("open-book", 1)]))
    page.reload()  # a hash change alone does not reload
    assert page.get_by_role("button", name="Use this routine").is_visible()
    assert names(page) == ["Cat-Cow", "Chin Tuck"] and saved(page) == mine
    page.get_by_role("button", name="Keep mine").click()
    assert saved(page) == mine and page.url.endswith(link([("cat-cow", 0), ("chin-tuck", 0)]))
    page.goto(site_url + link([("open-book", 1)]))
    page.reload()
    page.get_by_role("button", name="Use this routine").click()
    assert names(page) == ["Open Book"] and saved(page) == "open-book.1"


def test_it_says_kindly_when_the_routine_is_long_or_up_and_down(page: Any, site_url: str) -> None:
    ups = [("cat-cow", 0), ("chin-tuck", 0), ("childs-pose", 0), ("shoulder-rolls", 0)]
    page.goto(site_url + link(ups))
    assert "between the floor and your feet or chair 3 times" in \
        page.locator(".ubg-my__warnings").inner_text()
    long = [(i, len(allowed_doses(e, CATALOGUE, shipped_doses(CATALOGUE))) - 1)
            for i, e in sorted(CATALOGUE.exercises.items())[:12]]
    assert expected_seconds(long) > 900
    page.evaluate("localStorage.clear()")
    page.goto(site_url + link(long))
    page.reload()
    assert "a shorter one is easier to keep up" in page.locator(".ubg-my__warnings").inner_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_my_routine_and_a_screenshot_is_saved(
        browser: Any, site_url: str, scheme: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(color_scheme=scheme)
    page.add_init_script("localStorage.clear()")  # Material keeps the scheme it saw first
    page.goto(site_url + link([("cat-cow", 1), ("chin-tuck", 0), ("childs-pose", 0),
                               ("no-such", 0)]))
    page.get_by_role("button", name="Remind me").click()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document.querySelector('.md-content'))")
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert violations == []
    targets = (".ubg-my button, .ubg-my select, .ubg-actions button, .ubg-actions a, "
               ".ubg-remind input[type=checkbox]")
    small = page.evaluate(f"""() => [...document.querySelectorAll('{targets}')]
        .map(e => e.closest('label') || e).map(e => e.getBoundingClientRect())
        .filter(r => r.height < 48 || r.width < 48).length""")  # 48 px tap targets
    assert small == 0
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"my-routine-390-{scheme}.png"), full_page=True)
    page.close()


def test_without_javascript_the_pages_read_as_before(browser: Any, site_url: str) -> None:
    plain = browser.new_page()
    browser.new_cdp_session(plain).send("Emulation.setScriptExecutionDisabled", {"value": True})
    plain.goto(f"{site_url}exercises/")
    assert not plain.locator(".ubg-add").first.is_visible()
    plain.goto(f"{site_url}my-routine/")
    assert plain.locator(".ubg-my-nojs").is_visible()
    assert not plain.locator(".ubg-my").is_visible()
    plain.close()
