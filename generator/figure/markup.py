"""A figure drawn for a page: each keyframe as an inline SVG, the whole as one HTML block."""

from __future__ import annotations

import dataclasses
import functools
from html import escape
from pathlib import Path

from generator.figure.alt import figure_alt, keyframe_words, setting_words
from generator.figure.drawing.arrows import arrow_paths, arrow_svg
from generator.figure.drawing.body import body_svg
from generator.figure.drawing.postures import thumbnail_view
from generator.figure.drawing.scene import Scene, extent, frame_box, pose_scenes
from generator.figure.drawing.svg import floor_svg, highlight_svg, num, shape_svg
from generator.figure.models import SIZES, Figure


@functools.lru_cache(maxsize=4096)
def _scenes(figure: Figure) -> tuple[Scene, ...]:
    """Gives the posed scenes of a figure, worked out once: a page shows a figure at several
    sizes, and routines show it again."""
    props = tuple((p.prop, p.at) for p in figure.props)
    return pose_scenes(tuple((f.posture, dict(f.joints)) for f in figure.keyframes), props,
                       figure.view)

@functools.lru_cache(maxsize=4096)
def _arrow_spots(figure: Figure) -> tuple[tuple[float, float], ...]:
    """Gives the page points every keyframe's arrow passes through, so the box holds them."""
    scenes = _scenes(figure)
    return tuple(spot for index, frame in enumerate(figure.keyframes) if frame.arrow
                 for arrow in arrow_paths(scenes[index], frame.arrow.at, frame.arrow.direction,
                                          scenes[index - 1] if len(scenes) > 1 else None)
                 for spot in arrow.outline())



@functools.lru_cache(maxsize=4096)
def _shared_box(figure: Figure) -> tuple[float, float, float, float]:
    """Gives the one viewBox every keyframe of a figure shares (arrows included), worked out
    once."""
    return frame_box(_scenes(figure), also=_arrow_spots(figure))


FIGURE_CSS = Path(__file__).with_name("figure.css")
"""The figure's styles (sizes, crossfade, colours), published as assets/figure.css."""


def frame_title(figure: Figure, index: int) -> str:
    """Gives a keyframe's title: the whole figure's alt text, or "Step 2 of 3: ..." ."""
    count = len(figure.keyframes)
    if count == 1:
        return figure_alt(figure)
    frame = figure.keyframes[index]
    words = keyframe_words(frame)
    setting = setting_words(frame, figure.props)
    return f"Step {index + 1} of {count}: {setting}" + (f", {words}." if words else ".")


def _id(name: str) -> str:
    return "".join(c if c.isalnum() or c == "-" else "-" for c in name.lower())


def _svg(figure: Figure, index: int, name: str, title: str = "", tight: bool = False) -> str:
    title = title or frame_title(figure, index)
    title_id = f"ubg-figure-{_id(name)}-{index + 1}" if name else ""
    named = f' aria-labelledby="{title_id}"' if title_id else f' aria-label="{escape(title)}"'
    title_attr = f' id="{title_id}"' if title_id else ""
    box, drawing = keyframe_body(figure, index, tight)
    # A thumbnail is cropped to the body: the props it cuts off must not spill out of it.
    clip = ' style="overflow:hidden"' if tight else ""
    return "\n".join([
        '<svg xmlns="http://www.w3.org/2000/svg" class="ubg-figure__svg" '
        f'viewBox="{" ".join(num(v) for v in box)}" role="img"{named}{clip}>',
        f"<title{title_attr}>{escape(title)}</title>",
        drawing,
        "</svg>",
    ])


@functools.lru_cache(maxsize=4096)
def keyframe_body(figure: Figure, index: int,
                  tight: bool = False) -> tuple[tuple[float, float, float, float], str]:
    """Gives a keyframe's viewBox and drawing (the inside of its <svg>), made once however
    often the figure is shown. Every keyframe of a figure shares one box.

    A tight drawing (a thumbnail) is cropped to its own keyframe's body (and a doorway), and seen
    from the side or three-quarter rather than from straight above.
    """
    frame = figure.keyframes[index]
    seen = _thumbnail_figure(figure, index) if tight else figure
    scenes = _scenes(seen)
    arrow = (frame.arrow.at, frame.arrow.direction) if frame.arrow and not tight else None
    box = keyframe_box(figure, index, tight)
    # At thumbnail size a halo or an arrow only blurs the body, and would leave the crop.
    return box, keyframe_drawing(
        scenes[index], box, highlight=() if tight else frame.highlight, arrow=arrow,
        before=scenes[index - 1] if len(scenes) > 1 else None)


def keyframe_box(figure: Figure, index: int,
                 tight: bool = False) -> tuple[float, float, float, float]:
    """Gives a keyframe's viewBox (keyframe_body's) without drawing it: what a page needs to
    size the figure's picture."""
    if not tight:
        return _shared_box(figure)
    # A door frame is kept whole: cut at its lintel, it is two posts and reads as a pull-up bar.
    framed = any(p.prop == "doorway" for p in figure.props)
    scene = _scenes(_thumbnail_figure(figure, index))[index]
    return frame_box((scene,), margin=5.0, least=0.0, props=framed)


def _thumbnail_figure(figure: Figure, index: int) -> Figure:
    """Gives the figure seen as its thumbnail of a keyframe sees it."""
    view = thumbnail_view(figure.keyframes[index].posture, figure.view)
    return figure if view == figure.view else dataclasses.replace(figure, view=view)


THUMB_ASPECT = 4 / 3
"""Width over height of a thumbnail (the exercises index, routine cards)."""
THIN = 0.25
"""How much of the thumbnail's shape a body must fill (the shorter way) to read at 56 px."""


@functools.lru_cache(maxsize=1024)
def thumbnail_frame(figure: Figure) -> int:
    """Gives the keyframe a thumbnail shows: the last (where the movement goes), unless its body
    is a thin stick in the thumbnail's shape (under a quarter of it: a body standing side-on
    with its arms overhead or at its sides); then the frame that fills the shape best."""
    def fill(index: int) -> float:
        view = thumbnail_view(figure.keyframes[index].posture, figure.view)
        scene = _scenes(dataclasses.replace(figure, view=view))[index]
        left, top, right, bottom = extent(scene, props=False)
        ratio = ((right - left) / (bottom - top)) / THUMB_ASPECT
        return min(ratio, 1 / ratio)
    last = len(figure.keyframes) - 1
    best = max(range(last + 1), key=lambda index: (fill(index), index))
    return last if fill(last) >= THIN else best


def keyframe_drawing(scene: Scene, box: tuple[float, float, float, float], *,
                     highlight: tuple[str, ...], arrow: tuple[str, str] | None,
                     before: Scene | None) -> str:
    """Give the inside of a keyframe's SVG after its title."""
    props = "".join(shape_svg(scene, shape) for shape in scene.shapes if not shape.front)
    held = "".join(shape_svg(scene, shape) for shape in scene.shapes if shape.front)
    lines = [
        '<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">',
        floor_svg(scene, box),
        f'<g class="ubg-figure-props">{props}</g>' if props else "",
        highlight_svg(scene, highlight),
        body_svg(scene),
        f'<g class="ubg-figure-props">{held}</g>' if held else "",
        arrow_svg(scene, arrow[0], arrow[1], before) if arrow else "",
        "</g>",
    ]
    return "\n".join(line for line in lines if line)


def keyframe_svg(figure: Figure, index: int, *, name: str = "") -> str:
    """Give one keyframe as an inline SVG string; name makes its title id unique on a page."""
    return _svg(figure, index, name)


def figure_html(figure: Figure, *, size: str = "large", name: str = "") -> str:
    """Give the whole figure as one HTML block with no blank lines, ready to sit in Markdown.

    One keyframe is a single SVG. Several crossfade from one to the next (figure.css), and stand
    side by side when motion is reduced and in print. A thumbnail shows one keyframe
    (thumbnail_frame).
    """
    if size not in SIZES:
        raise ValueError(f"unknown figure size {size!r}; expected one of: {', '.join(SIZES)}")
    scenes = _scenes(figure)
    key = f"{name}-{size}" if name else ""
    classes = f"ubg-figure ubg-figure--{size}"
    if len(scenes) == 1 or size == "thumb":
        index = thumbnail_frame(figure) if size == "thumb" else 0
        svg = _svg(figure, index, key, figure_alt(figure), tight=size == "thumb")
        return f'<div class="{classes}">\n{svg}\n</div>'
    frames = "\n".join(f'<div class="ubg-figure__frame">\n{_svg(figure, i, key)}\n</div>'
                       for i in range(len(scenes)))
    label = escape(figure_alt(figure), quote=True)
    return (f'<div class="{classes} ubg-figure--frames-{len(scenes)}" role="img" '
            f'aria-label="{label}">\n<div class="ubg-figure__frames">\n{frames}\n</div>\n</div>')
