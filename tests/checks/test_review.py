"""A careful reviewer's warnings about one exercise, at the edges of each limit."""

from __future__ import annotations

import dataclasses

import pytest

from generator.checks.marks import Marks
from generator.checks.review import STEPS_RANGE, review_exercise
from generator.models.content import Catalogue
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT

SOURCE = "content/exercises/quiet-breath.yml"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    found, problems = validate_content(FIXTURE_CONTENT)
    assert found is not None, problems
    return found


def warnings(catalogue: Catalogue, **changes: object) -> list[str]:
    exercise = catalogue.exercises["quiet-breath"]
    if "dose" in changes:
        changes["dose"] = dataclasses.replace(exercise.dose, **changes["dose"])  # type: ignore
    changed = dataclasses.replace(exercise, **changes)  # type: ignore[arg-type]
    return [str(p) for p in review_exercise(changed, catalogue, Marks({}))]


def test_a_hold_up_to_the_levels_limit_is_fine_one_second_more_is_not(
        catalogue: Catalogue) -> None:
    assert catalogue.taxonomy["levels"]["beginner"].extra["max_hold_s"] == 45
    assert warnings(catalogue, dose={"hold_s": 45}) == []
    assert warnings(catalogue, dose={"hold_s": 46}) == [
        f"{SOURCE}:1:1: W302 field 'dose.hold_s': 46 s is longer than a beginner exercise "
        "should hold; use at most 45 s"]


def test_steps_at_both_ends_of_the_range(catalogue: Catalogue) -> None:
    low, high = STEPS_RANGE
    assert warnings(catalogue, steps=("Breathe in.",) * low) == []
    assert warnings(catalogue, steps=("Breathe in.",) * high) == []
    assert warnings(catalogue, steps=("Breathe in.",) * (high + 1)) == [
        f"{SOURCE}:1:1: W305 field 'steps': has {high + 1} steps; write {low} to {high}, one "
        "action each"]
    assert warnings(catalogue, steps=("Breathe in.",) * (low - 1)) == [
        f"{SOURCE}:1:1: W305 field 'steps': has {low - 1} steps; write {low} to {high}, one "
        "action each"]


def test_two_sentences_make_a_step_three_are_too_many(catalogue: Catalogue) -> None:
    two = "Breathe in. Breathe out."
    steps = catalogue.exercises["quiet-breath"].steps
    assert warnings(catalogue, steps=(two, *steps[1:])) == []
    assert warnings(catalogue, steps=(*steps[:-1], two + " Rest!")) == [
        f"{SOURCE}:1:1: W303 field 'steps[{len(steps)}]': has 3 sentences; keep a step to one "
        "action in at most two sentences"]
