"""The exercises index's filters in real headless Chromium: every filter and every combination.

The rows each choice should leave are worked out here from the exercise files and the taxonomy,
read with yaml.safe_load, not from the generator's models or the page's data attributes: a wrong
fact in a row's data (or a wrong test in guide.js) shows up as a wrong row.
"""

from __future__ import annotations

import itertools
from typing import Any, NamedTuple
from urllib.parse import urlencode, urlsplit

import pytest
import yaml

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

TAXONOMY = yaml.safe_load((ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8"))
EXERCISES: dict[str, dict[str, Any]] = {
    path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "content" / "exercises").glob("*.yml"))}
ON_THE_FLOOR = {name for name, position in TAXONOMY["positions"].items() if position["floor"]}


class Choice(NamedTuple):
    """What a reader has chosen in the filters ("" is Any / Anything)."""

    position: str = ""
    equipment: str = ""
    level: str = ""
    no_floor: bool = False

    def query(self) -> str:
        """The address's query for this choice, fields in the form's order ("" when none)."""
        fields = [("position", self.position), ("equipment", self.equipment),
                  ("level", self.level), ("floor", "no" if self.no_floor else "")]
        query = urlencode([(name, value) for name, value in fields if value])
        return f"?{query}" if query else ""


def expected_ids(choice: Choice) -> list[str]:
    """The exercises (ids, alphabetical, as the index lists them) that fit a choice."""
    def fits(exercise: dict[str, Any]) -> bool:
        needs = exercise.get("equipment") or []
        return ((not choice.position or exercise["position"] == choice.position)
                and (not choice.level or exercise["level"] == choice.level)
                and not (choice.no_floor and exercise["position"] in ON_THE_FLOOR)
                and (choice.equipment != "none" or not needs)
                and (choice.equipment in ("", "none") or choice.equipment in needs))
    return [exercise_id for exercise_id, exercise in EXERCISES.items() if fits(exercise)]


def count_line(shown: int) -> str:
    return f"{shown} of {len(EXERCISES)} exercises"


# Every choice the form offers, each filter on its own and all of them together.
POSITIONS = ["", *TAXONOMY["positions"]]
EQUIPMENT = ["", "none", *TAXONOMY["equipment"]]
LEVELS = ["", *TAXONOMY["levels"]]
EVERY_CHOICE = [Choice(*values) for values in
                itertools.product(POSITIONS, EQUIPMENT, LEVELS, (False, True))]

SHOWN_IDS = """() => Array.from(document.querySelectorAll('table.ubg-exercises tbody tr'))
    .filter(row => !row.hidden && row.offsetParent !== null)
    .map(row => row.querySelector('a').getAttribute('href').replace(/\\/$/, ''))"""

FORM_STATE = """() => {
    const form = document.querySelector('form[data-ubg-filters]');
    return [form.elements.position.value, form.elements.equipment.value,
            form.elements.level.value, form.elements.floor.checked];
}"""

# Sets the form as a reader would leave it and fires the change event the page listens for.
CHOOSE_ALL = """choices => choices.map(([position, equipment, level, noFloor]) => {
    const form = document.querySelector('form[data-ubg-filters]');
    form.elements.position.value = position;
    form.elements.equipment.value = equipment;
    form.elements.level.value = level;
    form.elements.floor.checked = noFloor;
    form.dispatchEvent(new Event('change', {bubbles: true}));
    return {ids: (SHOWN_IDS)(), count: form.querySelector('output').textContent,
            search: window.location.search};
})""".replace("SHOWN_IDS", SHOWN_IDS)


def open_index(browser: Any, site_url: str, query: str = "") -> Any:
    """Opens the exercises index and waits until its script has applied the filters."""
    page = browser.new_page()
    page.goto(site_url + "exercises/" + query, wait_until="domcontentloaded")
    page.wait_for_function(
        "() => document.querySelector('.ubg-filters__count').textContent !== ''")
    return page


def shown(page: Any) -> dict[str, Any]:
    return {"ids": page.evaluate(SHOWN_IDS),
            "count": page.locator(".ubg-filters__count").inner_text(),
            "search": urlsplit(page.url).query}


def test_the_form_offers_every_filter_with_every_value_of_the_taxonomy(browser: Any,
                                                                         site_url: str) -> None:
    page = open_index(browser, site_url)
    fields = page.evaluate("""() => Array.from(
        document.querySelector('form[data-ubg-filters]').elements)
        .filter(field => field.name)
        .map(field => [field.name, field.type, field.tagName === 'SELECT'
            ? Array.from(field.options).map(option => option.value) : [field.value]])""")
    assert page.locator("form[data-ubg-filters]").is_visible()
    page.close()
    assert fields == [["position", "select-one", POSITIONS],
                      ["equipment", "select-one", EQUIPMENT],
                      ["level", "select-one", LEVELS],
                      ["floor", "checkbox", ["no"]]]


def test_with_nothing_chosen_every_exercise_is_listed(browser: Any, site_url: str) -> None:
    page = open_index(browser, site_url)
    assert shown(page) == {"ids": list(EXERCISES), "count": count_line(len(EXERCISES)),
                           "search": ""}
    assert page.evaluate(FORM_STATE) == ["", "", "", False]
    page.close()


def test_every_combination_of_filters_lists_exactly_the_exercises_that_fit(
        browser: Any, site_url: str) -> None:
    page = open_index(browser, site_url)
    results = page.evaluate(CHOOSE_ALL, [list(choice) for choice in EVERY_CHOICE])
    page.close()
    wrong = [(choice, result) for choice, result in zip(EVERY_CHOICE, results, strict=True)
             if result != {"ids": expected_ids(choice),
                           "count": count_line(len(expected_ids(choice))),
                           "search": choice.query()}]
    assert wrong == []
    # The sweep means something only if the choices really split the list.
    assert {len(expected_ids(choice)) for choice in EVERY_CHOICE} >= {0, 1, len(EXERCISES)}


@pytest.mark.parametrize("choice", [
    Choice(position="seated", equipment="chair"),  # "what can I do at my desk?"
    Choice(equipment="none"),
    Choice(equipment="foam-roller", level="intermediate"),
    Choice(level="advanced"),
    Choice(no_floor=True),
    Choice(equipment="towel", no_floor=True),
    Choice(position="kneeling", no_floor=True),  # nothing fits
], ids=lambda choice: choice.query() or "nothing")
def test_an_address_with_filters_opens_the_list_already_filtered(browser: Any, site_url: str,
                                                                 choice: Choice) -> None:
    page = open_index(browser, site_url, choice.query())
    assert shown(page) == {"ids": expected_ids(choice),
                           "count": count_line(len(expected_ids(choice))),
                           "search": choice.query().lstrip("?")}
    assert page.evaluate(FORM_STATE) == list(choice)
    page.close()


def test_what_can_i_do_at_my_desk_is_every_chair_exercise(browser: Any, site_url: str) -> None:
    # Written out by hand: the list the home page's desk link promises.
    page = open_index(browser, site_url, "?position=seated&equipment=chair")
    assert page.evaluate(SHOWN_IDS) == [
        "chair-back-extension", "chin-tuck", "eagle-arms", "seated-cat-cow", "seated-side-bend",
        "seated-twist", "shoulder-blade-squeeze", "shoulder-rolls", "upper-back-extension",
        "upper-trap-stretch"]
    assert page.locator(".ubg-filters__count").inner_text() == "10 of 34 exercises"
    page.close()


def test_a_reader_narrows_the_list_one_filter_at_a_time_then_clears_it(browser: Any,
                                                                      site_url: str) -> None:
    page = open_index(browser, site_url)
    steps = [
        (lambda: page.select_option("select[name=equipment]", "mat"), Choice(equipment="mat")),
        (lambda: page.select_option("select[name=level]", "beginner"),
         Choice(equipment="mat", level="beginner")),
        (lambda: page.select_option("select[name=position]", "lying-back"),
         Choice(position="lying-back", equipment="mat", level="beginner")),
        (lambda: page.check("input[name=floor]"),
         Choice(position="lying-back", equipment="mat", level="beginner", no_floor=True)),
        (lambda: page.select_option("select[name=position]", ""),
         Choice(equipment="mat", level="beginner", no_floor=True)),
        (lambda: page.uncheck("input[name=floor]"), Choice(equipment="mat", level="beginner")),
        (lambda: page.select_option("select[name=equipment]", ""), Choice(level="beginner")),
        (lambda: page.select_option("select[name=level]", ""), Choice()),
    ]
    for act, choice in steps:
        act()  # Playwright's select_option and check fire the change event, then return
        assert shown(page) == {"ids": expected_ids(choice),
                               "count": count_line(len(expected_ids(choice))),
                               "search": choice.query().lstrip("?")}, choice
    # Cleared: the address is the bare page again, not "?" or "?position=".
    assert page.url == site_url + "exercises/"
    page.close()


def test_without_its_script_the_index_lists_everything_and_hides_the_filters(
        browser: Any, site_url: str) -> None:
    # The page works without JavaScript: filters that could not work are not offered, and an
    # address with filters still lists every exercise.
    page = browser.new_page()
    page.route("**/assets/guide.js", lambda route: route.abort())
    page.goto(site_url + "exercises/?position=seated&equipment=chair", wait_until="load")
    assert page.locator("form[data-ubg-filters]").is_hidden()
    assert page.evaluate(SHOWN_IDS) == list(EXERCISES)
    assert page.locator(".ubg-filters__count").inner_text() == ""
    page.close()
