"""Dose arithmetic and wording: how long a dose takes and how it reads."""

from __future__ import annotations

import dataclasses

from generator.models.content import Dose, DoseChange
from generator.models.timeline import dose_phases, routine_phases, total_seconds

MODE_NEEDS = {"reps": "reps", "hold": "hold_s", "time": "duration_s", "breaths": "breaths"}
"""The dose field each mode cannot do without."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_apply_change__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply_change__mutmut)
def apply_change(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_orig(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_1(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is not None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_2(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = None
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_3(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(None, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_4(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, None) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_5(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_6(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, ) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_7(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(None)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_8(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(None, f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_9(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, None) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_10(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(f.name) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_11(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, ) is not None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_12(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is None}
    return dataclasses.replace(dose, **updates)


def x_apply_change__mutmut_13(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(None, **updates)


def x_apply_change__mutmut_14(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(**updates)


def x_apply_change__mutmut_15(dose: Dose, change: DoseChange | None) -> Dose:
    """Gives the dose with a routine's changes laid over it."""
    if change is None:
        return dose
    updates = {f.name: getattr(change, f.name) for f in dataclasses.fields(change)
               if getattr(change, f.name) is not None}
    return dataclasses.replace(dose, )

mutants_x_apply_change__mutmut['_mutmut_orig'] = x_apply_change__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_1'] = x_apply_change__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_2'] = x_apply_change__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_3'] = x_apply_change__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_4'] = x_apply_change__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_5'] = x_apply_change__mutmut_5 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_6'] = x_apply_change__mutmut_6 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_7'] = x_apply_change__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_8'] = x_apply_change__mutmut_8 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_9'] = x_apply_change__mutmut_9 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_10'] = x_apply_change__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_11'] = x_apply_change__mutmut_11 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_12'] = x_apply_change__mutmut_12 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_13'] = x_apply_change__mutmut_13 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_14'] = x_apply_change__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_change__mutmut['x_apply_change__mutmut_15'] = x_apply_change__mutmut_15 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dose_problem__mutmut)
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


def x_dose_problem__mutmut_orig(dose: Dose, label: str) -> tuple[str, str, str] | None:
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


def x_dose_problem__mutmut_1(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_2(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "XXE214XX", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_3(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "e214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_4(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(None)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_5(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {'XX, XX'.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_6(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = None
    if getattr(dose, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_7(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(None, needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_8(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, None) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_9(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(needed) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_10(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, ) is None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_11(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is not None:
        return label, "E206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_12(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "XXE206XX", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None


def x_dose_problem__mutmut_13(dose: Dose, label: str) -> tuple[str, str, str] | None:
    """Gives (field label, code, message) when the dose at label cannot be timed, or None.

    A mode the timeline does not know (one added to taxonomy.yml) would give the player a
    phase it cannot count, so it is refused here rather than published.
    """
    if dose.mode not in MODE_NEEDS:
        return (f"{label}.mode", "E214", f"field '{label}.mode': mode {dose.mode!r} has no "
                f"timeline the guide can count; use one of: {', '.join(MODE_NEEDS)}")
    needed = MODE_NEEDS[dose.mode]
    if getattr(dose, needed) is None:
        return label, "e206", f"field '{label}': mode {dose.mode!r} needs {needed!r}"
    return None

mutants_x_dose_problem__mutmut['_mutmut_orig'] = x_dose_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_1'] = x_dose_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_2'] = x_dose_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_3'] = x_dose_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_4'] = x_dose_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_5'] = x_dose_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_6'] = x_dose_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_7'] = x_dose_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_8'] = x_dose_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_9'] = x_dose_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_10'] = x_dose_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_11'] = x_dose_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_12'] = x_dose_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x_dose_problem__mutmut['x_dose_problem__mutmut_13'] = x_dose_problem__mutmut_13 # type: ignore # mutmut generated
mutants_x_dose_seconds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dose_seconds__mutmut)
def dose_seconds(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(dose, seconds_each))


def x_dose_seconds__mutmut_orig(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(dose, seconds_each))


def x_dose_seconds__mutmut_1(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(None)


def x_dose_seconds__mutmut_2(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(None, seconds_each))


def x_dose_seconds__mutmut_3(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(dose, None))


def x_dose_seconds__mutmut_4(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(seconds_each))


def x_dose_seconds__mutmut_5(dose: Dose, seconds_each: dict[str, int]) -> int:
    """Gives how long a dose takes, in whole seconds: its timeline's sets, rests and switch.

    seconds_each maps a dose mode to the seconds one rep or breath takes before any hold.
    """
    return total_seconds(dose_phases(dose, ))

mutants_x_dose_seconds__mutmut['_mutmut_orig'] = x_dose_seconds__mutmut_orig # type: ignore # mutmut generated
mutants_x_dose_seconds__mutmut['x_dose_seconds__mutmut_1'] = x_dose_seconds__mutmut_1 # type: ignore # mutmut generated
mutants_x_dose_seconds__mutmut['x_dose_seconds__mutmut_2'] = x_dose_seconds__mutmut_2 # type: ignore # mutmut generated
mutants_x_dose_seconds__mutmut['x_dose_seconds__mutmut_3'] = x_dose_seconds__mutmut_3 # type: ignore # mutmut generated
mutants_x_dose_seconds__mutmut['x_dose_seconds__mutmut_4'] = x_dose_seconds__mutmut_4 # type: ignore # mutmut generated
mutants_x_dose_seconds__mutmut['x_dose_seconds__mutmut_5'] = x_dose_seconds__mutmut_5 # type: ignore # mutmut generated
mutants_x_routine_seconds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_routine_seconds__mutmut)
def routine_seconds(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(doses, seconds_each))


def x_routine_seconds__mutmut_orig(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(doses, seconds_each))


def x_routine_seconds__mutmut_1(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(None)


def x_routine_seconds__mutmut_2(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(None, seconds_each))


def x_routine_seconds__mutmut_3(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(doses, None))


def x_routine_seconds__mutmut_4(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(seconds_each))


def x_routine_seconds__mutmut_5(doses: list[Dose], seconds_each: dict[str, int]) -> int:
    """Gives a routine's total time: its timeline from get ready to the last set."""
    return total_seconds(routine_phases(doses, ))

mutants_x_routine_seconds__mutmut['_mutmut_orig'] = x_routine_seconds__mutmut_orig # type: ignore # mutmut generated
mutants_x_routine_seconds__mutmut['x_routine_seconds__mutmut_1'] = x_routine_seconds__mutmut_1 # type: ignore # mutmut generated
mutants_x_routine_seconds__mutmut['x_routine_seconds__mutmut_2'] = x_routine_seconds__mutmut_2 # type: ignore # mutmut generated
mutants_x_routine_seconds__mutmut['x_routine_seconds__mutmut_3'] = x_routine_seconds__mutmut_3 # type: ignore # mutmut generated
mutants_x_routine_seconds__mutmut['x_routine_seconds__mutmut_4'] = x_routine_seconds__mutmut_4 # type: ignore # mutmut generated
mutants_x_routine_seconds__mutmut['x_routine_seconds__mutmut_5'] = x_routine_seconds__mutmut_5 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_duration_words__mutmut)
def duration_words(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_orig(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_1(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = None
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_2(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(None, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_3(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, None)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_4(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_5(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, )
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_6(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 61)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_7(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def x_duration_words__mutmut_8(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" - (f" {rest} s" if rest else "")


def x_duration_words__mutmut_9(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if (rest) and False else "")


def x_duration_words__mutmut_10(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if (rest) or True else "")


def x_duration_words__mutmut_11(seconds: int) -> str:
    """Gives a duration as a reader says it: "45 s", "2 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "XXXX")

mutants_x_duration_words__mutmut['_mutmut_orig'] = x_duration_words__mutmut_orig # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_1'] = x_duration_words__mutmut_1 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_2'] = x_duration_words__mutmut_2 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_3'] = x_duration_words__mutmut_3 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_4'] = x_duration_words__mutmut_4 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_5'] = x_duration_words__mutmut_5 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_6'] = x_duration_words__mutmut_6 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_7'] = x_duration_words__mutmut_7 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_8'] = x_duration_words__mutmut_8 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_9'] = x_duration_words__mutmut_9 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_10'] = x_duration_words__mutmut_10 # type: ignore # mutmut generated
mutants_x_duration_words__mutmut['x_duration_words__mutmut_11'] = x_duration_words__mutmut_11 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dose_words__mutmut)
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


def x_dose_words__mutmut_orig(dose: Dose) -> str:
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


def x_dose_words__mutmut_1(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = None
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


def x_dose_words__mutmut_2(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if (dose.per_side) and False else ""
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


def x_dose_words__mutmut_3(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if (dose.per_side) or True else ""
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


def x_dose_words__mutmut_4(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = "XX per sideXX" if dose.per_side else ""
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


def x_dose_words__mutmut_5(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " PER SIDE" if dose.per_side else ""
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


def x_dose_words__mutmut_6(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else "XXXX"
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


def x_dose_words__mutmut_7(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = None
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


def x_dose_words__mutmut_8(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if (dose.sets > 1) and False else ""
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


def x_dose_words__mutmut_9(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if (dose.sets > 1) or True else ""
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


def x_dose_words__mutmut_10(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets >= 1 else ""
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


def x_dose_words__mutmut_11(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 2 else ""
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


def x_dose_words__mutmut_12(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else "XXXX"
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


def x_dose_words__mutmut_13(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode != "reps":
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


def x_dose_words__mutmut_14(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "XXrepsXX":
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


def x_dose_words__mutmut_15(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "REPS":
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


def x_dose_words__mutmut_16(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = None
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


def x_dose_words__mutmut_17(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if (sets) and False else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
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


def x_dose_words__mutmut_18(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if (sets) or True else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
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


def x_dose_words__mutmut_19(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if (dose.reps == 1) and False else 'reps'}"
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


def x_dose_words__mutmut_20(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if (dose.reps == 1) or True else 'reps'}"
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


def x_dose_words__mutmut_21(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'XXrepXX' if dose.reps == 1 else 'reps'}"
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


def x_dose_words__mutmut_22(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'REP' if dose.reps == 1 else 'reps'}"
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


def x_dose_words__mutmut_23(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps != 1 else 'reps'}"
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


def x_dose_words__mutmut_24(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 2 else 'reps'}"
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


def x_dose_words__mutmut_25(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'XXrepsXX'}"
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


def x_dose_words__mutmut_26(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'REPS'}"
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


def x_dose_words__mutmut_27(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = None
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


def x_dose_words__mutmut_28(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words = f", hold {duration_words(dose.hold_s)}"
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


def x_dose_words__mutmut_29(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words -= f", hold {duration_words(dose.hold_s)}"
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


def x_dose_words__mutmut_30(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(None)}"
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


def x_dose_words__mutmut_31(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode != "hold":
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


def x_dose_words__mutmut_32(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode == "XXholdXX":
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


def x_dose_words__mutmut_33(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode == "HOLD":
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


def x_dose_words__mutmut_34(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode == "hold":
        holds = None
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


def x_dose_words__mutmut_35(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode == "hold":
        holds = dose.reps and 1
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


def x_dose_words__mutmut_36(dose: Dose) -> str:
    """Gives the dose in words, for example "2 × 10 per side, hold 5 s"."""
    side = " per side" if dose.per_side else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.mode == "reps":
        count = f"{dose.reps}" if sets else f"{dose.reps} {'rep' if dose.reps == 1 else 'reps'}"
        words = f"{sets}{count}{side}"
        if dose.hold_s:
            words += f", hold {duration_words(dose.hold_s)}"
    elif dose.mode == "hold":
        holds = dose.reps or 2
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


def x_dose_words__mutmut_37(dose: Dose) -> str:
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
        words = None
        if holds * dose.sets > 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_38(dose: Dose) -> str:
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
        words = f"Hold {duration_words(None)}{side}"
        if holds * dose.sets > 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_39(dose: Dose) -> str:
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
        words = f"Hold {duration_words(dose.hold_s and 0)}{side}"
        if holds * dose.sets > 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_40(dose: Dose) -> str:
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
        words = f"Hold {duration_words(dose.hold_s or 1)}{side}"
        if holds * dose.sets > 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_41(dose: Dose) -> str:
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
        if holds / dose.sets > 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_42(dose: Dose) -> str:
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
        if holds * dose.sets >= 1:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_43(dose: Dose) -> str:
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
        if holds * dose.sets > 2:
            words += f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_44(dose: Dose) -> str:
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
            words = f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_45(dose: Dose) -> str:
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
            words -= f", {holds * dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_46(dose: Dose) -> str:
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
            words += f", {holds / dose.sets} times"
    elif dose.mode == "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_47(dose: Dose) -> str:
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
    elif dose.mode != "time":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_48(dose: Dose) -> str:
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
    elif dose.mode == "XXtimeXX":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_49(dose: Dose) -> str:
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
    elif dose.mode == "TIME":
        words = f"{sets}{duration_words(dose.duration_s or 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_50(dose: Dose) -> str:
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
        words = None
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_51(dose: Dose) -> str:
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
        words = f"{sets}{duration_words(None)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_52(dose: Dose) -> str:
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
        words = f"{sets}{duration_words(dose.duration_s and 0)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_53(dose: Dose) -> str:
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
        words = f"{sets}{duration_words(dose.duration_s or 1)}{side}"
    else:
        words = f"{sets}{dose.breaths} slow breaths{side}"
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_54(dose: Dose) -> str:
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
        words = None
    if dose.sets > 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_55(dose: Dose) -> str:
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
    if dose.sets > 1 or dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_56(dose: Dose) -> str:
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
    if dose.sets >= 1 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_57(dose: Dose) -> str:
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
    if dose.sets > 2 and dose.rest_s:
        words += f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_58(dose: Dose) -> str:
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
        words = f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_59(dose: Dose) -> str:
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
        words -= f"; rest {duration_words(dose.rest_s)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_60(dose: Dose) -> str:
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
        words += f"; rest {duration_words(None)} between sets"
    return words[0].upper() + words[1:]


def x_dose_words__mutmut_61(dose: Dose) -> str:
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
    return words[0].upper() - words[1:]


def x_dose_words__mutmut_62(dose: Dose) -> str:
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
    return words[0].lower() + words[1:]


def x_dose_words__mutmut_63(dose: Dose) -> str:
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
    return words[1].upper() + words[1:]


def x_dose_words__mutmut_64(dose: Dose) -> str:
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
    return words[0].upper() + words[2:]

mutants_x_dose_words__mutmut['_mutmut_orig'] = x_dose_words__mutmut_orig # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_1'] = x_dose_words__mutmut_1 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_2'] = x_dose_words__mutmut_2 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_3'] = x_dose_words__mutmut_3 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_4'] = x_dose_words__mutmut_4 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_5'] = x_dose_words__mutmut_5 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_6'] = x_dose_words__mutmut_6 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_7'] = x_dose_words__mutmut_7 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_8'] = x_dose_words__mutmut_8 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_9'] = x_dose_words__mutmut_9 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_10'] = x_dose_words__mutmut_10 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_11'] = x_dose_words__mutmut_11 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_12'] = x_dose_words__mutmut_12 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_13'] = x_dose_words__mutmut_13 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_14'] = x_dose_words__mutmut_14 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_15'] = x_dose_words__mutmut_15 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_16'] = x_dose_words__mutmut_16 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_17'] = x_dose_words__mutmut_17 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_18'] = x_dose_words__mutmut_18 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_19'] = x_dose_words__mutmut_19 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_20'] = x_dose_words__mutmut_20 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_21'] = x_dose_words__mutmut_21 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_22'] = x_dose_words__mutmut_22 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_23'] = x_dose_words__mutmut_23 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_24'] = x_dose_words__mutmut_24 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_25'] = x_dose_words__mutmut_25 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_26'] = x_dose_words__mutmut_26 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_27'] = x_dose_words__mutmut_27 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_28'] = x_dose_words__mutmut_28 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_29'] = x_dose_words__mutmut_29 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_30'] = x_dose_words__mutmut_30 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_31'] = x_dose_words__mutmut_31 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_32'] = x_dose_words__mutmut_32 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_33'] = x_dose_words__mutmut_33 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_34'] = x_dose_words__mutmut_34 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_35'] = x_dose_words__mutmut_35 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_36'] = x_dose_words__mutmut_36 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_37'] = x_dose_words__mutmut_37 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_38'] = x_dose_words__mutmut_38 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_39'] = x_dose_words__mutmut_39 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_40'] = x_dose_words__mutmut_40 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_41'] = x_dose_words__mutmut_41 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_42'] = x_dose_words__mutmut_42 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_43'] = x_dose_words__mutmut_43 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_44'] = x_dose_words__mutmut_44 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_45'] = x_dose_words__mutmut_45 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_46'] = x_dose_words__mutmut_46 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_47'] = x_dose_words__mutmut_47 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_48'] = x_dose_words__mutmut_48 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_49'] = x_dose_words__mutmut_49 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_50'] = x_dose_words__mutmut_50 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_51'] = x_dose_words__mutmut_51 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_52'] = x_dose_words__mutmut_52 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_53'] = x_dose_words__mutmut_53 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_54'] = x_dose_words__mutmut_54 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_55'] = x_dose_words__mutmut_55 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_56'] = x_dose_words__mutmut_56 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_57'] = x_dose_words__mutmut_57 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_58'] = x_dose_words__mutmut_58 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_59'] = x_dose_words__mutmut_59 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_60'] = x_dose_words__mutmut_60 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_61'] = x_dose_words__mutmut_61 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_62'] = x_dose_words__mutmut_62 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_63'] = x_dose_words__mutmut_63 # type: ignore # mutmut generated
mutants_x_dose_words__mutmut['x_dose_words__mutmut_64'] = x_dose_words__mutmut_64 # type: ignore # mutmut generated
