"""The timeline the player counts and the pages add up: phases of doses and routines."""

from __future__ import annotations

from generator.models.content import Dose
from generator.models.timeline import Phase, dose_phases, routine_phases, total_seconds

EACH = {"reps": 3, "hold": 0, "time": 0, "breaths": 5}


def test_reps_per_side_run_each_set_then_switch_then_the_other_side() -> None:
    dose = Dose(mode="reps", sets=2, reps=4, hold_s=2, rest_s=15, per_side=True)
    assert dose_phases(dose, EACH, exercise=3) == [
        Phase("reps", 20, 3, set=1, sets=2, side=1, count=4, each_s=5),
        Phase("rest", 15, 3, set=1, sets=2, side=1),
        Phase("reps", 20, 3, set=2, sets=2, side=1, count=4, each_s=5),
        Phase("switch", 5, 3, side=2),
        Phase("reps", 20, 3, set=1, sets=2, side=2, count=4, each_s=5),
        Phase("rest", 15, 3, set=1, sets=2, side=2),
        Phase("reps", 20, 3, set=2, sets=2, side=2, count=4, each_s=5),
    ]


def test_each_mode_is_paced_by_its_own_unit() -> None:
    assert dose_phases(Dose(mode="hold", reps=3, hold_s=20), EACH) == [
        Phase("hold", 60, 0, set=1, sets=1, count=3, each_s=20)]
    assert dose_phases(Dose(mode="hold", hold_s=30), EACH) == [
        Phase("hold", 30, 0, set=1, sets=1, count=1, each_s=30)]
    assert dose_phases(Dose(mode="breaths", breaths=6), EACH) == [
        Phase("breaths", 30, 0, set=1, sets=1, count=6, each_s=5)]
    assert dose_phases(Dose(mode="time", duration_s=45, sets=2), EACH) == [
        Phase("time", 45, 0, set=1, sets=2), Phase("time", 45, 0, set=2, sets=2)]


def test_sets_without_rest_follow_each_other_directly() -> None:
    kinds = [p.kind for p in dose_phases(Dose(mode="reps", sets=3, reps=5), EACH)]
    assert kinds == ["reps", "reps", "reps"]


def test_a_routine_starts_with_get_ready_and_changes_between_exercises() -> None:
    phases = routine_phases([Dose(mode="time", duration_s=60),
                             Dose(mode="breaths", breaths=2, per_side=True)], EACH)
    assert [(p.kind, p.seconds, p.exercise) for p in phases] == [
        ("ready", 5, 0), ("time", 60, 0), ("change", 10, 1), ("breaths", 10, 1),
        ("switch", 5, 1), ("breaths", 10, 1)]
    assert total_seconds(phases) == 100
    assert routine_phases([], EACH) == []
