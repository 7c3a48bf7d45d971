"""A routine's 'how_often' against the printed sheet's one tick box a day (W313)."""

from __future__ import annotations

import dataclasses

import pytest

from generator.checks.marks import Marks
from generator.checks.promises import how_often_problems
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT

SOURCE = "content/routines/short-set.yml"
MARKS = Marks({SOURCE: {"how_often": (5, 12)}})


@pytest.mark.parametrize(("how_often", "said"), [
    ("Twice a day", "Twice a day"),
    ("Do it 2 times a day, morning and night", "2 times a day"),
    ("four times each day", "four times each day"),
    ("Three times per day", "Three times per day"),
    ("Once a day", None),
    ("Once or twice a day", None),
    ("Twice a week", None),
    ("Every day, twice if you like", None),
    ("10 times a day", "10 times a day"),
    ("1 time a day", None),
])
def test_more_than_one_session_a_day_is_warned(how_often: str, said: str | None) -> None:
    catalogue, problems = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None, problems
    routine = dataclasses.replace(catalogue.routines["short-set"], how_often=how_often)
    expected = [] if said is None else [
        f"{SOURCE}:5:12: W313 field 'how_often': {said!r} is more often than the printed "
        "sheet's one tick box a day; say how often in days, or how to tick more than one "
        "session a day"]
    assert [str(p) for p in how_often_problems(routine, MARKS)] == expected
