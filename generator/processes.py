"""Work on a long list shared among worker processes: the pool, and a list cut in slices."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Callable
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def in_processes(work: Callable[[list[Item]], list[Result]], items: list[Item],
                 workers: int) -> list[Result]:
    """Gives work(items): one result per item, in order, made by up to `workers` processes.

    The list is cut into one slice per worker. This process works through the first slice
    itself while the others work on the rest: one process fewer to start, and that slice's
    results never need to cross a pipe. `work` must be a function of its slice alone
    (module level, so a worker can be sent it), which makes the results the same however many
    processes made them.
    """
    if workers < 2 or len(items) < 2:
        return work(items)
    size = -(-len(items) // workers)
    slices = [items[i:i + size] for i in range(0, len(items), size)]
    with worker_pool(len(slices) - 1) as pool:
        rest = [pool.submit(work, part) for part in slices[1:]]
        first = work(slices[0])
        return [*first, *(result for done in rest for result in done.result())]


def worker_pool(workers: int, initializer: Callable[[], object] | None = None,
                ) -> concurrent.futures.ProcessPoolExecutor:
    """Gives a pool of worker processes forked from this one: they start at once and inherit
    every module already imported and every model already read (the initializer too, with
    whatever it holds: a forked process is given it without pickling)."""
    context = multiprocessing.get_context("fork")
    return concurrent.futures.ProcessPoolExecutor(workers, mp_context=context,
                                                  initializer=initializer)
