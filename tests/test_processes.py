"""Work shared among worker processes gives what one process gives, in order."""

from __future__ import annotations

import os

import pytest

from generator.processes import in_processes


def squares_and_pids(items: list[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in items]


@pytest.mark.parametrize(("count", "workers"), [(0, 2), (1, 2), (2, 2), (7, 2), (7, 3), (7, 1)])
def test_the_results_come_in_order_however_many_processes_make_them(count: int,
                                                                    workers: int) -> None:
    results = in_processes(squares_and_pids, list(range(count)), workers)
    assert [square for square, _ in results] == [n * n for n in range(count)]
    made_by = [pid for _, pid in results]
    # This process does the first slice itself; with two items or more and two workers or
    # more, the rest is made by workers (which worker takes which slice is theirs to settle).
    shared = count >= 2 and workers >= 2
    first = -(-count // workers) if shared else count
    assert made_by[:first] == [os.getpid()] * first
    assert os.getpid() not in made_by[first:]
    assert bool(made_by[first:]) == shared
