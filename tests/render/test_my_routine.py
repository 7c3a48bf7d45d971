"""My routine's data: the page script's sums and joined phases are exactly routine_phases'."""

from __future__ import annotations

import json
import re

import pytest

from generator.build import load_catalogue
from generator.models.content import Catalogue
from generator.models.dose_options import dose_options
from generator.models.timeline import routine_phases, total_seconds
from generator.render.my_routine import allowed_doses, shipped_doses
from generator.render.page_parts import seconds_each
from generator.render.pages import render_pages
from generator.render.player import phase_json
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(ROOT / "content")[0]


@pytest.fixture(scope="module")
def published(catalogue: Catalogue) -> dict[str, object]:
    """The JSON the My routine page carries, read back from the rendered page."""
    page = render_pages(catalogue)["my-routine.md"]
    match = re.search(r'<script type="application/json" class="ubg-my-catalogue">(.*?)</script>',
                      page)
    assert match
    return json.loads(match.group(1))


def page_sum(data: dict, choices: list[tuple[str, int]]) -> tuple[int, list[dict]]:
    """Does what my-routine.js does: adds published seconds and joins published phases."""
    by_id = {e["id"]: e for e in data["exercises"]}
    doses = [by_id[i]["doses"][n] for i, n in choices]
    seconds = data["ready_s"] + sum(d["seconds"] for d in doses) + data["change_s"] * (
        len(doses) - 1)
    phases = [{"kind": "ready", "seconds": data["ready_s"]}]
    for index, dose in enumerate(doses):
        if index:
            phases.append({"kind": "change", "seconds": data["change_s"], "exercise": index})
        phases += [{**p, "exercise": index} if index else p for p in dose["phases"]]
    return seconds, phases


CHOICES = [
    [("cat-cow", 0)],
    [("cat-cow", 1), ("chin-tuck", 0), ("seated-twist", 2)],
    [("upper-trap-stretch", 3), ("childs-pose", 0), ("wall-angel", 1), ("open-book", 2),
     ("shoulder-rolls", 0)],
]


@pytest.mark.parametrize("choices", CHOICES)
def test_the_page_sum_and_phases_are_routine_phases(
        catalogue: Catalogue, published: dict, choices: list[tuple[str, int]]) -> None:
    shipped = shipped_doses(catalogue)
    doses = [allowed_doses(catalogue.exercises[i], catalogue, shipped)[n] for i, n in choices]
    phases = routine_phases(doses, seconds_each(catalogue))
    seconds, joined = page_sum(published, choices)
    assert seconds == total_seconds(phases)
    assert joined == [phase_json(p) for p in phases]


# Worked out by hand from the YAML and the taxonomy (a rep takes 3 s plus its hold; 5 s to get
# ready, 10 s to move to the next exercise), not by the timeline code the page's sum is
# checked against above.
# Cat-Cow's options, shortest first: First Week's 1 x 6 (30 s), 1 x 8 (40 s), 2 x 6 (80 s),
# the usual 2 x 8 with 2 s holds and 20 s rest (100 s), 2 x 10, 3 x 8.
HAND_TOTALS = [
    ([("cat-cow", 0)], 5 + 6 * (3 + 2)),
    ([("cat-cow", 1)], 5 + 8 * (3 + 2)),
    ([("cat-cow", 3)], 5 + 2 * 8 * (3 + 2) + 20),
    ([("cat-cow", 3), ("shoulder-rolls", 1)], 5 + 100 + 10 + 10 * 3),  # then 10 rolls
]


@pytest.mark.parametrize(("choices", "seconds"), HAND_TOTALS)
def test_the_page_sum_matches_totals_worked_out_by_hand(
        published: dict, choices: list[tuple[str, int]], seconds: int) -> None:
    assert page_sum(published, choices)[0] == seconds


def test_every_exercise_offers_its_usual_dose_and_every_shipped_routine_dose(
        catalogue: Catalogue, published: dict) -> None:
    by_id = {e["id"]: e for e in published["exercises"]}
    assert set(by_id) == set(catalogue.exercises)
    shipped = shipped_doses(catalogue)
    for exercise in catalogue.exercises.values():
        doses = allowed_doses(exercise, catalogue, shipped)
        entry = by_id[exercise.id]
        assert doses[entry["usual"]] == exercise.dose
        assert set(shipped.get(exercise.id, ())) <= set(doses)
        seconds = [d["seconds"] for d in entry["doses"]]
        assert seconds == sorted(seconds) and 3 <= len(seconds) <= 8


def test_variants_stay_within_the_field_limits_and_the_levels_longest_hold(
        catalogue: Catalogue) -> None:
    each = seconds_each(catalogue)
    hold = catalogue.exercises["upper-trap-stretch"].dose  # 1 set of 20 s per side, no rest
    assert (hold.sets, hold.hold_s, hold.rest_s) == (1, 20, 0)
    # Written out by hand: a quarter less (15 s), the usual dose, and one set more with a
    # rest; a quarter more (25 s) would pass the longest hold of 20 s, so it is left out.
    assert [(d.mode, d.sets, d.hold_s, d.rest_s, d.per_side)
            for d in dose_options(hold, 20, each)] == [
        ("hold", 1, 15, 0, True), ("hold", 1, 20, 0, True), ("hold", 2, 20, 15, True)]
    # With room above it, the quarter more is offered.
    assert [(d.sets, d.hold_s) for d in dose_options(hold, 60, each)] == [
        (1, 15), (1, 20), (1, 25), (2, 20)]
