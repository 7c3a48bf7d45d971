"""Movement arrows: where they can start, which way they point, and their SVG."""

from __future__ import annotations

import math
from collections.abc import Mapping

from generator.figure.drawing.scene import Page, Scene
from generator.figure.drawing.skeleton import HEAD_RADIUS, body_axes, point
from generator.figure.drawing.svg import line_d, smooth_d, xy
from generator.figure.drawing.vectors import Vec, add, dot, unit
from generator.figure.models import LANDMARKS, SIDES


def _facing(points: Mapping[str, Vec]) -> Vec:
    forward, up, _ = body_axes(points)
    for axis in (forward, up):
        flat = (axis[0], 0.0, axis[2])
        if dot(flat, flat) > 0.25:
            return unit(flat)
    return (1.0, 0.0, 0.0)


def _unit2(x: float, y: float) -> Page | None:
    n = math.hypot(x, y)
    return None if n < 1e-6 else (x / n, y / n)


def _head_d(tip: Page, toward: Page) -> str:
    nx, ny = -toward[1], toward[0]
    base = (tip[0] - toward[0] * 9, tip[1] - toward[1] * 9)
    wings = [(base[0] + nx * 5.5, base[1] + ny * 5.5), tip,
             (base[0] - nx * 5.5, base[1] - ny * 5.5)]
    return line_d(wings, closed=True)


def _arrow_svg(body: str, tip: Page, toward: Page) -> str:
    return (f'<g class="ubg-figure-arrow"><path d="{body}" stroke-width="3"/>'
            f'<path d="{_head_d(tip, toward)}" fill="currentColor" stroke-width="1.5"/></g>')


def _straight(scene: Scene, at: str, direction: str) -> str:
    name, reach = LANDMARKS[at]
    start3 = point(scene.points, name)
    if at == "chest" and direction in ("up", "down") and body_axes(scene.points)[1][1] > 0.7:
        # Along an upright chest the arrow would run over the body: it rises before the breastbone.
        start3, reach = add(start3, _facing(scene.points), reach + 3.0), 0.0
    world = {"up": (0.0, 1.0, 0.0), "down": (0.0, -1.0, 0.0)}.get(direction)
    if world is None:
        world = _facing(scene.points)
        world = world if direction == "forward" else (-world[0], -world[1], -world[2])
    a, b = scene.page(start3), scene.page(add(start3, world))
    u = _unit2(b[0] - a[0], b[1] - a[1])
    if u is None or math.hypot(b[0] - a[0], b[1] - a[1]) < 0.3:
        return ""
    start = (a[0] + u[0] * reach, a[1] + u[1] * reach)
    tip = (start[0] + u[0] * 24, start[1] + u[1] * 24)
    return _arrow_svg(line_d([start, (tip[0] - u[0] * 6, tip[1] - u[1] * 6)]), tip, u)


def _turning(scene: Scene, direction: str) -> str:
    # A turn is drawn as a ring above the head: over the body a dark arrow would not show.
    forward, up, right = body_axes(scene.points)
    centre = add(scene.points["head"], up, HEAD_RADIUS + 10)
    sign = 1.0 if direction == "turn-left" else -1.0
    arc = []
    for step in range(9):
        t = math.radians(sign * (75 - step * 18.75))
        ring = add(add(centre, forward, 24 * math.cos(t)), right, 24 * math.sin(t))
        arc.append(scene.page(add(ring, up, -12 * math.cos(t))))
    u = _unit2(arc[-1][0] - arc[-2][0], arc[-1][1] - arc[-2][1]) or (1.0, 0.0)
    return _arrow_svg(smooth_d(arc[:-1] + [(arc[-1][0] - u[0] * 6, arc[-1][1] - u[1] * 6)]),
                      arc[-1], u)


def _travel(scene: Scene, before: Scene, at: str) -> str:
    name, reach = LANDMARKS[at]
    a, b = before.page(point(before.points, name)), scene.page(point(scene.points, name))
    gap = math.hypot(b[0] - a[0], b[1] - a[1])
    if gap < 12:
        return ""
    centre = scene.page(scene.points["spine-3"])
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    nx, ny = -(b[1] - a[1]) / gap, (b[0] - a[0]) / gap
    if (mid[0] - centre[0]) * nx + (mid[1] - centre[1]) * ny < 0:
        nx, ny = -nx, -ny
    bend = (mid[0] + nx * gap * 0.35, mid[1] + ny * gap * 0.35)
    u_start = _unit2(bend[0] - a[0], bend[1] - a[1]) or (0.0, 0.0)
    u_end = _unit2(b[0] - bend[0], b[1] - bend[1]) or (0.0, 0.0)
    start = (a[0] + u_start[0] * reach, a[1] + u_start[1] * reach)
    tip = (b[0] - u_end[0] * reach, b[1] - u_end[1] * reach)
    stem = (tip[0] - u_end[0] * 6, tip[1] - u_end[1] * 6)
    return _arrow_svg(f"M{xy(start)}Q{xy(bend)} {xy(stem)}", tip, u_end)


def arrow_svg(scene: Scene, at: str, direction: str, before: Scene | None) -> str:
    """Give the SVG of an arrow at a landmark, or '' when it cannot be seen from this view."""
    if direction in ("turn-left", "turn-right"):
        return _turning(scene, direction)
    if direction:
        return _straight(scene, at, direction)
    if before is None:
        return ""
    if at in ("hands", "elbows", "knees", "feet"):
        return "".join(_travel(scene, before, f"{side}-{at[:-1] if at != 'feet' else 'foot'}")
                       for side in SIDES)
    return _travel(scene, before, at)
