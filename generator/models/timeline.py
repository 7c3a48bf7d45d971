"""A dose and a routine as a timeline of phases: what the player counts, and what pages add up.

Every time the guide states (an exercise's "about 1 min", a routine's total) is the sum of
these phases, so a reader who follows the player hands-free finishes when the page says.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models.content import Dose

READY_S = 5
"""The countdown before the first exercise: time to read its name and take the position."""
SWITCH_S = 5
"""The moment to change sides in a dose done on each side."""
CHANGE_S = 10
"""Time allowed in a routine to move from one exercise to the next."""

WORK_KINDS = ("reps", "hold", "time", "breaths")
"""Phases in which the reader does the exercise: one per dose mode."""


@dataclass(frozen=True)
class Phase:
    """One stretch of a timeline: a set of work, a rest, a switch of sides or a change-over."""

    kind: str
    """'ready', 'change' (to the next exercise), 'rest' (between sets), 'switch' (sides), or
    one of WORK_KINDS (the dose's mode)."""
    seconds: int
    """How long the phase lasts."""
    exercise: int = 0
    """The index of the exercise it belongs to (for 'ready' and 'change': the one coming)."""
    set: int = 0
    """The set, from 1 (0 outside work and rest)."""
    sets: int = 0
    """How many sets the dose has."""
    side: int = 0
    """1 or 2 for a dose done on each side, 0 otherwise."""
    count: int = 0
    """Reps, holds or breaths to pace in a work phase (0 for time)."""
    each_s: int = 0
    """Seconds each rep, hold or breath takes in a work phase."""


def dose_phases(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def _pace(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def routine_phases(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def total_seconds(phases: list[Phase]) -> int:
    """Gives how long a timeline takes."""
    return sum(phase.seconds for phase in phases)
