"""Movement arrows: where they can start, which way they point, and their SVG.

An arrow never crosses the head: one that would is moved away from it on the page, so the face
and the arrow both stay readable.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from generator.figure.drawing.scene import Page, Scene
from generator.figure.drawing.skeleton import HEAD_RADIUS, TORSO_STROKE, body_axes, point
from generator.figure.drawing.svg import line_d, smooth_d
from generator.figure.drawing.vectors import Vec, add, dot, unit
from generator.figure.models import LANDMARKS, SIDES

HEAD_CLEARANCE = HEAD_RADIUS + 4.0
"""How far an arrow's line keeps from the middle of the head on the page: the head, its rim and
half the arrow's stroke."""
NOSE_CLEARANCE = 3.5 + 4.0
TORSO_REACH = TORSO_STROKE / 2 + 11.0
"""How far the drawn torso reaches on the page from the line of its spine, at its widest."""


@dataclass(frozen=True)
class ArrowPath:
    """One arrow on the page: its line and its head."""

    line: tuple[Page, ...]
    """Points along the arrow's line, from its start to the base of its head."""
    tip: Page
    """The point of the arrow's head."""
    toward: Page
    """The unit direction the head points."""
    curved: bool = False
    """Whether the line is drawn as a smooth curve through its points."""

    def moved(self, dx: float, dy: float) -> ArrowPath:
        """Give the same arrow moved on the page."""
        return ArrowPath(tuple((x + dx, y + dy) for x, y in self.line),
                         (self.tip[0] + dx, self.tip[1] + dy), self.toward, self.curved)

    def outline(self) -> tuple[Page, ...]:
        """Give the points the drawn arrow passes through, its head's corners included."""
        nx, ny = -self.toward[1], self.toward[0]
        base = (self.tip[0] - self.toward[0] * 9, self.tip[1] - self.toward[1] * 9)
        wings = ((base[0] + nx * 5.5, base[1] + ny * 5.5), (base[0] - nx * 5.5, base[1] - ny * 5.5))
        return (*_dense(self.line), self.tip, *wings)


def _dense(points: tuple[Page, ...]) -> list[Page]:
    """Give points every few units along a polyline, so a check along it misses nothing."""
    out = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        steps = max(1, math.ceil(math.dist(a, b) / 2.0))
        out += [(a[0] + (b[0] - a[0]) * k / steps, a[1] + (b[1] - a[1]) * k / steps)
                for k in range(1, steps + 1)]
    return out


def _clear_of_head(arrow: ArrowPath, head: Page, nose: Page, way: Page | None) -> ArrowPath:
    """Give the arrow moved away from the head (the way given, or straight away from it)
    until no part of it is over the head or the nose."""
    for _ in range(12):
        gaps = [(math.dist(p, centre) - clearance, p, centre)
                for centre, clearance in ((head, HEAD_CLEARANCE), (nose, NOSE_CLEARANCE))
                for p in arrow.outline()]
        gap, near, centre = min(gaps)
        if gap >= -0.05:
            return arrow
        away = way or _unit2(near[0] - centre[0], near[1] - centre[1]) or (0.0, -1.0)
        arrow = arrow.moved(away[0] * (0.5 - gap), away[1] * (0.5 - gap))
    return arrow


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


def _arrow_svg(arrow: ArrowPath) -> str:
    body = smooth_d(list(arrow.line)) if arrow.curved else line_d(list(arrow.line))
    return (f'<g class="ubg-figure-arrow"><path d="{body}" stroke-width="3"/>'
            f'<path d="{_head_d(arrow.tip, arrow.toward)}" fill="currentColor" '
            'stroke-width="1.5"/></g>')


def _straight(scene: Scene, at: str, direction: str) -> list[ArrowPath]:
    name, reach = LANDMARKS[at]
    start3 = point(scene.points, name)
    if at == "chest" and direction in ("up", "down") and body_axes(scene.points)[1][1] > 0.7:
        # Along an upright chest the arrow would run over the body: it rises before the breastbone.
        start3, reach = add(start3, _facing(scene.points), reach + 3.0), 0.0
    if name.endswith("shoulder"):
        # Out past the shoulder's tip, so the arrow runs beside the neck and arm, not over them.
        start3 = add(start3, body_axes(scene.points)[2], 12.0 if name[0] == "r" else -12.0)
    world = {"up": (0.0, 1.0, 0.0), "down": (0.0, -1.0, 0.0)}.get(direction)
    if world is None:
        world = _facing(scene.points)
        world = world if direction == "forward" else (-world[0], -world[1], -world[2])
    a, b = scene.page(start3), scene.page(add(start3, world))
    u = _unit2(b[0] - a[0], b[1] - a[1])
    if u is None or math.hypot(b[0] - a[0], b[1] - a[1]) < 0.3:
        return []
    start = (a[0] + u[0] * reach, a[1] + u[1] * reach)
    if direction == "down" and name.endswith("shoulder"):
        # Below a shoulder hangs its arm, where a dark arrow would not show: it comes down
        # beside the shoulder from above instead, ending level with it.
        start = (a[0] - u[0] * 28, a[1] - u[1] * 28)
    tip = (start[0] + u[0] * 24, start[1] + u[1] * 24)
    return [ArrowPath((start, (tip[0] - u[0] * 6, tip[1] - u[1] * 6)), tip, u)]


def _turning(scene: Scene, direction: str) -> list[ArrowPath]:
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
    line = (*arc[:-1], (arc[-1][0] - u[0] * 6, arc[-1][1] - u[1] * 6))
    return [ArrowPath(line, arc[-1], u, curved=True)]


def _off_torso(scene: Scene, a: Page, b: Page) -> Page:
    """Give where a path from a to b leaves the torso on the page, when it starts over the torso
    and ends off it (a hand held in front of the chest that moves out to the side): drawn over
    the body, an arrow of the body's colour does not show."""
    ends = [scene.on_page[n] for n in ("spine-0", "spine-6")]

    def over(p: Page) -> bool:
        return _to_segment(p, *ends) < TORSO_REACH

    if not over(a) or over(b):
        return a
    off = next(p for p in _dense((a, b)) if not over(p))
    # Too short a way left to draw a line: the arrow would be a head alone.
    return off if math.dist(off, b) >= 20 else a


def _to_segment(p: Page, a: Page, b: Page) -> float:
    ab = (b[0] - a[0], b[1] - a[1])
    t = ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / max(ab[0] ** 2 + ab[1] ** 2, 1e-9)
    t = min(1.0, max(0.0, t))
    return math.dist(p, (a[0] + ab[0] * t, a[1] + ab[1] * t))


def _travel(scene: Scene, before: Scene, at: str) -> list[ArrowPath]:
    name, reach = LANDMARKS[at]
    a, b = before.page(point(before.points, name)), scene.page(point(scene.points, name))
    a = _off_torso(scene, a, b)
    gap = math.hypot(b[0] - a[0], b[1] - a[1])
    if gap < 12:
        return []
    centre = scene.on_page["spine-3"]
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
    # The quadratic curve from start to stem bent toward bend, as points along it.
    line = tuple(((1 - t) ** 2 * start[0] + 2 * (1 - t) * t * bend[0] + t ** 2 * stem[0],
                  (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * bend[1] + t ** 2 * stem[1])
                 for t in (k / 8 for k in range(9)))
    return [ArrowPath(line, tip, u_end, curved=True)]


def arrow_paths(scene: Scene, at: str, direction: str, before: Scene | None) -> list[ArrowPath]:
    """Give the arrows for a landmark and direction, kept off the head; none when the movement
    cannot be seen from this view."""
    if direction in ("turn-left", "turn-right"):
        arrows = _turning(scene, direction)
    elif direction:
        arrows = _straight(scene, at, direction)
    elif before is None:
        arrows = []
    elif at in ("hands", "elbows", "knees", "feet"):
        arrows = [a for side in SIDES
                  for a in _travel(scene, before, f"{side}-{at[:-1] if at != 'feet' else 'foot'}")]
    else:
        arrows = _travel(scene, before, at)
    head, nose = scene.on_page["head"], scene.on_page["nose"]
    neck = scene.on_page["spine-6"]
    # A ring above the head goes up, the way the head points, not down across the face.
    way = _unit2(head[0] - neck[0], head[1] - neck[1]) if direction.startswith("turn") else None
    return [_clear_of_head(arrow, head, nose, way) for arrow in arrows]


def arrow_svg(scene: Scene, at: str, direction: str, before: Scene | None) -> str:
    """Give the SVG of an arrow at a landmark, or '' when it cannot be seen from this view."""
    return "".join(_arrow_svg(arrow) for arrow in arrow_paths(scene, at, direction, before))
