"""Easier and harder versions as a graph: a chain must only go one way."""

from __future__ import annotations

from generator.checks.marks import Marks
from generator.errors import Problem
from generator.models.content import Catalogue


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
