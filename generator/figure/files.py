"""A figure as a file of its own: a standalone SVG that a page shows with <img>.

A figure published once as a file is fetched once and cached, however many pages show it (the
exercise page, the index, routine cards, the player). The page's styles cannot reach inside an
image, so the file carries its own: its colours for light and dark schemes, the crossfade of
its keyframes, and a still last keyframe when motion is reduced or on paper.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from html import escape

from generator.figure.drawing.svg import num
from generator.figure.drawn import drawing, layout
from generator.figure.models import SIZES, Figure

WIDTH_PX = {"large": 384, "small": 208, "thumb": 80}
"""The width each size is drawn for (figure.css's --ubg-figure-width at 16 px a rem)."""

_GAP = 12.0
"""Space between keyframes laid side by side, in drawing units."""

_COLOURS = (
    "svg{color:#1b1b1f;--ubg-figure-paper:#fff}"
    "@media (prefers-color-scheme:dark){svg{color:#e3e3e8;--ubg-figure-paper:#1e2129}}"
    "@media print{svg{color:#000;--ubg-figure-paper:#fff}}"
)
"""Ink and paper: dark on light, light on Material's slate background, black on paper."""

_STILL = "{animation:none;opacity:0}.ubg-f:last-of-type{opacity:1}"

_TURNS = {  # A frame's turn is 2.5 s: 0.15 s fading in, shown, 0.15 s fading out (figure.css).
    2: "0%{opacity:0}3%,47%{opacity:1}50%,100%{opacity:0}",
    3: "0%{opacity:0}2%,31.3%{opacity:1}33.3%,100%{opacity:0}",
    4: "0%{opacity:0}1.5%,23.5%{opacity:1}25%,100%{opacity:0}",
}


@dataclass(frozen=True)
class FigureFile:
    """One published picture of a figure."""

    svg: str
    """The whole SVG document."""
    width: int
    """Width to give the <img>, in CSS pixels."""
    height: int
    """Height to give the <img>, in CSS pixels (keeps the layout still while it loads)."""


@functools.lru_cache(maxsize=8192)
def figure_file(figure: Figure, size: str, steps: bool = False) -> FigureFile:
    """Gives the figure at a size as an SVG file: its keyframes crossfading one to the next,
    or (steps) standing side by side, two to a row, for readers who reduce motion.

    A thumbnail shows one keyframe (thumbnail_frame), cropped to it.
    """
    box, width = _layout(figure, size, steps)
    drawn = drawing(figure)
    count = len(drawn.bodies)
    if count == 1 or size == "thumb":
        body = drawn.thumb_body if size == "thumb" else drawn.bodies[0]
        return _document(box, width, drawn.alt, body, _COLOURS)
    columns = min(count, 2) if steps else 1
    w, h = drawn.box[2:]
    frames = []
    for index, body in enumerate(drawn.bodies):
        dx = (index % columns) * (w + _GAP) if steps else 0.0
        dy = (index // columns) * (h + _GAP) if steps else 0.0
        frames.append(f'<g class="ubg-f" transform="translate({dx:g} {dy:g})">'
                      f"<title>{escape(drawn.titles[index])}</title>\n{body}</g>")
    style = _COLOURS if steps else _COLOURS + _crossfade(count)
    return _document(box, width, drawn.alt, "\n".join(frames), style)


def figure_dimensions(figure: Figure, size: str, steps: bool = False) -> tuple[int, int]:
    """Gives the width and height, in CSS pixels, of the figure's file at a size, without
    writing the file."""
    box, width = _layout(figure, size, steps)
    return width, _height(box, width)


def _layout(figure: Figure, size: str,
            steps: bool) -> tuple[tuple[float, float, float, float], int]:
    """Gives the viewBox and the width in CSS pixels of the figure's file at a size."""
    if size not in SIZES:
        raise ValueError(f"unknown figure size {size!r}; expected one of: {', '.join(SIZES)}")
    count = len(figure.keyframes)
    drawn = layout(figure)
    if count == 1 or size == "thumb":
        return (drawn.thumb_box if size == "thumb" else drawn.box), WIDTH_PX[size]
    box = drawn.box
    if not steps:
        return box, WIDTH_PX[size]
    x, y, w, h = box
    columns = min(count, 2)
    rows = -(-count // columns)
    return ((x, y, w * columns + _GAP * (columns - 1), h * rows + _GAP * (rows - 1)),
            WIDTH_PX[size] * columns)


def _crossfade(count: int) -> str:
    """Gives the styles that make count keyframes take turns, and stand still when asked."""
    period = 2.5 * count
    delays = "".join(f".ubg-f:nth-of-type({n + 1}){{animation-delay:-{period - 2.5 * n:g}s}}"
                     for n in range(1, count))
    return (f".ubg-f{{opacity:0;animation:t {period:g}s linear infinite}}{delays}"
            f"@keyframes t{{{_TURNS[count]}}}"
            f"@media (prefers-reduced-motion:reduce){{.ubg-f{_STILL}}}"
            f"@media print{{.ubg-f{_STILL}}}")


def _height(box: tuple[float, float, float, float], width: int) -> int:
    return round(width * box[3] / box[2])


def _document(box: tuple[float, float, float, float], width: int, label: str, body: str,
              style: str) -> FigureFile:
    height = _height(box, width)
    view = " ".join(num(v) for v in box)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view}" width="{width}" '
           f'height="{height}" role="img">\n<title>{escape(label)}</title>\n'
           f"<style>{style}</style>\n{body}\n</svg>\n")
    return FigureFile(svg, width, height)
