"""Warnings a careful reviewer would raise: step length and count, holds, duplicates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.marks import Marks
from generator.errors import Problem
from generator.models.content import Catalogue, Exercise

SENTENCE_END = re.compile(r"[.!?](\s|$)")
STEPS_RANGE = (3, 8)


def review_exercise(exercise: Exercise, catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives the warnings a careful reviewer would raise about one exercise."""
    source = exercise.source
    low, high = STEPS_RANGE
    if not low <= len(exercise.steps) <= high:
        yield marks.problem(source, "steps", "W305", f"field 'steps': has {len(exercise.steps)} "
                            f"steps; write {low} to {high}, one action each")
    for number, step in enumerate(exercise.steps, start=1):
        sentences = len(SENTENCE_END.findall(step.strip()))
        if sentences > 2:
            yield marks.problem(source, f"steps[{number}]", "W303", f"field 'steps[{number}]': "
                                f"has {sentences} sentences; keep a step to one action in at "
                                "most two sentences")
    level = catalogue.taxonomy["levels"][exercise.level]
    max_hold = level.extra.get("max_hold_s")
    if exercise.dose.hold_s and max_hold and exercise.dose.hold_s > max_hold:
        yield marks.problem(source, "dose.hold_s", "W302", f"field 'dose.hold_s': "
                            f"{exercise.dose.hold_s} s is longer than a {exercise.level} "
                            f"exercise should hold; use at most {max_hold} s")
    if exercise.harder and not exercise.progress_when:
        yield marks.problem(source, "harder", "W304", "field 'harder': add 'progress_when' to "
                            "say when a reader is ready for the harder versions")


def likely_duplicates(catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a warning when two exercises share a name or alias (case, punctuation, order aside)."""
    owner: dict[str, Exercise] = {}
    for exercise in catalogue.exercises.values():
        for name in dict.fromkeys((exercise.name, *exercise.aliases)):
            key = " ".join(sorted(re.findall(r"[a-z0-9]+", name.lower())))
            other = owner.setdefault(key, exercise)
            if other is not exercise:
                yield marks.problem(exercise.source, "name", "W301", f"{name!r} matches a name "
                                    f"of {other.id!r} ({other.source}); is this a duplicate? "
                                    "Merge them or rename one")
