"""Site behaviour in real headless Chromium: search, requests, phone layout."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.site.test_index_filters import SHOWN_IDS, Choice, expected_ids

pytestmark = pytest.mark.browser


def search(browser: Any, site_url: str, query: str) -> list[str]:
    page = browser.new_page()
    page.goto(site_url, wait_until="networkidle")
    page.locator("#ubg-search-input").click()
    page.keyboard.type(query)
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    titles = page.locator(".ubg-search__results strong").all_inner_texts()
    page.close()
    return titles


@pytest.mark.parametrize(("query", "expected"), [
    ("Cat-Camel", "Cat-Cow"),
    ("Marjaryasana", "Cat-Cow"),
    ("Balasana", "Child's Pose"),
    ("T-spine", None),
    ("thread the needle", "Thread the Needle"),
])
def test_search_box_finds_exercises_by_name_and_alias(browser: Any, site_url: str, query: str,
                                                      expected: str | None) -> None:
    titles = search(browser, site_url, query)
    assert titles, f"no results for {query!r}"
    if expected:
        assert expected in [t.replace("’", "'") for t in titles[:5]]


def test_a_search_for_an_exercise_finds_its_page_not_the_exercises_list(
        browser: Any, site_url: str) -> None:
    # The list names every exercise: indexed, it would be a result of every search for one
    # (at 1,000 exercises, of nearly every search). Its own words still find it.
    titles = search(browser, site_url, "wall angel")
    assert titles[0] == "Wall Angel" and "Exercises" not in titles, titles
    assert search(browser, site_url, "tap a name") == ["Exercises"]


def test_the_safety_box_on_every_page_is_left_out_of_the_search(browser: Any,
                                                                site_url: str) -> None:
    # "advice" is in the box ("not medical advice") on every exercise and routine page, and in
    # the text of the home page and two guide pages only: those are what a search finds.
    page = browser.new_page()
    page.goto(site_url, wait_until="networkidle")
    page.locator("#ubg-search-input").click()
    page.keyboard.type("advice")
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    found = sorted(urlsplit(page.locator(".ubg-search__results a").nth(i).get_attribute("href"))
                   .path.rstrip("/").rsplit("/", 1)[-1]
                   for i in range(page.locator(".ubg-search__results a").count()))
    page.close()
    assert found == ["", "safety", "see-a-professional"]


def test_a_page_fetches_no_search_data_until_the_reader_types(browser: Any,
                                                              site_url: str) -> None:
    requested: list[str] = []
    page = browser.new_page()
    page.on("request", lambda request: requested.append(urlsplit(request.url).path))
    page.goto(site_url + "exercises/cat-cow/", wait_until="networkidle")
    page.locator("#ubg-search-input").focus()
    # Not a wait of some milliseconds: a request made after the focus has been handled arrives
    # after any request the focus itself started.
    with page.expect_request("**/after-focus"):
        page.evaluate("() => { fetch('after-focus').catch(() => {}); }")
    assert [u for u in requested if "pagefind" in u or "search" in u.split("/")[-1]
            and not u.endswith("search.js")] == []
    page.keyboard.type("Balasana")
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    assert any("/pagefind/" in u for u in requested)
    page.close()


def test_search_works_by_keyboard_alone(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url, wait_until="networkidle")
    for _ in range(30):  # Tab from the top of the page until the search box has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "ubg-search-input":
            break
    assert page.evaluate("document.activeElement.id") == "ubg-search-input"
    page.keyboard.type("Marjaryasana")
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    assert "found" in page.locator(".ubg-search__status").inner_text()  # read out (aria-live)
    first = page.locator(".ubg-search__results a").first.get_attribute("href") or ""
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == first
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "ubg-search-input"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == "ubg-search-input"
    assert page.locator(".ubg-search__panel").is_hidden()
    page.keyboard.press("Backspace")  # the query changes: the list comes back
    page.keyboard.type("a")
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{first}", timeout=10_000)
    page.close()


def test_pages_request_nothing_from_other_hosts(browser: Any, site_url: str) -> None:
    host = urlsplit(site_url).netloc
    requested: list[str] = []
    page = browser.new_page()
    page.on("request", lambda request: requested.append(request.url))
    for path in ("", "exercises/", "exercises/cat-cow/", "routines/desk-break/", "glossary/"):
        page.goto(site_url + path, wait_until="networkidle")
    page.close()
    assert requested
    assert [u for u in requested if urlsplit(u).netloc not in (host, "")
            and not u.startswith("data:")] == []


IS_FOCUSED_INPUT = "document.activeElement.id === 'ubg-search-input'"
IS_FOCUSED_BUTTON = "document.activeElement.classList.contains('ubg-search__open')"


@pytest.mark.parametrize("width", [320, 390])
def test_on_a_phone_a_search_button_opens_the_field_over_the_header(browser: Any, site_url: str,
                                                                    width: int) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(site_url, wait_until="networkidle")
    button = page.get_by_role("button", name="Search the guide")
    box = button.bounding_box()
    assert box and box["width"] >= 48 and box["height"] >= 48
    assert not page.locator("#ubg-search-input").is_visible()  # the title keeps its room
    title = page.locator(".md-header__topic .md-ellipsis").first
    room = title.evaluate("e => e.clientWidth")
    if width >= 390:
        assert title.evaluate("e => e.scrollWidth") <= room, "the site's title is cut off"
    assert room >= 150
    button.click()
    assert page.locator("#ubg-search-input").is_visible()
    assert page.evaluate(IS_FOCUSED_INPUT)
    assert button.get_attribute("aria-expanded") == "true"
    field = page.locator(".ubg-search__field").bounding_box()
    assert field and field["x"] == 0 and field["width"] == width  # the whole header bar
    page.keyboard.type("Cat-Camel")
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    titles = page.locator(".ubg-search__results strong").all_inner_texts()
    assert "Cat-Cow" in titles[:5]
    page.keyboard.press("Escape")
    assert not page.locator("#ubg-search-input").is_visible()
    assert page.locator(".ubg-search__panel").is_hidden()
    assert page.evaluate(IS_FOCUSED_BUTTON)
    assert button.get_attribute("aria-expanded") == "false"
    page.close()


def test_on_a_phone_search_works_by_keyboard_alone(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "exercises/", wait_until="networkidle")
    for _ in range(30):  # Tab from the top of the page until the search button has the focus
        page.keyboard.press("Tab")
        if page.evaluate(IS_FOCUSED_BUTTON):
            break
    assert page.evaluate(IS_FOCUSED_BUTTON)
    page.keyboard.press("Enter")
    assert page.evaluate(IS_FOCUSED_INPUT)
    page.keyboard.type("Balasana")
    page.wait_for_selector(".ubg-search__results a", timeout=10_000)
    first = page.locator(".ubg-search__results a").first.get_attribute("href") or ""
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == first
    page.keyboard.press("Escape")  # from a result: the field closes, back on the button
    assert page.evaluate(IS_FOCUSED_BUTTON)
    assert not page.locator("#ubg-search-input").is_visible()
    page.keyboard.press(" ")  # a button opens with Space too; the query is still there
    assert page.evaluate(IS_FOCUSED_INPUT)
    page.get_by_role("button", name="Close search").click()
    assert page.evaluate(IS_FOCUSED_BUTTON)
    assert not page.locator("#ubg-search-input").is_visible()
    page.close()


def test_on_a_desktop_the_header_shows_the_search_field_itself(browser: Any,
                                                               site_url: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url, wait_until="networkidle")
    assert page.locator("#ubg-search-input").is_visible()
    assert not page.locator(".ubg-search__open").is_visible()
    page.close()


PHONE_PAGES = ("", "exercises/", "exercises/wall-angel/", "routines/", "routines/morning-ten/",
               "glossary/", "safety/", "my-routine/")

# Boxes that scroll sideways inside the page, e.g. a table in Material's scrolling wrapper.
WIDE_BOXES = """() => Array.from(document.querySelectorAll('.md-content *'))
    .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)
                 && e.scrollWidth > e.clientWidth + 1 && e.offsetParent !== null)
    .map(e => e.tagName.toLowerCase() + '.' + e.className)"""


@pytest.mark.parametrize("width", [320, 390])
def test_phone_layout_has_no_sideways_scroll(browser: Any, site_url: str, width: int) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 740})
    for path in PHONE_PAGES:
        page.goto(site_url + path, wait_until="networkidle")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        assert page.evaluate(WIDE_BOXES) == [], f"{path} has a box that scrolls sideways"
    page.close()


# The site's own controls: buttons, filters, links made to look like buttons.
SMALL_TARGETS = """() => Array.from(document.querySelectorAll(
        '.md-content :is(button, select, .md-button, .ubg-filters label, .ubg-my-link)'))
    .filter(e => e.offsetParent !== null)
    .map(e => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
    .filter(([, box]) => box.width < 48 || box.height < 48)
    .map(([name, box]) => `${name} ${Math.round(box.width)}x${Math.round(box.height)}`)"""


def test_phone_tap_targets_are_at_least_48_px(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    for path in PHONE_PAGES:
        page.goto(site_url + path, wait_until="networkidle")
        assert page.evaluate(SMALL_TARGETS) == [], path
    page.close()


def test_exercise_steps_start_within_a_screen_and_a_half_on_a_phone(browser: Any,
                                                                      site_url: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "exercises/wall-angel/", wait_until="networkidle")
    top = page.evaluate("document.querySelector('.md-content h2#steps ~ ol > li')"
                        ".getBoundingClientRect().top")
    page.close()
    assert top < 1.5 * 844, f"the first step starts {top:.0f}px down"


def test_home_page_links_answer_the_common_questions(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url, wait_until="networkidle")
    page.click("text=exercises you can do sitting on a chair with nothing else")
    page.wait_for_url("**/exercises/?position=seated&equipment=chair")
    page.wait_for_function(
        "() => document.querySelector('.ubg-filters__count').textContent !== ''")
    assert page.evaluate(SHOWN_IDS) == expected_ids(Choice(position="seated", equipment="chair"))
    page.goto(site_url, wait_until="networkidle")
    page.click("a:has-text('Desk Break')")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text().rstrip("¶") == "Desk Break"
    page.close()


def test_figure_animates_unless_motion_is_reduced(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "exercises/cat-cow/", wait_until="networkidle")
    figure = page.locator(".ubg-figure--large img").first
    figure.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('.ubg-figure--large img').complete")
    moving = figure.evaluate("img => img.currentSrc")
    assert moving.endswith("/assets/figures/cat-cow-large.svg")
    assert figure.evaluate("img => img.naturalWidth") > 0
    page.emulate_media(reduced_motion="reduce")
    page.reload(wait_until="networkidle")
    assert page.locator(".ubg-figure--large img").first.evaluate(
        "img => img.currentSrc").endswith("/assets/figures/cat-cow-large-steps.svg")
    # The file itself: its keyframes take turns, and stand still when motion is reduced.
    script = """() => Array.from(document.querySelectorAll('.ubg-f')).map(
        f => getComputedStyle(f).animationName)"""
    page.emulate_media(reduced_motion="no-preference")
    page.goto(moving)
    assert len(page.evaluate(script)) >= 2 and "none" not in page.evaluate(script)
    page.emulate_media(reduced_motion="reduce")
    assert set(page.evaluate(script)) == {"none"}
    page.close()


def test_figures_follow_the_scheme_the_reader_picks_not_only_the_system(
        browser: Any, site_url: str) -> None:
    """A figure file picks its ink from prefers-color-scheme; the site's dark toggle must reach
    it too, whatever the system says."""
    shots = {}
    for system in ("light", "dark"):
        page = browser.new_page()
        page.emulate_media(color_scheme=system, reduced_motion="reduce")  # the still frames
        page.goto(site_url + "exercises/cat-cow/", wait_until="networkidle")
        figure = page.locator(".ubg-figure--large img").first
        page.wait_for_function("() => document.querySelector('.ubg-figure--large img')"
                               ".complete")
        for scheme in ("default", "slate"):
            page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
            figure.evaluate("img => new Promise(r => requestAnimationFrame("
                            "() => requestAnimationFrame(r)))")
            shots[system, scheme] = figure.screenshot(animations="disabled")
        page.close()
    assert shots["light", "slate"] == shots["dark", "slate"]
    assert shots["light", "default"] == shots["dark", "default"]
    assert shots["light", "default"] != shots["light", "slate"]
