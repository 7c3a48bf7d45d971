"""A posed scene in SVG pieces: path data, the highlight, the props, the floor (body: body.py)."""

from __future__ import annotations

import math

from generator.figure.drawing.props import Shape
from generator.figure.drawing.scene import Page, Scene
from generator.figure.drawing.skeleton import SPINE_POINTS
from generator.figure.models import HIGHLIGHTS, SIDES

ARM = ("shoulder", "elbow", "wrist", "hand")
LEG = ("hip", "knee", "ankle", "heel", "toe")


def num(value: float) -> str:
    """Give a number for SVG markup: one decimal at most, no trailing zeros, never '-0'."""
    text = f"{value:.1f}"  # rounds as round(value, 1) does; always one decimal
    if text[-2:] == ".0":
        text = text[:-2]
    return "0" if text == "-0" else text


def xy(p: Page) -> str:
    """Give a page point as 'x y'."""
    return f"{num(p[0])} {num(p[1])}"


def line_d(points: list[Page], closed: bool = False) -> str:
    """Give SVG path data through the points with straight lines."""
    d = "M" + "L".join(xy(p) for p in points)
    return d + "Z" if closed else d


def smooth_d(points: list[Page]) -> str:
    """Give SVG path data for a smooth curve from the first point to the last."""
    if len(points) < 3:
        return line_d(points)
    parts = [f"M{xy(points[0])}"]
    for here, after in zip(points[1:-1], points[2:], strict=True):
        middle = ((here[0] + after[0]) / 2, (here[1] + after[1]) / 2)
        parts.append(f"Q{xy(here)} {xy(middle)}")
    parts.append(f"L{xy(points[-1])}")
    return "".join(parts)


def torso_d(scene: Scene, first: int = 0, last: int = SPINE_POINTS - 1) -> str:
    """Give the closed outline of the torso between two spine points."""
    front = [scene.on_page[f"torso-a-{k}"] for k in range(first, last + 1)]
    back = [scene.on_page[f"torso-b-{k}"] for k in range(last, first - 1, -1)]
    return smooth_d(front) + "L" + smooth_d(back)[1:] + "Z"


def limb(scene: Scene, side: str, parts: tuple[str, ...]) -> list[Page]:
    """Give the page points of one arm or leg."""
    return [scene.on_page[f"{side}-{p}"] for p in parts]


def shape_svg(scene: Scene, shape: Shape) -> str:
    """Give the SVG of one prop shape, or '' when it is seen edge-on and has no outline."""
    pts = [scene.page(p) for p in shape.points]
    if shape.kind == "roller":
        return _roller_svg(pts, shape.width)
    if shape.kind == "long-roller":
        return _long_roller_svg(pts, shape.width)
    if shape.kind == "band":
        # A rim in the page's own background colour keeps the band apart from the body under it.
        d = smooth_d(pts)
        return (f'<path d="{d}" style="stroke:var(--ubg-figure-paper,Canvas)" '
                f'stroke-width="{num(shape.width + 3)}"/>'
                f'<path d="{d}" stroke-width="{num(shape.width)}"/>')
    if shape.kind == "line":
        return f'<path d="{line_d(pts)}" stroke-width="{num(shape.width)}"/>'
    span = _area(pts)
    longest = max(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1], strict=True))
    if abs(span) < 2.9 * longest and (shape.kind == "face" or not shape.width):
        return ""
    fill = ' fill="currentColor" fill-opacity=".12"' if abs(span) >= 1.0 else ""
    width = f' stroke-width="{num(shape.width)}"' if shape.width else ' stroke="none"'
    return f'<path d="{line_d(pts, closed=True)}"{fill}{width}/>'


def _area(pts: list[Page]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True)) / 2


def _roller_svg(ends: list[Page], r: float) -> str:
    (ax, ay), (bx, by) = ends
    length = math.hypot(bx - ax, by - ay)
    if length < r:
        c = ((ax + bx) / 2, (ay + by) / 2)
        return (f'<circle cx="{num(c[0])}" cy="{num(c[1])}" r="{num(r)}" fill="currentColor" '
                f'fill-opacity=".12"/><circle cx="{num(c[0])}" cy="{num(c[1])}" '
                f'r="{num(r / 3)}"/>')
    nx, ny = -(by - ay) / length * r, (bx - ax) / length * r
    corners = [(ax + nx, ay + ny), (bx + nx, by + ny), (bx - nx, by - ny), (ax - nx, ay - ny)]
    return f'<path d="{line_d(corners, closed=True)}" fill="currentColor" fill-opacity=".12"/>'


def _long_roller_svg(ends: list[Page], r: float) -> str:
    """Give a roller lying lengthwise: a half-filled bar with rounded ends, outlined. Lying under
    a body on a filled mat, a lighter fill would not tell it from the mat."""
    (ax, ay), (bx, by) = ends
    length = max(math.hypot(bx - ax, by - ay), 0.1)
    nx, ny = -(by - ay) / length * r, (bx - ax) / length * r
    arc = f"A{num(r)} {num(r)} 0 0 0 "
    d = (f"M{xy((ax + nx, ay + ny))}L{xy((bx + nx, by + ny))}{arc}{xy((bx - nx, by - ny))}"
         f"L{xy((ax - nx, ay - ny))}{arc}{xy((ax + nx, ay + ny))}Z")
    return f'<path d="{d}" fill="currentColor" fill-opacity=".45" stroke-width="2"/>'


def highlight_svg(scene: Scene, parts: tuple[str, ...]) -> str:
    """Give a soft halo behind the highlighted body parts."""
    out = []
    for part in parts:
        span = HIGHLIGHTS[part]
        if span is not None:
            out.append(f'<path d="{torso_d(scene, *span)}" fill="currentColor" stroke-width="28"/>')
        elif part == "head":
            c = scene.on_page["head"]
            out.append(f'<circle cx="{num(c[0])}" cy="{num(c[1])}" r="18" fill="currentColor"/>')
        elif part == "neck":
            ends = [scene.on_page["spine-6"], scene.on_page["head"]]
            out.append(f'<path d="{line_d(ends)}" stroke-width="24"/>')
        else:
            sides = SIDES if part in ("arms", "legs") else (part.split("-")[0],)
            parts_, width = (ARM, 22) if part.endswith(("arm", "arms")) else (LEG, 24)
            out += [f'<path d="{line_d(limb(scene, s, parts_))}" stroke-width="{width}"/>'
                    for s in sides]
    if not out:
        return ""
    return ('<g class="ubg-figure-highlight" style="color:var(--ubg-figure-highlight,currentColor)"'
            f' opacity=".3">{"".join(out)}</g>')


def floor_svg(scene: Scene, box: tuple[float, float, float, float]) -> str:
    """Give the floor: a line when seen along it, a soft area when seen from above."""
    left, top, width, height = box
    if scene.on_floor:
        return f'<path d="M{num(left)} 0H{num(left + width)}" stroke-width="2"/>'
    return (f'<rect x="{num(left + 3)}" y="{num(top + 3)}" width="{num(width - 6)}" '
            f'height="{num(height - 6)}" rx="8" fill="currentColor" fill-opacity=".06" '
            'stroke="none"/>')
