"""Dose arithmetic and wording: how long a dose takes and how it reads."""

from __future__ import annotations

import dataclasses

from generator.models.content import Dose, DoseChange

SECONDS_BETWEEN_EXERCISES = 10
"""Time allowed in a routine to move from one exercise to the next."""

MODE_NEEDS = {"reps": "reps", "hold": "hold_s", "time": "duration_s", "breaths": "breaths"}
"""The dose field each mode cannot do without."""


def apply_change(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def missing_for_mode(dose: Dose) -> str | None:
    """Gives the field the dose's mode needs but lacks, or None."""
    needed = MODE_NEEDS[dose.mode]
    return needed if getattr(dose, needed) is None else None


def dose_seconds(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds, sides and rests included.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    unit = seconds_each.get(dose.mode, 0)
    if dose.mode == "reps":
        one_set = (dose.reps or 0) * (unit + (dose.hold_s or 0))
    elif dose.mode == "hold":
        one_set = (dose.reps or 1) * (dose.hold_s or 0)
    elif dose.mode == "time":
        one_set = dose.duration_s or 0
    else:
        one_set = (dose.breaths or 0) * unit
    sides = 2 if dose.per_side else 1
    return sides * (dose.sets * one_set + (dose.sets - 1) * dose.rest_s)


def routine_seconds(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its doses plus the moves between exercises."""
    if not doses:
        return 0
    between = (len(doses) - 1) * SECONDS_BETWEEN_EXERCISES
    return sum(dose_seconds(d, seconds_each) for d in doses) + between


def duration_words(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def dose_words(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode == "hold":
        holds = dose.reps or 1
        words = f"Hold {duration_words(dose.hold_s or 0)}{side}"
        if holds * dose.sets > 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]
