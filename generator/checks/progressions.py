"""Easier and harder versions: a chain goes one way, in small steps, and leaves no one out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.marks import Marks
from generator.errors import Problem
from generator.models.content import Catalogue, Exercise

FLOOR_WORD = re.compile(r"\bfloor\b", re.IGNORECASE)
"""How a 'progress_when' tells a reader that the next step changes to or from the floor."""


def loops(catalogue: Catalogue, marks: Marks) -> list[Problem]:
    """Gives a problem for each easier/harder chain that comes back to where it started."""
    known = catalogue.exercises
    harder: dict[str, set[str]] = {key: {h for h in ex.harder if h in known}
                                   for key, ex in known.items()}
    for key, ex in known.items():
        for easier in ex.easier:
            if easier in known:
                harder[easier].add(key)
    problems = []
    for cycle in find_cycles(harder):
        first = known[cycle[0]]
        path = " → ".join([*cycle, cycle[0]])
        problems.append(marks.problem(first.source, "harder" if first.harder else "easier",
                                      "E204", f"easier and harder versions form a loop: "
                                      f"{path}; a chain must only go one way"))
    return problems


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Gives loops in the graph (id -> harder ids), each found once by one depth-first walk.

    The walk visits every id and edge once, so long chains stay fast.
    """
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    cycles = []
    for start in sorted(graph):
        if start in state:
            continue
        path, stack = [start], [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):])
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt])))
    return cycles


def lonely_exercises(catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a warning for each exercise with no easier or harder version while other
    exercises share its main movement (the first in 'movements')."""
    by_movement: dict[str, list[str]] = {}
    for exercise in catalogue.exercises.values():
        by_movement.setdefault(exercise.movements[0], []).append(exercise.id)
    for exercise in catalogue.exercises.values():
        main = exercise.movements[0]
        if exercise.easier or exercise.harder or len(by_movement[main]) < 2:
            continue  # only a lone exercise looks for its peers: the check stays linear
        peers = [p for p in by_movement[main] if p != exercise.id]
        label = catalogue.taxonomy["movements"][main].label
        named = ", ".join(repr(p) for p in peers[:3]) + (" ..." if len(peers) > 3 else "")
        verb = "has" if len(peers) == 1 else "have"
        yield marks.problem(exercise.source, "movements[1]", "W307", f"field 'movements[1]': "
                            f"no easier or harder version, yet {named} also {verb} {label!r} "
                            "as the main movement; link the nearest one in 'easier' or 'harder' "
                            "so a reader who finds this too hard or too easy has a next step")


def step_problems(catalogue: Catalogue, marks: Marks) -> Iterator[Problem]:
    """Gives a warning for each easier-to-harder step that jumps more than one level, or
    moves between a chair and the floor without 'progress_when' saying so."""
    ranks = {k: v.extra.get("rank", 0) for k, v in catalogue.taxonomy["levels"].items()}
    floor = {k: bool(v.extra.get("floor")) for k, v in catalogue.taxonomy["positions"].items()}
    for easy, hard, source, label in _steps(catalogue):
        if ranks[hard.level] - ranks[easy.level] > 1:
            yield marks.problem(source, label, "W308", f"field {label!r}: {easy.id!r} is "
                                f"{easy.level} and {hard.id!r} is {hard.level}, more than one "
                                "level apart; link a version in between")
        mentions_floor = FLOOR_WORD.search(easy.progress_when or "")
        if floor[easy.position] != floor[hard.position] and not mentions_floor:
            yield marks.problem(source, label, "W309", f"field {label!r}: {easy.id!r} is done "
                                f"{easy.position} and {hard.id!r} {hard.position}, one on the "
                                f"floor and one off it; say so in the 'progress_when' of "
                                f"{easy.id!r} (mention the floor)")


def _steps(catalogue: Catalogue) -> Iterator[tuple[Exercise, Exercise, str, str]]:
    """Gives (easier, harder, file, field label) once for each linked pair, at the easier
    exercise's 'harder' entry when it lists one, else at the harder one's 'easier' entry."""
    known = catalogue.exercises
    seen: set[tuple[str, str]] = set()
    for exercise in known.values():
        for number, other in enumerate(exercise.harder, start=1):
            if other in known and (exercise.id, other) not in seen:
                seen.add((exercise.id, other))
                yield exercise, known[other], exercise.source, f"harder[{number}]"
    for exercise in known.values():
        for number, other in enumerate(exercise.easier, start=1):
            if other in known and (other, exercise.id) not in seen:
                seen.add((other, exercise.id))
                yield known[other], exercise, exercise.source, f"easier[{number}]"
