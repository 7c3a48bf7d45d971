"""The player's hidden block refuses a timeline it could not pace."""

from __future__ import annotations

import pytest

from generator.models.timeline import Phase
from generator.render.player import player_block
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT


def test_a_phase_of_a_kind_the_player_cannot_pace_is_refused() -> None:
    catalogue, problems = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None, problems
    exercise = catalogue.exercises["reach-up"]
    phases = [Phase("ready", 5, 0), Phase("distance", 30, 0), Phase("hover", 3, 0)]
    with pytest.raises(ValueError) as refused:
        player_block("exercise", "reach-up", "Reach Up", [(exercise, exercise.dose)], phases,
                     catalogue, "exercises/reach-up.md")
    assert str(refused.value) == "the player cannot pace phases of kind ['distance', 'hover']"
