from __future__ import annotations

import pytest

from generator.models.content import Dose, DoseChange
from generator.models.dosage import (
    apply_change,
    dose_seconds,
    dose_words,
    duration_words,
    routine_seconds,
)

EACH = {"reps": 3, "hold": 0, "time": 0, "breaths": 5}


@pytest.mark.parametrize(("dose", "words", "seconds"), [
    (Dose(mode="reps", sets=2, reps=10, hold_s=5, per_side=True),
     "2 × 10 per side, hold 5 s", 2 * 2 * 10 * 8 + 5),  # + switch sides
    (Dose(mode="reps", reps=8), "8 reps", 24),
    (Dose(mode="reps", reps=1), "1 rep", 3),
    (Dose(mode="reps", sets=3, reps=6, rest_s=30), "3 × 6; rest 30 s between sets",
     3 * 18 + 2 * 30),
    (Dose(mode="hold", hold_s=30, per_side=True), "Hold 30 s per side", 65),
    (Dose(mode="hold", hold_s=20, sets=3, rest_s=10), "Hold 20 s, 3 times; rest 10 s between sets",
     80),
    (Dose(mode="time", duration_s=90), "1 min 30 s", 90),
    (Dose(mode="time", duration_s=120, sets=2), "2 × 2 min", 240),
    (Dose(mode="breaths", breaths=5, per_side=True), "5 slow breaths per side", 55),
])
def test_dose_words_and_seconds(dose: Dose, words: str, seconds: int) -> None:
    assert dose_words(dose) == words
    assert dose_seconds(dose, EACH) == seconds


def test_duration_words() -> None:
    assert [duration_words(s) for s in (5, 60, 61, 600)] == ["5 s", "1 min", "1 min 1 s", "10 min"]


def test_apply_change_keeps_unset_fields() -> None:
    dose = Dose(mode="reps", sets=2, reps=10, hold_s=5)
    changed = apply_change(dose, DoseChange(reps=5))
    assert (changed.sets, changed.reps, changed.hold_s) == (2, 5, 5)
    assert apply_change(dose, None) is dose


def test_routine_seconds_adds_get_ready_and_moves_between_exercises() -> None:
    doses = [Dose(mode="time", duration_s=60), Dose(mode="time", duration_s=30)]
    assert routine_seconds(doses, EACH) == 5 + 60 + 10 + 30
    assert routine_seconds([], EACH) == 0
