"""The routine player in real headless Chromium, with time run on Playwright's clock.

Expected orders and times are worked out here from the content YAML and the page's own text,
not from the timeline the generator publishes, so a wrong timeline fails these tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.browser import AXE
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

CONTENT = ROOT / "content"
ROUTINES = sorted(p.stem for p in (CONTENT / "routines").glob("*.yml"))
EXERCISES = sorted(p.stem for p in (CONTENT / "exercises").glob("*.yml"))

# Records what the player does: live-region text with the clock's time, and every call to the
# platform APIs it uses (stubbed, so the test hears no sound and holds no real lock).
RECORDER = """
window.__log = []; window.__calls = [];
const note = (what, detail) => window.__calls.push([what, detail, performance.now()]);
new MutationObserver(() => {
  const live = document.querySelector('.ubg-player__live');
  if (live && !live.__watched) {
    live.__watched = true;
    new MutationObserver(() => window.__log.push([performance.now(), live.textContent]))
      .observe(live, {childList: true, characterData: true, subtree: true});
  }
}).observe(document, {childList: true, subtree: true});
class FakeAudio {
  constructor() { this.currentTime = 0; this.destination = {}; }
  createOscillator() { const o = {frequency: {}, connect: (g) => g,
    start: () => note('beep', o.frequency.value), stop: () => {}}; return o; }
  createGain() { return {gain: {}, connect: (d) => d}; }
}
window.AudioContext = FakeAudio;
Object.defineProperty(navigator, 'vibrate', {value: (ms) => { note('vibrate', ms); return true; }});
Object.defineProperty(window, 'speechSynthesis', {configurable: true,
  value: {speak: (u) => note('speak', u.text), cancel: () => {}}});
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
Object.defineProperty(navigator, 'wakeLock', {value: {request: async (kind) => {
  note('lock', kind);
  return {release: async () => note('release', kind)};
}}});
"""


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.add_init_script(RECORDER)
    page.clock.install()
    yield page
    page.close()


def stated_seconds(page: Any, label: str) -> int:
    """Gives the time a page states in its facts box ('About 4 min 55 s' -> 295)."""
    text = page.locator(f".ubg-facts div:has(dt:text-is('{label}')) dd").inner_text()
    match = re.search(r"about (?:(\d+) min)? ?(?:(\d+) s)?", text, re.IGNORECASE)
    assert match and any(match.groups()), text
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((CONTENT / name).read_text(encoding="utf-8"))


def routine_steps(routine_id: str) -> list[tuple[str, dict[str, Any]]]:
    """Gives (exercise name, dose with the routine's changes) for each step, from the YAML."""
    routine = load(f"routines/{routine_id}.yml")
    items = routine.get("items") or [i for s in routine["sections"] for i in s["items"]]
    steps = []
    for item in items:
        exercise = load(f"exercises/{item['exercise']}.yml")
        steps.append((exercise["name"], {**exercise["dose"], **(item.get("dose") or {})}))
    return steps


def expected_work(name: str, dose: dict[str, Any]) -> list[str]:
    """Gives what the player should announce for one dose: each set, side by side."""
    mode, sets = dose["mode"], dose.get("sets", 1)
    amount = {"reps": f"{dose.get('reps')} reps", "breaths": f"{dose.get('breaths')} slow breaths",
              "time": f"{dose.get('duration_s')} seconds",
              "hold": f"{dose.get('reps')} holds of {dose.get('hold_s')} seconds"
              if (dose.get("reps") or 1) > 1 else f"hold {dose.get('hold_s')} seconds"}[mode]
    said = []
    for side in (1, 2) if dose.get("per_side") else (0,):
        if side == 2:
            said.append("Switch sides.")
        for number in range(1, sets + 1):
            if number > 1 and dose.get("rest_s"):
                said.append(f"Rest {dose['rest_s']} seconds.")
            parts = [f"set {number} of {sets}"] if sets > 1 else []
            parts += [("first side", "second side")[side - 1]] if side else []
            said.append(f"{name}: {', '.join([*parts, amount])}.")
    return said


def start(page: Any) -> float:
    """Presses Start and gives the clock's time at that moment, in ms."""
    page.locator(".ubg-start").click()
    return float(page.evaluate("performance.now()"))


def log(page: Any) -> list[tuple[float, str]]:
    return [(float(t), text) for t, text in page.evaluate("window.__log")]


def calls(page: Any, kind: str) -> list[Any]:
    return [detail for what, detail, _ in page.evaluate("window.__calls") if what == kind]


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_a_routine_runs_hands_free_in_order_and_ends_at_its_stated_time(
        page: Any, site_url: str, routine_id: str) -> None:
    page.goto(f"{site_url}routines/{routine_id}/")
    total = stated_seconds(page, "Time")
    began = start(page)
    page.clock.run_for(total * 1000 + 3000)
    entries = log(page)
    finished = [t for t, text in entries if text.startswith("Finished")]
    assert len(finished) == 1
    assert abs((finished[0] - began) / 1000 - total) <= 1
    steps = routine_steps(routine_id)
    said = [text for _, text in entries]
    changes = [text for text in said if text.startswith(("Get ready:", "Next:"))]
    assert len(changes) == len(steps)
    for number, (change, (name, _)) in enumerate(zip(changes, steps, strict=True)):
        assert change.startswith(f"{'Next' if number else 'Get ready'}: {name}. ")
    work = [text for text in said if not text.startswith(("Get ready:", "Next:", "Finished"))]
    assert work == [line for name, dose in steps for line in expected_work(name, dose)]


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_an_exercise_page_plays_its_own_dose_after_get_ready(
        page: Any, site_url: str, exercise_id: str) -> None:
    page.goto(f"{site_url}exercises/{exercise_id}/")
    dose = stated_seconds(page, "Dose")
    began = start(page)
    page.clock.run_for((dose + 5) * 1000 + 3000)
    finished = [t for t, text in log(page) if text.startswith("Finished")]
    assert len(finished) == 1 and abs((finished[0] - began) / 1000 - (dose + 5)) <= 1


def test_pause_stops_every_countdown_and_resume_goes_on(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}routines/desk-break/")
    start(page)
    page.clock.run_for(2000)
    left = page.locator(".ubg-player__left").inner_text()
    page.keyboard.press("Space")  # focus is on Pause: the button's own key
    assert page.locator(".ubg-player__main").inner_text() == "Resume"
    page.clock.run_for(60_000)
    assert page.locator(".ubg-player__left").inner_text() == left
    assert page.locator(".ubg-player__phase").inner_text() == "Get ready"
    page.locator(".ubg-player__main").click()
    page.clock.run_for(4000)
    assert page.locator(".ubg-player__phase").inner_text() == "10 reps"


def test_next_and_back_move_one_exercise(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}routines/desk-break/")
    names = [name for name, _ in routine_steps("desk-break")]
    start(page)
    page.keyboard.press("ArrowRight")
    assert page.locator(".ubg-player__name").inner_text() == names[1]
    assert page.locator(".ubg-player__count").inner_text() == f"Exercise 2 of {len(names)}"
    page.locator("button[aria-label='Next exercise']").click()
    assert page.locator(".ubg-player__name").inner_text() == names[2]
    page.keyboard.press("ArrowLeft")
    assert page.locator(".ubg-player__name").inner_text() == names[1]
    page.locator("button[aria-label='Back one exercise']").click()
    assert page.locator(".ubg-player__name").inner_text() == names[0]


def test_done_ends_a_set_of_reps_early(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}exercises/cat-cow/")
    start(page)
    page.clock.run_for(6000)  # get ready is over: set 1 of the reps
    assert page.locator(".ubg-player__sub").inner_text().startswith("Rep 1 of ")
    done = page.locator("button[aria-label='Done with this set']")
    assert done.is_visible()
    done.click()
    assert page.locator(".ubg-player__phase").inner_text() == "Rest"
    page.clock.run_for(1000)
    assert not done.is_visible()  # only reps can be ended early


def test_escape_closes_and_gives_focus_back_to_start_at_the_same_place(
        page: Any, site_url: str) -> None:
    page.goto(f"{site_url}routines/morning-ten/")
    page.evaluate("window.scrollTo(0, 300)")
    page.evaluate("document.querySelector('.ubg-start').click()")  # no scrolling to it first
    assert page.evaluate("document.activeElement.textContent") == "Pause"
    page.clock.run_for(3000)
    page.keyboard.press("Escape")
    assert not page.locator("dialog.ubg-player").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('ubg-start')")
    assert page.evaluate("window.scrollY") == 300
    assert calls(page, "release") == ["screen"]


def test_the_whole_player_works_by_keyboard_alone(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}routines/desk-break/")
    names = [name for name, _ in routine_steps("desk-break")]
    page.locator(".ubg-start").focus()
    page.keyboard.press("Enter")
    assert page.locator("dialog.ubg-player").is_visible()
    page.keyboard.press("Space")  # focus is on Pause
    assert page.locator(".ubg-player__main").inner_text() == "Resume"
    page.keyboard.press("Space")
    assert page.locator(".ubg-player__main").inner_text() == "Pause"
    page.keyboard.press("ArrowRight")
    assert page.locator(".ubg-player__name").inner_text() == names[1]
    page.keyboard.press("Tab")  # Pause -> Done (the set is reps)
    page.keyboard.press("Enter")
    assert page.locator(".ubg-player__phase").inner_text() == "Next up"
    assert page.locator(".ubg-player__name").inner_text() == names[2]
    page.clock.run_for(400_000)
    assert page.locator(".ubg-player__name").inner_text() == "Well done"
    page.keyboard.press("Enter")  # focus is on "Tick done today"
    assert page.locator(".ubg-player__tick").inner_text() == "Ticked for today"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('ubg-start')")


def test_the_screen_lock_is_taken_on_play_and_given_back_on_pause_and_close(
        page: Any, site_url: str) -> None:
    page.goto(f"{site_url}routines/desk-break/")
    start(page)
    page.clock.run_for(1000)
    assert calls(page, "lock") == ["screen"] and calls(page, "release") == []
    page.locator(".ubg-player__main").click()  # pause
    page.clock.run_for(1000)
    assert calls(page, "release") == ["screen"]
    page.locator(".ubg-player__main").click()  # resume
    page.clock.run_for(1000)
    assert calls(page, "lock") == ["screen", "screen"]
    page.evaluate("""() => {
        Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
        document.dispatchEvent(new Event('visibilitychange'));
        Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});
        document.dispatchEvent(new Event('visibilitychange'));
    }""")
    page.clock.run_for(1000)
    assert len(calls(page, "lock")) == 2  # still held: taken again only when it was lost
    page.locator(".ubg-player__close").click()
    page.clock.run_for(1000)
    assert calls(page, "release") == ["screen", "screen"]


def test_beeps_count_down_the_last_seconds_and_mark_each_change(page: Any, site_url: str) -> None:
    # Upper Trapezius Stretch: two holds of 20 s per side. Get ready 0-5 s, holds 5-25 and
    # 25-45 s, switch sides at 45 s.
    page.goto(f"{site_url}exercises/upper-trap-stretch/")
    began = start(page)
    page.clock.run_for(46_000)
    beeps = [(round((t - began) / 1000), f) for what, f, t in page.evaluate("window.__calls")
             if what == "beep"]
    assert beeps == [(2, 660), (3, 660), (4, 660), (5, 990),
                     (22, 660), (23, 660), (24, 660), (25, 990),
                     (42, 660), (43, 660), (44, 660), (45, 990)]
    assert calls(page, "speak") == [
        "Get ready: Upper Trapezius Stretch. Hold 20 s per side, 2 times.", "Switch sides."]
    assert calls(page, "vibrate") == [150, 150]


def test_voice_and_sound_can_be_turned_off_and_stay_off(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}exercises/upper-trap-stretch/")
    start(page)
    page.get_by_label("Voice").uncheck()
    page.get_by_label("Sound").uncheck()
    page.clock.run_for(40_000)
    assert calls(page, "speak") == [
        "Get ready: Upper Trapezius Stretch. Hold 20 s per side, 2 times."]
    assert calls(page, "beep") == [] and calls(page, "vibrate") == []
    page.reload()
    page.locator(".ubg-start").click()
    assert not page.get_by_label("Voice").is_checked()
    assert not page.get_by_label("Sound").is_checked()


def test_done_today_is_kept_on_the_device_and_ticked_on_the_routine_page(
        page: Any, site_url: str) -> None:
    page.goto(f"{site_url}routines/desk-break/")
    page.evaluate("localStorage.clear()")  # the browser is shared by this module's tests
    page.reload()
    assert page.locator(".ubg-week__day--done").count() == 0
    assert page.locator(".ubg-week__day").count() == 7
    start(page)
    page.clock.run_for(400_000)
    page.locator(".ubg-player__tick").click()
    page.keyboard.press("Escape")
    page.reload()
    done = page.locator(".ubg-week__day--done")
    assert done.count() == 1
    today = page.evaluate("new Date().toLocaleDateString('en', {weekday: 'short'})")
    assert done.inner_text().replace("\n", " ").endswith(f"{today}, done")
    stored = page.evaluate("localStorage.getItem('ubg-done:routine:desk-break')")
    assert json.loads(stored) == [page.evaluate(
        "(() => { const d = new Date(); return d.getFullYear() + '-' + "
        "String(d.getMonth() + 1).padStart(2, '0') + '-' + "
        "String(d.getDate()).padStart(2, '0'); })()")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_the_open_player(browser: Any, site_url: str, scheme: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(color_scheme=scheme)
    page.add_init_script("localStorage.clear()")  # Material keeps the scheme it saw first
    page.clock.install()
    page.goto(f"{site_url}routines/desk-break/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == \
        {"light": "default", "dark": "slate"}[scheme]
    page.locator(".ubg-start").click()
    page.clock.run_for(8000)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document.querySelector('dialog.ubg-player'))")
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert violations == []
    assert result["passes"]  # axe really looked at the dialog
    page.close()


def test_nothing_of_the_player_prints_and_without_javascript_the_page_reads_as_before(
        browser: Any, site_url: str, page: Any) -> None:
    page.goto(f"{site_url}routines/desk-break/")
    page.emulate_media(media="print")
    assert not page.locator(".ubg-start").is_visible()
    assert not page.locator(".ubg-week").is_visible()
    plain = browser.new_page()
    browser.new_cdp_session(plain).send("Emulation.setScriptExecutionDisabled", {"value": True})
    plain.goto(f"{site_url}routines/desk-break/")
    assert not plain.locator(".ubg-start").is_visible()
    assert not plain.locator(".ubg-week").is_visible()
    assert plain.locator("h1").inner_text().startswith("Desk Break")
    assert plain.locator("ol.ubg-steps li").count() == len(routine_steps("desk-break"))
    assert not plain.locator(".ubg-player-data").is_visible()
    plain.close()
