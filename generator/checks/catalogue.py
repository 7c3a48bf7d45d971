"""Checks that span files: references, progression chains, routine promises, review warnings.

Each check lives in the module named for it (progressions, review, figures); this one runs them
all and holds the reference and routine checks.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass
from typing import Any

from generator.checks.figures import figure_warnings
from generator.checks.marks import Marks
from generator.checks.needs import routine_needs, setup_needs
from generator.checks.progressions import lonely_exercises, loops, step_problems
from generator.checks.promises import caution_problems, how_often_problems
from generator.checks.review import likely_duplicates, review_exercise
from generator.errors import Problem, suggest
from generator.models.content import (
    Catalogue,
    Dose,
    Exercise,
    Routine,
    routine_items,
)
from generator.models.dosage import apply_change, dose_problem, duration_words, routine_seconds
from generator.models.ids import LINK_PATTERN

_ARTICLE = {"easier": "an", "harder": "a"}


MAX_ROUTINE_ITEMS = 30
"""The most exercises one routine may hold: what one printed page and one session take."""


def check_catalogue(catalogue: Catalogue, marks: Marks,
                    unreadable: frozenset[str] = frozenset(),
                    glossary_source: str = "content/glossary.yml") -> list[Problem]:
    """Gives every cross-file problem and review warning in the catalogue.

    unreadable holds the ids of exercise files that had errors of their own: naming them is
    not reported again. glossary_source is the glossary's path as messages show it.
    """
    problems: list[Problem] = []
    for exercise in catalogue.exercises.values():
        problems += _exercise_problems(exercise, catalogue, marks, unreadable)
    problems += loops(catalogue, marks)
    problems += step_problems(catalogue, marks)
    problems += lonely_exercises(catalogue, marks)
    problems += likely_duplicates(catalogue, marks)
    for routine in catalogue.routines.values():
        problems += _routine_problems(routine, catalogue, marks, unreadable)
        problems += routine_needs(routine, catalogue, marks)
        problems += caution_problems(routine, catalogue, marks)
        problems += how_often_problems(routine, marks)
    definitions = [(f"terms[{number}].definition", term.definition)
                   for number, term in enumerate(catalogue.glossary.terms, 1)]
    problems += _link_problems(glossary_source, definitions, catalogue, marks, unreadable)
    return problems


def named_ids(catalogue: Catalogue, source: str) -> set[str]:
    """Gives the ids of the exercises that the file at source names."""
    names: set[str] = set()
    items: list[Exercise | Routine] = [*catalogue.exercises.values(),
                                       *catalogue.routines.values()]
    for item in items:
        if item.source == source:
            names |= _references(item)
    return names


def _references(item: Exercise | Routine) -> set[str]:
    if isinstance(item, Routine):
        return {entry.exercise for _, entry in routine_items(item)}
    linked = {m.group(2) for _, text in text_fields(item) for m in LINK_PATTERN.finditer(text)}
    return set(item.easier) | set(item.harder) | linked


def text_fields(obj: Any, label: str = "") -> Iterator[tuple[str, str]]:
    """Gives (field label, text) for every free-text field of a model, nested ones too."""
    model: type = type(obj)
    for name in _text_field_names(model):
        value = getattr(obj, name)
        full = f"{label}.{name}" if label else name
        items = enumerate(value, 1) if isinstance(value, tuple) else [(0, value)]
        for number, item in items:
            where = f"{full}[{number}]" if number else full
            if isinstance(item, str):
                yield where, item
            elif is_dataclass(item) and not isinstance(item, type):
                yield from text_fields(item, where)


@functools.cache
def _text_field_names(cls: type) -> tuple[str, ...]:
    """Gives the names of a model's fields that hold free text or nested models."""
    skip = ("derived", "vocab", "ref", "reader")
    return tuple(f.name for f in fields(cls) if not any(f.metadata.get(k) for k in skip)
                 and f.name not in ("url", "id", "source"))


def _exercise_problems(exercise: Exercise, catalogue: Catalogue, marks: Marks,
                       unreadable: frozenset[str]) -> list[Problem]:
    found = [*_link_problems(exercise.source, text_fields(exercise), catalogue, marks,
                             unreadable),
             *review_exercise(exercise, catalogue, marks),
             *setup_needs(exercise, catalogue, marks),
             *figure_warnings(exercise, catalogue, marks)]
    problem = dose_problem(exercise.dose, "dose")
    if problem:
        found.append(marks.problem(exercise.source, *problem))
    ranks = {k: v.extra.get("rank", 0) for k, v in catalogue.taxonomy["levels"].items()}
    for direction in ("easier", "harder"):
        for number, other_id in enumerate(getattr(exercise, direction), start=1):
            label = f"{direction}[{number}]"
            other = catalogue.exercises.get(other_id)
            if other is None and other_id in unreadable:
                continue
            if other is None:
                found.append(marks.problem(exercise.source, label, "E203", f"field {label!r}: "
                             f"unknown exercise {other_id!r}"
                             f"{suggest(other_id, [*catalogue.exercises, *unreadable])}"))
                continue
            wrong = ranks[other.level] > ranks[exercise.level] if direction == "easier" else \
                ranks[other.level] < ranks[exercise.level]
            if wrong:
                found.append(marks.problem(exercise.source, label, "E205", f"field {label!r}: "
                             f"{other_id!r} is {other.level}, but this exercise is "
                             f"{exercise.level}; {_ARTICLE[direction]} {direction} version must "
                             f"not be {'harder' if direction == 'easier' else 'easier'} by level"))
            back = "easier" if direction == "harder" else "harder"
            if exercise.id not in getattr(other, back):
                found.append(marks.problem(exercise.source, label, "W306", f"field {label!r}: "
                             f"{other_id!r} does not list {exercise.id!r} in its {back!r}; "
                             "add it there so the link works both ways"))
    return found


def _link_problems(source: str, texts: Iterable[tuple[str, str]], catalogue: Catalogue,
                   marks: Marks, unreadable: frozenset[str]) -> Iterator[Problem]:
    """Gives E209 for each [label](exercise-id) link in texts (field label, text) to an
    exercise that does not exist."""
    for label, text in texts:
        if "](" not in text:
            continue
        for match in LINK_PATTERN.finditer(text):
            target = match.group(2)
            if target not in catalogue.exercises and target not in unreadable:
                yield marks.problem(source, label, "E209", f"field {label!r}: link "
                                    f"to unknown exercise {target!r}"
                                    f"{suggest(target, [*catalogue.exercises, *unreadable])}")


def _routine_problems(routine: Routine, catalogue: Catalogue, marks: Marks,
                      unreadable: frozenset[str]) -> list[Problem]:
    found = [*_link_problems(routine.source, text_fields(routine), catalogue, marks,
                             unreadable)]
    if (routine.items is None) == (routine.sections is None):
        found.append(marks.problem(routine.source, "", "E211", "a routine needs either "
                                   "'items' or 'sections' (not both)"))
    count = sum(1 for _ in routine_items(routine))
    if count > MAX_ROUTINE_ITEMS:  # nobody follows, or prints on one sheet, a longer list
        found.append(marks.problem(routine.source, "sections" if routine.sections else "items",
                                   "E213", f"the routine has {count} exercises; a routine holds "
                                   f"at most {MAX_ROUTINE_ITEMS} so it fits on one printed "
                                   "page: split it into two routines"))
    doses: list[tuple[str, Exercise, Dose]] = []
    for label, item in routine_items(routine):
        exercise = catalogue.exercises.get(item.exercise)
        if exercise is None and item.exercise in unreadable:
            continue
        if exercise is None:
            found.append(marks.problem(routine.source, f"{label}.exercise", "E203",
                         f"field '{label}.exercise': unknown exercise {item.exercise!r}"
                         f"{suggest(item.exercise, [*catalogue.exercises, *unreadable])}"))
            continue
        dose = apply_change(exercise.dose, item.dose)
        problem = dose_problem(dose, f"{label}.dose")
        if problem:
            found.append(marks.problem(routine.source, *problem))
            continue
        doses.append((label, exercise, dose))
    return found + list(_limit_problems(routine, doses, catalogue, marks))


def _limit_problems(routine: Routine, doses: list[tuple[str, Exercise, Dose]],
                    catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a problem for each promise in the routine's limits that its items break."""
    limits = routine.limits
    if limits is None:
        return
    seconds_each = {k: v.extra.get("seconds_each", 0)
                    for k, v in catalogue.taxonomy["dose_modes"].items()}
    total = routine_seconds([dose for _, _, dose in doses], seconds_each)
    if limits.max_time_s is not None and total > limits.max_time_s:
        yield marks.problem(routine.source, "limits.max_time_s", "E207", f"field "
                            f"'limits.max_time_s': the routine takes {duration_words(total)} "
                            f"({total} s), more than its limit of {limits.max_time_s} s; shorten "
                            "doses or drop an exercise")
    for label, exercise, _ in doses:
        if limits.positions is not None and exercise.position not in limits.positions:
            yield marks.problem(routine.source, f"{label}.exercise", "E207", f"field "
                                f"'{label}.exercise': {exercise.id!r} is done {exercise.position},"
                                f" which 'limits.positions' does not allow "
                                f"({', '.join(limits.positions) or 'none'})")
        extra = [e for e in exercise.equipment if limits.equipment is not None
                 and e not in limits.equipment]
        if extra:
            yield marks.problem(routine.source, f"{label}.exercise", "E207", f"field "
                                f"'{label}.exercise': {exercise.id!r} needs {', '.join(extra)}, "
                                f"which 'limits.equipment' does not allow "
                                f"({', '.join(limits.equipment or ()) or 'none'})")
