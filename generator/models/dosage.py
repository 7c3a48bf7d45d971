"""Dose arithmetic and wording: how long a dose takes and how it reads."""

from __future__ import annotations

import dataclasses

from generator.models.content import Dose, DoseChange
from generator.models.timeline import dose_phases, routine_phases, total_seconds

MODE_NEEDS = {"reps": "reps", "hold": "hold_s", "time": "duration_s", "breaths": "breaths"}
"""The dose field each mode cannot do without."""


def apply_change(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def dose_problem(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def dose_seconds(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(dose, seconds_each))


def routine_seconds(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(doses, seconds_each))


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
