"""Accessibility and phone layout in real headless Chromium, checked by axe-core.

Every kind of page is scanned in the light and the dark scheme, and once with Material's
search box open with results, because the header is part of what a reader meets.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import AXE, PAGE_KINDS

pytestmark = pytest.mark.browser

PAGES = PAGE_KINDS
SCHEMES = {"light": "default", "dark": "slate"}


def open_page(browser: Any, url: str, scheme: str, width: int = 390) -> Any:
    """Gives a page at url in the given scheme, with axe-core loaded."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 844})
    page.emulate_media(color_scheme=scheme)
    page.add_init_script("localStorage.clear()")  # Material keeps the scheme it saw first
    page.goto(url, wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    page.add_script_tag(path=str(AXE))
    return page


def violations(page: Any) -> list[tuple[str, list[Any]]]:
    # Material fades text in; axe must see the colours the reader ends up with.
    # (The figures' crossfade never finishes, so only animations that end are waited for.)
    page.evaluate("""Promise.all(document.getAnimations()
        .filter(a => a.effect.getComputedTiming().endTime !== Infinity).map(a => a.finished))""")
    result = page.evaluate("axe.run(document)")
    assert result["passes"]  # axe really looked at the page
    return [(v["id"], [(n["target"], n["failureSummary"][-160:]) for n in v["nodes"]])
            for v in result["violations"]]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", PAGES)
def test_axe_finds_nothing(browser: Any, site_url: str, kind: str, scheme: str) -> None:
    page = open_page(browser, site_url + PAGES[kind], scheme)
    found = violations(page)
    page.close()
    assert found == [], f"{kind} page, {scheme} scheme: {found}"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", ["home", "exercise"])
def test_axe_finds_nothing_on_a_wide_screen(browser: Any, site_url: str, kind: str,
                                            scheme: str) -> None:
    # The header's tabs and repository link show only on a wide screen.
    page = open_page(browser, site_url + PAGES[kind], scheme, width=1280)
    found = violations(page)
    page.close()
    assert found == [], f"{kind} page, {scheme} scheme, 1280px: {found}"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_nothing_with_search_open(browser: Any, site_url: str, scheme: str,
                                            width: int) -> None:
    page = open_page(browser, site_url, scheme, width)
    if width < 720:  # a phone's header has a search button that opens the field
        page.get_by_role("button", name="Search the guide").click()
    page.locator("#ubg-search-input").focus()
    page.keyboard.type("cat")
    page.wait_for_selector(".ubg-search__results a", timeout=30_000)
    assert page.evaluate("document.activeElement.id") == "ubg-search-input"
    found = violations(page)
    page.close()
    assert found == [], f"search open, {scheme} scheme, {width}px: {found}"
