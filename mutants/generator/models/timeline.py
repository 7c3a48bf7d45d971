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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_dose_phases__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dose_phases__mutmut)
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


def x_dose_phases__mutmut_orig(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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


def x_dose_phases__mutmut_1(dose: Dose, seconds_each: dict[str, int], exercise: int = 1) -> list[Phase]:
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


def x_dose_phases__mutmut_2(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = None
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


def x_dose_phases__mutmut_3(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(None, seconds_each.get(dose.mode, 0))
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


def x_dose_phases__mutmut_4(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, None)
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


def x_dose_phases__mutmut_5(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(seconds_each.get(dose.mode, 0))
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


def x_dose_phases__mutmut_6(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, )
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


def x_dose_phases__mutmut_7(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(None, 0))
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


def x_dose_phases__mutmut_8(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, None))
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


def x_dose_phases__mutmut_9(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(0))
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


def x_dose_phases__mutmut_10(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, ))
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


def x_dose_phases__mutmut_11(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 1))
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


def x_dose_phases__mutmut_12(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = None
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


def x_dose_phases__mutmut_13(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if (dose.per_side) and False else (0,)
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


def x_dose_phases__mutmut_14(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if (dose.per_side) or True else (0,)
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


def x_dose_phases__mutmut_15(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (2, 2) if dose.per_side else (0,)
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


def x_dose_phases__mutmut_16(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 3) if dose.per_side else (0,)
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


def x_dose_phases__mutmut_17(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (1,)
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


def x_dose_phases__mutmut_18(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = None
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_19(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side != 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_20(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 3:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_21(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(None)
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_22(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase(None, SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_23(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", None, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_24(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, None, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_25(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=None))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_26(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase(SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_27(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_28(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_29(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, ))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_30(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("XXswitchXX", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_31(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("SWITCH", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_32(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=3))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_33(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(None, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_34(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, None):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_35(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_36(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, ):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_37(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(2, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_38(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets - 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_39(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 2):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_40(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 or dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_41(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number >= 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_42(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 2 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_43(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(None)
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_44(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase(None, dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_45(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", None, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_46(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, None, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_47(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, None, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_48(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, None, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_49(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, None))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_50(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase(dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_51(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_52(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_53(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_54(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_55(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 1, dose.sets, ))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_56(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("XXrestXX", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_57(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("REST", dose.rest_s, exercise, number - 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_58(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number + 1, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_59(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
    """Gives the phases of one dose: every set (each side in turn), rests and the switch."""
    count, each = _pace(dose, seconds_each.get(dose.mode, 0))
    sides = (1, 2) if dose.per_side else (0,)
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase("switch", SWITCH_S, exercise, side=2))
        for number in range(1, dose.sets + 1):
            if number > 1 and dose.rest_s:
                phases.append(Phase("rest", dose.rest_s, exercise, number - 2, dose.sets, side))
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_60(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(None)
    return phases


def x_dose_phases__mutmut_61(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(None, count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_62(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, None,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_63(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                None, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_64(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, None, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_65(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, None, side, count, each))
    return phases


def x_dose_phases__mutmut_66(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, dose.sets, None, count, each))
    return phases


def x_dose_phases__mutmut_67(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, dose.sets, side, None, each))
    return phases


def x_dose_phases__mutmut_68(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, dose.sets, side, count, None))
    return phases


def x_dose_phases__mutmut_69(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(count * each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_70(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_71(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_72(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_73(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, side, count, each))
    return phases


def x_dose_phases__mutmut_74(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, dose.sets, count, each))
    return phases


def x_dose_phases__mutmut_75(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, dose.sets, side, each))
    return phases


def x_dose_phases__mutmut_76(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
                                exercise, number, dose.sets, side, count, ))
    return phases


def x_dose_phases__mutmut_77(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, count * each if (count) and False else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_78(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, count * each if (count) or True else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_79(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, count / each if count else dose.duration_s or 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_80(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s and 0,
                                exercise, number, dose.sets, side, count, each))
    return phases


def x_dose_phases__mutmut_81(dose: Dose, seconds_each: dict[str, int], exercise: int = 0) -> list[Phase]:
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
            phases.append(Phase(dose.mode, count * each if count else dose.duration_s or 1,
                                exercise, number, dose.sets, side, count, each))
    return phases

mutants_x_dose_phases__mutmut['_mutmut_orig'] = x_dose_phases__mutmut_orig # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_1'] = x_dose_phases__mutmut_1 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_2'] = x_dose_phases__mutmut_2 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_3'] = x_dose_phases__mutmut_3 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_4'] = x_dose_phases__mutmut_4 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_5'] = x_dose_phases__mutmut_5 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_6'] = x_dose_phases__mutmut_6 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_7'] = x_dose_phases__mutmut_7 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_8'] = x_dose_phases__mutmut_8 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_9'] = x_dose_phases__mutmut_9 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_10'] = x_dose_phases__mutmut_10 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_11'] = x_dose_phases__mutmut_11 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_12'] = x_dose_phases__mutmut_12 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_13'] = x_dose_phases__mutmut_13 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_14'] = x_dose_phases__mutmut_14 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_15'] = x_dose_phases__mutmut_15 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_16'] = x_dose_phases__mutmut_16 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_17'] = x_dose_phases__mutmut_17 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_18'] = x_dose_phases__mutmut_18 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_19'] = x_dose_phases__mutmut_19 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_20'] = x_dose_phases__mutmut_20 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_21'] = x_dose_phases__mutmut_21 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_22'] = x_dose_phases__mutmut_22 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_23'] = x_dose_phases__mutmut_23 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_24'] = x_dose_phases__mutmut_24 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_25'] = x_dose_phases__mutmut_25 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_26'] = x_dose_phases__mutmut_26 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_27'] = x_dose_phases__mutmut_27 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_28'] = x_dose_phases__mutmut_28 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_29'] = x_dose_phases__mutmut_29 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_30'] = x_dose_phases__mutmut_30 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_31'] = x_dose_phases__mutmut_31 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_32'] = x_dose_phases__mutmut_32 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_33'] = x_dose_phases__mutmut_33 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_34'] = x_dose_phases__mutmut_34 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_35'] = x_dose_phases__mutmut_35 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_36'] = x_dose_phases__mutmut_36 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_37'] = x_dose_phases__mutmut_37 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_38'] = x_dose_phases__mutmut_38 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_39'] = x_dose_phases__mutmut_39 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_40'] = x_dose_phases__mutmut_40 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_41'] = x_dose_phases__mutmut_41 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_42'] = x_dose_phases__mutmut_42 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_43'] = x_dose_phases__mutmut_43 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_44'] = x_dose_phases__mutmut_44 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_45'] = x_dose_phases__mutmut_45 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_46'] = x_dose_phases__mutmut_46 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_47'] = x_dose_phases__mutmut_47 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_48'] = x_dose_phases__mutmut_48 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_49'] = x_dose_phases__mutmut_49 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_50'] = x_dose_phases__mutmut_50 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_51'] = x_dose_phases__mutmut_51 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_52'] = x_dose_phases__mutmut_52 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_53'] = x_dose_phases__mutmut_53 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_54'] = x_dose_phases__mutmut_54 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_55'] = x_dose_phases__mutmut_55 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_56'] = x_dose_phases__mutmut_56 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_57'] = x_dose_phases__mutmut_57 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_58'] = x_dose_phases__mutmut_58 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_59'] = x_dose_phases__mutmut_59 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_60'] = x_dose_phases__mutmut_60 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_61'] = x_dose_phases__mutmut_61 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_62'] = x_dose_phases__mutmut_62 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_63'] = x_dose_phases__mutmut_63 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_64'] = x_dose_phases__mutmut_64 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_65'] = x_dose_phases__mutmut_65 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_66'] = x_dose_phases__mutmut_66 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_67'] = x_dose_phases__mutmut_67 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_68'] = x_dose_phases__mutmut_68 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_69'] = x_dose_phases__mutmut_69 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_70'] = x_dose_phases__mutmut_70 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_71'] = x_dose_phases__mutmut_71 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_72'] = x_dose_phases__mutmut_72 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_73'] = x_dose_phases__mutmut_73 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_74'] = x_dose_phases__mutmut_74 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_75'] = x_dose_phases__mutmut_75 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_76'] = x_dose_phases__mutmut_76 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_77'] = x_dose_phases__mutmut_77 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_78'] = x_dose_phases__mutmut_78 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_79'] = x_dose_phases__mutmut_79 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_80'] = x_dose_phases__mutmut_80 # type: ignore # mutmut generated
mutants_x_dose_phases__mutmut['x_dose_phases__mutmut_81'] = x_dose_phases__mutmut_81 # type: ignore # mutmut generated
mutants_x__pace__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pace__mutmut)
def _pace(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_orig(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_1(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode != "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_2(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "XXrepsXX":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_3(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "REPS":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_4(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps and 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_5(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 1, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_6(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s - (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_7(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s and 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_8(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 1)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_9(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode != "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_10(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "XXholdXX":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_11(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "HOLD":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_12(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps and 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_13(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 2, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_14(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s and 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_15(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 1
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_16(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode != "breaths":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_17(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "XXbreathsXX":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_18(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "BREATHS":
        return dose.breaths or 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_19(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths and 0, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_20(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 1, unit_s
    return 0, 0  # time: one countdown


def x__pace__mutmut_21(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 1, 0  # time: one countdown


def x__pace__mutmut_22(dose: Dose, unit_s: int) -> tuple[int, int]:
    """Gives (how many to count, seconds each) for a work phase of the dose's mode."""
    if dose.mode == "reps":
        return dose.reps or 0, unit_s + (dose.hold_s or 0)
    if dose.mode == "hold":
        return dose.reps or 1, dose.hold_s or 0
    if dose.mode == "breaths":
        return dose.breaths or 0, unit_s
    return 0, 1  # time: one countdown

mutants_x__pace__mutmut['_mutmut_orig'] = x__pace__mutmut_orig # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_1'] = x__pace__mutmut_1 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_2'] = x__pace__mutmut_2 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_3'] = x__pace__mutmut_3 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_4'] = x__pace__mutmut_4 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_5'] = x__pace__mutmut_5 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_6'] = x__pace__mutmut_6 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_7'] = x__pace__mutmut_7 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_8'] = x__pace__mutmut_8 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_9'] = x__pace__mutmut_9 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_10'] = x__pace__mutmut_10 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_11'] = x__pace__mutmut_11 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_12'] = x__pace__mutmut_12 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_13'] = x__pace__mutmut_13 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_14'] = x__pace__mutmut_14 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_15'] = x__pace__mutmut_15 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_16'] = x__pace__mutmut_16 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_17'] = x__pace__mutmut_17 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_18'] = x__pace__mutmut_18 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_19'] = x__pace__mutmut_19 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_20'] = x__pace__mutmut_20 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_21'] = x__pace__mutmut_21 # type: ignore # mutmut generated
mutants_x__pace__mutmut['x__pace__mutmut_22'] = x__pace__mutmut_22 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_routine_phases__mutmut)
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


def x_routine_phases__mutmut_orig(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_1(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_2(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = None
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_3(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase(None, READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_4(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", None, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_5(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, None)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_6(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase(READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_7(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_8(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, )]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_9(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("XXreadyXX", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_10(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("READY", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_11(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 1)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_12(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(None):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_13(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(None)
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_14(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase(None, CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_15(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", None, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_16(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, None))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_17(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase(CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_18(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_19(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, ))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_20(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("XXchangeXX", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_21(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("CHANGE", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_22(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases = dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_23(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases -= dose_phases(dose, seconds_each, index)
    return phases


def x_routine_phases__mutmut_24(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(None, seconds_each, index)
    return phases


def x_routine_phases__mutmut_25(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, None, index)
    return phases


def x_routine_phases__mutmut_26(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, None)
    return phases


def x_routine_phases__mutmut_27(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(seconds_each, index)
    return phases


def x_routine_phases__mutmut_28(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, index)
    return phases


def x_routine_phases__mutmut_29(doses: list[Dose], seconds_each: dict[str, int]) -> list[Phase]:
    """Gives a routine's whole timeline: get ready, each dose, a change-over between them."""
    if not doses:
        return []
    phases = [Phase("ready", READY_S, 0)]
    for index, dose in enumerate(doses):
        if index:
            phases.append(Phase("change", CHANGE_S, index))
        phases += dose_phases(dose, seconds_each, )
    return phases

mutants_x_routine_phases__mutmut['_mutmut_orig'] = x_routine_phases__mutmut_orig # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_1'] = x_routine_phases__mutmut_1 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_2'] = x_routine_phases__mutmut_2 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_3'] = x_routine_phases__mutmut_3 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_4'] = x_routine_phases__mutmut_4 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_5'] = x_routine_phases__mutmut_5 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_6'] = x_routine_phases__mutmut_6 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_7'] = x_routine_phases__mutmut_7 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_8'] = x_routine_phases__mutmut_8 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_9'] = x_routine_phases__mutmut_9 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_10'] = x_routine_phases__mutmut_10 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_11'] = x_routine_phases__mutmut_11 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_12'] = x_routine_phases__mutmut_12 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_13'] = x_routine_phases__mutmut_13 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_14'] = x_routine_phases__mutmut_14 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_15'] = x_routine_phases__mutmut_15 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_16'] = x_routine_phases__mutmut_16 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_17'] = x_routine_phases__mutmut_17 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_18'] = x_routine_phases__mutmut_18 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_19'] = x_routine_phases__mutmut_19 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_20'] = x_routine_phases__mutmut_20 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_21'] = x_routine_phases__mutmut_21 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_22'] = x_routine_phases__mutmut_22 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_23'] = x_routine_phases__mutmut_23 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_24'] = x_routine_phases__mutmut_24 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_25'] = x_routine_phases__mutmut_25 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_26'] = x_routine_phases__mutmut_26 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_27'] = x_routine_phases__mutmut_27 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_28'] = x_routine_phases__mutmut_28 # type: ignore # mutmut generated
mutants_x_routine_phases__mutmut['x_routine_phases__mutmut_29'] = x_routine_phases__mutmut_29 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_total_seconds__mutmut)
def total_seconds(phases: list[Phase]) -> int:
    """Gives how long a timeline takes."""
    return sum(phase.seconds for phase in phases)


def x_total_seconds__mutmut_orig(phases: list[Phase]) -> int:
    """Gives how long a timeline takes."""
    return sum(phase.seconds for phase in phases)


def x_total_seconds__mutmut_1(phases: list[Phase]) -> int:
    """Gives how long a timeline takes."""
    return sum(None)

mutants_x_total_seconds__mutmut['_mutmut_orig'] = x_total_seconds__mutmut_orig # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_1'] = x_total_seconds__mutmut_1 # type: ignore # mutmut generated
