"""Each figure drawn once, however many files and pages show it; many drawn at once by
worker processes.

A figure's published files (files.py) and the sizes pages give their <img> all come from one
Drawing. Drawing is a pure function of the figure, so a drawing made in a worker process is
the one this process would have made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.figure.alt import figure_alt
from generator.figure.markup import frame_title, keyframe_body, thumbnail_frame
from generator.figure.models import Figure
from generator.processes import in_processes

Box = tuple[float, float, float, float]
"""A viewBox: left, top, width, height."""


@dataclass(frozen=True)
class Drawing:
    """Everything drawn for one figure."""

    box: Box
    """The viewBox every keyframe shares."""
    bodies: tuple[str, ...]
    """Each keyframe's drawing, the inside of its <svg>."""
    titles: tuple[str, ...]
    """Each keyframe's title ("Step 2 of 3: ...")."""
    alt: str
    """The whole figure's alt text."""
    thumb_box: Box
    """The viewBox of the thumbnail, cropped to its keyframe."""
    thumb_body: str
    """The thumbnail's drawing (thumbnail_frame chooses its keyframe)."""


PARALLEL_FROM = 200
"""Below this many figures to draw, starting worker processes costs more than it saves."""
KEPT = 20_000
"""The most drawings kept: a preview server draws each changed figure anew, for hours."""

_drawings: dict[Figure, Drawing] = {}


def drawing(figure: Figure) -> Drawing:
    """Gives the figure's drawing, made once."""
    found = _drawings.get(figure)
    if found is None:
        found = _draw(figure)
        _keep({figure: found})
    return found


def draw_all(figures: Iterable[Figure], workers: int) -> None:
    """Makes the drawings of all these figures now, sharing the work among `workers`
    processes when there are many; later calls to drawing() find them made."""
    missing = [f for f in dict.fromkeys(figures) if f not in _drawings]
    if workers < 2 or len(missing) < PARALLEL_FROM:
        return  # each is drawn in this process when first asked for
    _keep(dict(zip(missing, in_processes(_draw_each, missing, workers), strict=True)))


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
