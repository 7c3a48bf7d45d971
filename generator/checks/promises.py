"""Promises a routine makes in its own words: the cautions its notes give, and how often.

A reader who opens one exercise of a routine alone must meet the same caution the routine
gives; and the printed sheet has one tick box per exercise per day, so a routine cannot ask
to be done more often than once a day and be ticked on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.marks import Marks
from generator.errors import Problem
from generator.models.content import Catalogue, Routine, routine_items

CAUTIONS = {"osteoporosis": "osteoporosis", "fracture": "fracture", "pregnan": "pregnancy",
            "glaucoma": "glaucoma", "blood pressure": "high blood pressure",
            "hernia": "hernia", "surgery": "surgery"}
"""A word stem a caution is written with -> the condition it names."""

_MORE_THAN_DAILY = re.compile(r"(?<!\bonce or )\b(?:(?:two|three|four|[2-9]|[1-9]\d+) times|twice) "
                              r"(?:a|each|per) day\b", re.IGNORECASE)
"""'Three times a day', 'twice a day'; not 'once or twice a day', which one box a day tracks."""


def caution_problems(routine: Routine, catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a warning for each condition a routine's notes warn about that none of its
    exercises names in 'avoid_if' or 'modify'."""
    exercises = [catalogue.exercises[item.exercise] for _, item in routine_items(routine)
                 if item.exercise in catalogue.exercises]
    carried = " ".join(text.lower() for e in exercises
                       for text in (*e.avoid_if, *(m.who for m in e.modify),
                                    *(m.how for m in e.modify)))
    for number, note in enumerate(routine.notes, start=1):
        for stem, condition in CAUTIONS.items():
            if stem in note.lower() and stem not in carried:
                yield marks.problem(routine.source, f"notes[{number}]", "W312",
                                    f"field 'notes[{number}]': warns about {condition}, but "
                                    "none of the routine's exercises does; add it to "
                                    "'avoid_if' or 'modify' of the exercises it concerns, so "
                                    "a reader who opens one alone is warned too")


def how_often_problems(routine: Routine, marks: Marks) -> Iterator[Problem]:
    """Gives a warning when 'how_often' asks for more sessions a day than the sheet's boxes."""
    match = _MORE_THAN_DAILY.search(routine.how_often)
    if match:
        yield marks.problem(routine.source, "how_often", "W313", f"field 'how_often': "
                            f"{match.group(0)!r} is more often than the printed sheet's one "
                            "tick box a day; say how often in days, or how to tick more "
                            "than one session a day")
