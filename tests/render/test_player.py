"""The player's hidden block refuses a timeline it could not pace."""

from __future__ import annotations

import pytest

from generator.models.timeline import Phase
from generator.render.player import exercise_json, phase_json, player_block
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT, ROOT


def test_a_phase_of_a_kind_the_player_cannot_pace_is_refused() -> None:
    catalogue, problems = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None, problems
    exercise = catalogue.exercises["reach-up"]
    phases = [Phase("ready", 5, 0), Phase("distance", 30, 0), Phase("hover", 3, 0)]
    with pytest.raises(ValueError) as refused:
        player_block("exercise", "reach-up", "Reach Up", [(exercise, exercise.dose)], phases,
                     catalogue, "exercises/reach-up.md")
    assert str(refused.value) == "the player cannot pace phases of kind ['distance', 'hover']"


def test_what_the_player_shows_of_an_exercise() -> None:
    catalogue, problems = validate_content(ROOT / "content")
    assert catalogue is not None, problems
    cat_cow = catalogue.exercises["cat-cow"]
    assert exercise_json(cat_cow, cat_cow.dose, catalogue) == {
        "id": "cat-cow", "name": "Cat-Cow",
        "setup": "Kneel on a mat or a folded blanket. Put your hands on the floor under your "
                 "shoulders and your knees under your hips.",
        "cue": "Move one part of the back at a time, like a wave from your tailbone to your "
               "head.",
        "dose": "2 × 8, hold 2 s; rest 20 s between sets", "position": "Hands and knees",
        "figure": True}
    fixture, _ = validate_content(FIXTURE_CONTENT)
    assert fixture is not None
    reach = fixture.exercises["reach-up"]
    assert exercise_json(reach, reach.dose, fixture)["figure"] is False


def test_a_phase_as_json_keeps_its_seconds_and_drops_other_zeros() -> None:
    assert phase_json(Phase("rest", 0)) == {"kind": "rest", "seconds": 0}
    assert phase_json(Phase("reps", 24, exercise=2, set=1)) == {
        "kind": "reps", "seconds": 24, "exercise": 2, "set": 1}
