"""The guide's data: frozen dataclasses that the validator fills and the templates read.

Field metadata drives validation and the JSON Schema, so each field is described once:
``doc`` (what goes there), ``vocab`` (a taxonomy vocabulary), ``minimum``/``maximum``,
``min_items``, ``example`` and ``ref`` (the value names an exercise id).
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from dataclasses import MISSING, dataclass, field
from functools import cache
from typing import Any

from generator.models.ids import ID_PATTERN


def spec(doc: str, default: Any = MISSING, **meta: Any) -> Any:
    """Gives a dataclass field whose metadata documents and constrains it."""
    kwargs: dict[str, Any] = {"metadata": {"doc": doc, **meta}}
    if isinstance(default, tuple):
        kwargs["default_factory"] = lambda: default
    elif default is not MISSING:
        kwargs["default"] = default
    return field(**kwargs)


@dataclass(frozen=True, kw_only=True)
class Dose:
    """How much of an exercise to do."""

    mode: str = spec("How the dose is counted: reps, hold, time or breaths.",
                     vocab="dose_modes", example="reps")
    sets: int = spec("How many rounds to do.", 1, minimum=1, maximum=10, example=2)
    reps: int | None = spec("Repetitions per set (for hold: how many holds).", None,
                            minimum=1, maximum=50, example=10)
    hold_s: int | None = spec("Seconds to hold: the pause in each rep, or the whole hold.", None,
                              minimum=1, maximum=180, example=5)
    duration_s: int | None = spec("Seconds of continuous movement (time mode).", None,
                                  minimum=5, maximum=600, example=60)
    breaths: int | None = spec("Slow breaths to stay for (breaths mode).", None,
                               minimum=1, maximum=30, example=5)
    rest_s: int = spec("Seconds of rest between sets.", 0, minimum=0, maximum=300, example=20)
    per_side: bool = spec("True when the dose is done on each side.", False, example=True)


@dataclass(frozen=True, kw_only=True)
class DoseChange:
    """A routine's change to an exercise's default dose; unset fields keep the default."""

    mode: str | None = spec(Dose.__dataclass_fields__["mode"].metadata["doc"], None,
                            vocab="dose_modes", example="hold")
    sets: int | None = spec("How many rounds to do.", None, minimum=1, maximum=10, example=1)
    reps: int | None = spec("Repetitions per set (for hold: how many holds).", None,
                            minimum=1, maximum=50, example=5)
    hold_s: int | None = spec("Seconds to hold.", None, minimum=1, maximum=180, example=20)
    duration_s: int | None = spec("Seconds of continuous movement.", None,
                                  minimum=5, maximum=600, example=30)
    breaths: int | None = spec("Slow breaths to stay for.", None, minimum=1, maximum=30,
                               example=5)
    rest_s: int | None = spec("Seconds of rest between sets.", None, minimum=0, maximum=300,
                              example=0)
    per_side: bool | None = spec("True when the dose is done on each side.", None)


@dataclass(frozen=True, kw_only=True)
class Modification:
    """A way to change an exercise for a group of people."""

    who: str = spec("Who should change the exercise.", example="People with sore wrists")
    how: str = spec("What they should do instead.", example="Rest on your fists.")


@dataclass(frozen=True, kw_only=True)
class Reference:
    """A public source a reader can check."""

    title: str = spec("The source's title and publisher.", example="NHS, Exercises for back pain")
    url: str = spec("The https address of the source.", pattern=r"^https://\S+$",
                    example="https://www.nhs.uk/")


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """One exercise, read from content/exercises/<id>.yml."""

    id: str = spec("The file name without .yml.", derived=True)
    source: str = spec("The file it was read from, relative to the project root.", derived=True)
    name: str = spec("The exercise's usual name.", example="Wall Angel")
    aliases: tuple[str, ...] = spec("Other names people search for.", (), example=["T-spine"])
    summary: str = spec("One sentence: what it is and what it does.")
    regions: tuple[str, ...] = spec("Body regions it works.", vocab="regions", min_items=1)
    movements: tuple[str, ...] = spec("Movements it uses.", vocab="movements", min_items=1)
    position: str = spec("The body position it starts in.", vocab="positions")
    equipment: tuple[str, ...] = spec("What you need: a chair to sit on, a mat for the floor, "
                                      "a wall, a band...; [] for none.",
                                      vocab="equipment")
    level: str = spec("Who it suits.", vocab="levels")
    kind: str = spec("What sort of exercise it is.", vocab="kinds")
    dose: Dose = spec("The default dose.")
    setup: str = spec("How to get into the starting position.")
    steps: tuple[str, ...] = spec("Numbered steps, one action each.", min_items=1)
    cues: tuple[str, ...] = spec("Short reminders that help while moving.", min_items=1)
    mistakes: tuple[str, ...] = spec("Common mistakes and how to avoid them.", min_items=1)
    breathing: str = spec("How to breathe during the exercise.")
    feel: str = spec("What you should feel, and where.")
    stop_if: tuple[str, ...] = spec("Signs to stop at once.", min_items=1)
    avoid_if: tuple[str, ...] = spec("Who should skip this exercise.", min_items=1)
    modify: tuple[Modification, ...] = spec("Who should change it, and how.", min_items=1)
    easier: tuple[str, ...] = spec("Ids of easier versions.", (), ref=True)
    harder: tuple[str, ...] = spec("Ids of harder versions.", (), ref=True)
    progress_when: str | None = spec("When you are ready for the harder versions.", None)
    references: tuple[Reference, ...] = spec("Public sources.", ())
    figure: Any = spec("The drawn illustration: poses as data.", None, reader="figure")
    image: Any = spec("An image file used instead of a drawn figure.", None, reader="image")


@dataclass(frozen=True, kw_only=True)
class Limits:
    """Promises a routine makes, checked against what it computes."""

    max_time_s: int | None = spec("The longest the routine may take, in seconds.", None,
                                  minimum=30, maximum=7200, example=300)
    positions: tuple[str, ...] | None = spec("The only positions it may use.", None,
                                             vocab="positions", example=["standing", "seated"])
    equipment: tuple[str, ...] | None = spec("The only equipment it may use; [] for none.", None,
                                             vocab="equipment", example=[])


@dataclass(frozen=True, kw_only=True)
class RoutineItem:
    """One exercise in a routine, as written in YAML."""

    exercise: str = spec("The exercise's id.", ref=True, example="cat-cow")
    dose: DoseChange | None = spec("Changes to the exercise's default dose.", None)
    note: str | None = spec("A note for this step of the routine.", None)


@dataclass(frozen=True, kw_only=True)
class Section:
    """A named part of a routine, such as a warm-up."""

    title: str = spec("The section's title.", example="Warm-up")
    items: tuple[RoutineItem, ...] = spec("The exercises, in order.", min_items=1)


@dataclass(frozen=True, kw_only=True)
class Routine:
    """A sequence of exercises, read from content/routines/<id>.yml."""

    id: str = spec("The file name without .yml.", derived=True)
    source: str = spec("The file it was read from, relative to the project root.", derived=True)
    name: str = spec("The routine's name.", example="Desk Break")
    summary: str = spec("One sentence: what it is for.")
    goal: str = spec("What the routine aims to do for you.")
    level: str = spec("Who it suits.", vocab="levels")
    how_often: str = spec("How often to do it.", example="Once or twice a day")
    notes: tuple[str, ...] = spec("Notes for the reader.", ())
    limits: Limits | None = spec("Promises the validator checks.", None)
    items: tuple[RoutineItem, ...] | None = spec("The exercises in order (or use sections).", None,
                                                 min_items=1)
    sections: tuple[Section, ...] | None = spec("Named parts, each with items.", None,
                                                min_items=1)


@dataclass(frozen=True, kw_only=True)
class GlossaryTerm:
    """A word the guide explains."""

    id: str = spec("Anchor id on the glossary page.", pattern=ID_PATTERN.pattern)
    term: str = spec("The word or phrase as a heading.")
    definition: str = spec("A plain-words definition.")
    matches: tuple[str, ...] = spec("Lower-case phrases on exercise pages that link here.", ())


@dataclass(frozen=True, kw_only=True)
class Glossary:
    """content/glossary.yml."""

    terms: tuple[GlossaryTerm, ...] = spec("The glossary's entries.", ())


@dataclass(frozen=True, kw_only=True)
class VocabularyValue:
    """One value of a controlled vocabulary."""

    id: str
    """The value as written in content."""
    label: str
    """The human label shown on pages."""
    description: str
    """A short description."""
    extra: dict[str, Any]
    """Other facts about the value (a position's floor, a level's rank and max hold, the
    words that name a piece of equipment)."""


Taxonomy = dict[str, dict[str, VocabularyValue]]
"""Vocabulary name -> value id -> value: what content/taxonomy.yml defines."""


@dataclass(frozen=True, kw_only=True)
class Catalogue:
    """Everything the guide is made of, validated."""

    taxonomy: Taxonomy
    """Vocabulary name -> value id -> value."""
    exercises: dict[str, Exercise]
    """Exercise id -> exercise, sorted by id."""
    routines: dict[str, Routine]
    """Routine id -> routine, sorted by id."""
    glossary: Glossary
    """The glossary terms."""


@cache
def model_fields(cls: type) -> dict[str, tuple[Any, dict[str, Any], bool]]:
    """Gives field name -> (type, metadata, required) for the fields content may set."""
    hints = typing.get_type_hints(cls)
    result = {}
    for f in dataclasses.fields(cls):
        if f.metadata.get("derived"):
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        result[f.name] = (hints[f.name], dict(f.metadata), required)
    return result


def routine_items(routine: Routine) -> Iterator[tuple[str, RoutineItem]]:
    """Gives (field label, item) for every item of a routine, in order."""
    for number, item in enumerate(routine.items or (), start=1):
        yield f"items[{number}]", item
    for s_number, section in enumerate(routine.sections or (), start=1):
        for number, item in enumerate(section.items, start=1):
            yield f"sections[{s_number}].items[{number}]", item
