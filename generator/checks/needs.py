"""What the text asks a reader to have at hand, against the equipment the exercises list.

A routine's "You need" is the equipment of its exercises, so a chair named in a note or a
towel named in a setup must be in some exercise's 'equipment' to be shown there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from generator.checks.marks import Marks
from generator.errors import Problem
from generator.models.content import Catalogue, Exercise, Routine, routine_items
from generator.models.ids import LINK_PATTERN


def setup_needs(exercise: Exercise, catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a warning for each piece of equipment the setup names but 'equipment' leaves out."""
    for value, word in _named(exercise.setup, catalogue):
        if value not in exercise.equipment:
            yield marks.problem(exercise.source, "setup", "W311", f"field 'setup': mentions "
                                f"{word!r}, but 'equipment' does not list {value!r}; add it so "
                                "the routines that use this exercise say you need it")


def routine_needs(routine: Routine, catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a warning for each piece of equipment a routine's notes name but none of its
    exercises lists, so its 'You need' would leave it out."""
    used = {e for _, item in routine_items(routine) if item.exercise in catalogue.exercises
            for e in catalogue.exercises[item.exercise].equipment}
    texts = [(f"notes[{n}]", note) for n, note in enumerate(routine.notes, start=1)]
    texts += [(f"{label}.note", item.note) for label, item in routine_items(routine)
              if item.note]
    for label, text in texts:
        for value, word in _named(text, catalogue):
            if value not in used:
                yield marks.problem(routine.source, label, "W310", f"field {label!r}: "
                                    f"mentions {word!r}, but no exercise in the routine lists "
                                    f"{value!r} in its 'equipment', so the routine's 'You need' "
                                    "leaves it out; add it to the exercise that needs it")


def _named(text: str, catalogue: Catalogue) -> Iterator[tuple[str, str]]:
    """Gives (equipment value, word as written) for each piece of equipment the text names.

    A link's target is an exercise id, not a word of the text ('[x](wall-press)').
    """
    text = LINK_PATTERN.sub(lambda m: m.group(1), text)
    for value, pattern in _patterns(tuple((v.id, tuple(v.extra.get("words", ())))
                                          for v in catalogue.taxonomy["equipment"].values())):
        match = pattern.search(text)
        if match:
            yield value, match.group(0)


@cache
def _patterns(words: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    """Gives (equipment value, a pattern for its words, plurals too), for the values with words."""
    return [(value, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in names)
                               + r")s?(?![\w-])",
                               re.IGNORECASE)) for value, names in words if names]
