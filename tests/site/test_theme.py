"""The parts of Material's script the guide keeps, done by its own small scripts (the palette
script in overrides/partials/javascripts/palette.html and assets/theme.js), in real Chromium."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

SCHEME = "document.body.dataset.mdColorScheme"
SHOWN_TOGGLE = "[data-md-component=palette] label:not([hidden])"
AFTER_MEDIA_CHANGE = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
"""Waits until a change of the emulated media has reached the page's listeners (they hear it
when the browser next updates the rendering)."""


def fresh_page(browser: Any, site_url: str, path: str, system: str, width: int = 390) -> Any:
    """Gives a page opened with nothing saved, the system in the given scheme."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=system)
    page.goto(site_url + path)
    page.evaluate("localStorage.clear()")
    page.reload()
    return page


@pytest.mark.parametrize(("system", "scheme"), [("light", "default"), ("dark", "slate")])
def test_a_first_visit_takes_the_systems_scheme_and_shows_one_toggle(
        browser: Any, site_url: str, system: str, scheme: str) -> None:
    page = fresh_page(browser, site_url, "", system)
    assert page.evaluate(SCHEME) == scheme
    assert page.locator(SHOWN_TOGGLE).count() == 1
    other = "Switch to light mode" if system == "dark" else "Switch to dark mode"
    assert page.locator(SHOWN_TOGGLE).get_attribute("title") == other
    page.close()


def test_the_toggle_switches_the_scheme_and_the_choice_is_kept(browser: Any,
                                                               site_url: str) -> None:
    page = fresh_page(browser, site_url, "exercises/wall-angel/", "light")
    page.locator(SHOWN_TOGGLE).click()
    assert page.evaluate(SCHEME) == "slate"
    assert page.locator(SHOWN_TOGGLE).get_attribute("title") == "Switch to light mode"
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
    page.goto(site_url + "glossary/")  # another page, the system still light
    assert page.evaluate(SCHEME) == "slate"
    page.emulate_media(color_scheme="light")  # nor does a change of the system undo it
    page.evaluate(AFTER_MEDIA_CHANGE)
    assert page.evaluate(SCHEME) == "slate"
    page.locator(SHOWN_TOGGLE).click()
    page.reload()
    assert page.evaluate(SCHEME) == "default"
    page.close()


def test_the_page_follows_the_system_until_the_reader_picks(browser: Any,
                                                             site_url: str) -> None:
    page = fresh_page(browser, site_url, "", "light")
    page.emulate_media(color_scheme="dark")
    page.evaluate(AFTER_MEDIA_CHANGE)
    assert page.evaluate(SCHEME) == "slate"
    assert page.locator(SHOWN_TOGGLE).get_attribute("title") == "Switch to light mode"
    page.close()


def test_the_toggle_works_by_keyboard(browser: Any, site_url: str) -> None:
    page = fresh_page(browser, site_url, "", "light", width=1280)
    page.locator("[data-md-component=palette] input:checked").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(SCHEME) == "slate"
    page.keyboard.press("Enter")
    assert page.evaluate(SCHEME) == "default"
    page.close()


def test_materials_own_script_is_not_loaded(browser: Any, site_url: str) -> None:
    requested: list[str] = []
    page = browser.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url, wait_until="networkidle")
    assert [url for url in requested if "/assets/javascripts/" in url] == []
    page.close()


def test_scrolling_shows_the_title_hides_the_tabs_and_offers_the_way_back(
        browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 700})
    page.goto(site_url + "glossary/", wait_until="networkidle")
    header = page.locator("[data-md-component=header]")
    top = page.locator("[data-md-component=top]")
    top_hidden = "document.querySelector('[data-md-component=top]').hidden"  # faded out
    assert "md-header__title--active" not in page.locator(".md-header__title").get_attribute(
        "class")
    assert page.evaluate(top_hidden)
    page.evaluate("window.scrollTo(0, 1500)")
    page.wait_for_function("document.querySelector('.md-header__title')"
                           ".classList.contains('md-header__title--active')")
    assert "md-header--shadow" in header.get_attribute("class")
    assert page.evaluate("document.querySelector('[data-md-component=tabs]').hidden")
    assert page.locator(".md-nav--secondary .md-nav__link--active").count() == 1
    assert page.evaluate(top_hidden)  # going down: no button
    page.evaluate("window.scrollTo(0, 1200)")
    page.wait_for_function("!" + top_hidden)
    top.click()
    page.wait_for_function("window.scrollY === 0")
    page.wait_for_function("!document.querySelector('.md-header__title')"
                           ".classList.contains('md-header__title--active')")
    page.close()
