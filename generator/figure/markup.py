"""A figure drawn for a page: each keyframe as an inline SVG, the whole as one HTML block."""

from __future__ import annotations

import functools
from html import escape
from pathlib import Path

from generator.figure.alt import figure_alt, keyframe_words, setting_words
from generator.figure.drawing.arrows import arrow_svg
from generator.figure.drawing.body import body_svg
from generator.figure.drawing.scene import Scene, frame_box, pose_scene
from generator.figure.drawing.svg import floor_svg, highlight_svg, num, shape_svg
from generator.figure.models import SIZES, Figure


@functools.lru_cache(maxsize=4096)
def _scenes(figure: Figure) -> tuple[Scene, ...]:
    """Gives the posed scenes of a figure, worked out once: a page shows a figure at several
    sizes, and routines show it again."""
    props = tuple((p.prop, p.at) for p in figure.props)
    return tuple(pose_scene(f.posture, dict(f.joints), props, figure.view)
                 for f in figure.keyframes)


@functools.lru_cache(maxsize=4096)
def _shared_box(figure: Figure) -> tuple[float, float, float, float]:
    """Gives the one viewBox every keyframe of a figure shares, worked out once."""
    return frame_box(_scenes(figure))


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
    return "\n".join([
        '<svg xmlns="http://www.w3.org/2000/svg" class="ubg-figure__svg" '
        f'viewBox="{" ".join(num(v) for v in box)}" role="img"{named}>',
        f"<title{title_attr}>{escape(title)}</title>",
        drawing,
        "</svg>",
    ])


@functools.lru_cache(maxsize=4096)
def keyframe_body(figure: Figure, index: int,
                  tight: bool = False) -> tuple[tuple[float, float, float, float], str]:
    """Gives a keyframe's viewBox and drawing (the inside of its <svg>), made once however
    often the figure is shown. Every keyframe of a figure shares one box.

    A tight drawing (a thumbnail) is cropped to its own keyframe's body and props.
    """
    scenes = _scenes(figure)
    frame = figure.keyframes[index]
    arrow = (frame.arrow.at, frame.arrow.direction) if frame.arrow and not tight else None
    box = frame_box((scenes[index],), margin=3.0, least=0.0) if tight else _shared_box(figure)
    # At thumbnail size a halo or an arrow only blurs the body, and would leave the crop.
    return box, keyframe_drawing(
        scenes[index], box, highlight=() if tight else frame.highlight, arrow=arrow,
        before=scenes[index - 1] if len(scenes) > 1 else None)


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
    side by side when motion is reduced and in print. A thumbnail shows the last keyframe only.
    """
    if size not in SIZES:
        raise ValueError(f"unknown figure size {size!r}; expected one of: {', '.join(SIZES)}")
    scenes = _scenes(figure)
    key = f"{name}-{size}" if name else ""
    classes = f"ubg-figure ubg-figure--{size}"
    if len(scenes) == 1 or size == "thumb":
        svg = _svg(figure, len(scenes) - 1, key, figure_alt(figure), tight=size == "thumb")
        return f'<div class="{classes}">\n{svg}\n</div>'
    frames = "\n".join(f'<div class="ubg-figure__frame">\n{_svg(figure, i, key)}\n</div>'
                       for i in range(len(scenes)))
    label = escape(figure_alt(figure), quote=True)
    return (f'<div class="{classes} ubg-figure--frames-{len(scenes)}" role="img" '
            f'aria-label="{label}">\n<div class="ubg-figure__frames">\n{frames}\n</div>\n</div>')
