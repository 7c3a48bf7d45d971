"""Each figure drawn once, however many files and pages show it; many drawn ahead by worker
processes while this one renders the pages.

A figure's published files (files.py) come from one Drawing; the sizes and alt text pages give
their <img> from its Layout, which can be had without drawing the figure (a page needs no more).
Both are pure functions of the figure, so a drawing made in a worker process is the one this
process would have made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass

from generator.figure.alt import figure_alt
from generator.figure.markup import frame_title, keyframe_body, keyframe_box, thumbnail_frame
from generator.figure.models import Figure
from generator.processes import worker_pool

Box = tuple[float, float, float, float]
"""A viewBox: left, top, width, height."""


@dataclass(frozen=True)
class Layout:
    """What a page needs of a figure to show its files."""

    box: Box
    """The viewBox every keyframe shares."""
    thumb_box: Box
    """The viewBox of the thumbnail, cropped to its keyframe."""
    alt: str
    """The whole figure's alt text."""


@dataclass(frozen=True)
class Drawing(Layout):
    """Everything drawn for one figure."""

    bodies: tuple[str, ...]
    """Each keyframe's drawing, the inside of its <svg>."""
    titles: tuple[str, ...]
    """Each keyframe's title ("Step 2 of 3: ...")."""
    thumb_body: str
    """The thumbnail's drawing (thumbnail_frame chooses its keyframe)."""


PARALLEL_FROM = 200
"""Below this many figures to draw, starting worker processes costs more than it saves."""
BATCH = 20
"""Figures a worker draws in one go: enough to be worth sending, few enough that the first
page need not wait long for its figure."""
KEPT = 20_000
"""The most drawings kept: a preview server draws each changed figure anew, for hours."""

_drawings: dict[Figure, Drawing] = {}
_layouts: dict[Figure, Layout] = {}
"""Layouts of figures not drawn (yet)."""
_pending: dict[Figure, tuple[list[Figure], Future[list[Drawing]]]] = {}
"""Figures being drawn ahead -> their batch and the worker's answer for it."""


def drawing(figure: Figure) -> Drawing:
    """Gives the figure's drawing, made once: here, or by the worker drawing it ahead."""
    found = _drawings.get(figure)
    if found is None and figure in _pending:
        _receive(*_pending[figure])
        found = _drawings[figure]
    elif found is None:
        found = _draw(figure)
        _keep({figure: found})
    return found


def layout(figure: Figure) -> Layout:
    """Gives the figure's layout: from its drawing when it is drawn or being drawn ahead, else
    worked out alone (the posing is kept for the drawing, if one is asked for later)."""
    found = _drawings.get(figure) or _layouts.get(figure)
    if found is None and figure in _pending:
        found = drawing(figure)
    elif found is None:
        found = _layouts[figure] = _layout(figure)
        if len(_layouts) > KEPT:
            _layouts.clear()
    return found


def keep_layouts(layouts: dict[Figure, Layout]) -> None:
    """Keeps layouts worked out in another process (the same as this one would work out)."""
    _layouts.update((f, found) for f, found in layouts.items() if f not in _drawings)


@contextmanager
def drawing_ahead(figures: Iterable[Figure], workers: int) -> Iterator[None]:
    """While the block runs, `workers` - 1 processes draw the figures, in their order, ahead
    of the pages that show them; drawing() takes each one from them.

    With one worker, or a few figures, each is drawn here when first asked for.
    """
    missing = [f for f in dict.fromkeys(figures) if f not in _drawings]
    if workers < 2 or len(missing) < PARALLEL_FROM:
        yield
        return
    with worker_pool(workers - 1) as pool:
        try:
            for start in range(0, len(missing), BATCH):
                batch = missing[start:start + BATCH]
                _pending.update(dict.fromkeys(batch, (batch, pool.submit(_draw_each, batch))))
            yield
        finally:
            for _, answer in _pending.values():
                answer.cancel()
            _pending.clear()


def _receive(batch: list[Figure], answer: Future[list[Drawing]]) -> None:
    """Keeps a batch's drawings: this process's own when no worker has begun the batch, else
    the worker's, drawing the last batches here while it waits for them."""
    if answer.cancel():
        drawn = _draw_each(batch)
    else:
        while not answer.done() and _draw_last_here():
            pass
        drawn = answer.result()
    for figure in batch:
        del _pending[figure]
    _keep(dict(zip(batch, drawn, strict=True)))


def _draw_last_here() -> bool:
    """Draws the last batch here if no worker has begun it; tells whether it did."""
    if not _pending:
        return False
    batch, answer = next(reversed(_pending.values()))
    if not answer.cancel():
        return False
    _receive(batch, answer)
    return True


def _keep(drawn: dict[Figure, Drawing]) -> None:
    if len(_drawings) + len(drawn) > KEPT:
        _drawings.clear()
    _drawings.update(drawn)


def _draw_each(figures: list[Figure]) -> list[Drawing]:
    """Draws a list of figures (in a worker process or in this one)."""
    return [_draw(figure) for figure in figures]


def _draw(figure: Figure) -> Drawing:
    count = len(figure.keyframes)
    bodies = [keyframe_body(figure, index) for index in range(count)]
    thumb_box, thumb_body = keyframe_body(figure, thumbnail_frame(figure), tight=True)
    return Drawing(box=bodies[0][0], bodies=tuple(body for _, body in bodies),
                   titles=tuple(frame_title(figure, index) for index in range(count)),
                   alt=figure_alt(figure), thumb_box=thumb_box, thumb_body=thumb_body)


def _layout(figure: Figure) -> Layout:
    return Layout(box=keyframe_box(figure, 0),
                  thumb_box=keyframe_box(figure, thumbnail_frame(figure), tight=True),
                  alt=figure_alt(figure))
