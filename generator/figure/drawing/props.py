"""Props drawn with the body (chair, wall, mat, foam roller, band, towel, doorway) as shapes."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.figure.drawing.skeleton import point, radius
from generator.figure.drawing.vectors import Vec, add, unit
from generator.figure.models import SIDES


@dataclass(frozen=True)
class Shape:
    """One prop part in the world: an outline, a line or a roller."""

    kind: str
    """'line' (an open polyline), 'band' (a smooth line that stays visible over the body),
    'panel' (a lightly filled outline, a line when seen edge-on), 'face' (the same, but hidden
    edge-on), 'roller' (seen across) or 'long-roller' (lying lengthwise, with rounded ends)."""
    points: tuple[Vec, ...]
    """Corners in the world; a roller gives its two end centres."""
    width: float = 2.5
    """Stroke width, or the roller's radius."""
    front: bool = False
    """Drawn over the body rather than behind it, as a band held in front of the body is."""



ROLLER_RADIUS = 9.0
"""A foam roller is about 15 cm across; drawn a little larger, it still reads as a thumbnail."""
ROLLER_LENGTH = 90.0
"""A long foam roller: longer than the back, it shows past the head and between the thighs."""
TOWEL_LENGTH = 64.0
"""A bath towel rolled along its length reaches from the lower ribs to just past the back of
the head, so its end shows beyond the head of a body lying on it."""
ROLLER_PAST_HIPS = 10.0
"""How far a roller along the spine reaches past the pelvis, between the thighs."""
TOWEL_RADIUS = 5.0
"""A towel rolled up tight is about 10 cm across."""
ALONG_SPINE = {"foam-roller": ROLLER_RADIUS, "towel": TOWEL_RADIUS}
"""The radius of a prop that lies lengthwise under the spine."""
LIFTED_BY = {"foam-roller": 2 * ROLLER_RADIUS}
"""Props along the spine that the whole back lies on, and how high they hold it: a towel
holds up only the upper back (PROP_SUPPORT), with the pelvis on the floor."""
PROP_SUPPORT = {("foam-roller", "upper-back"): ("torso-b-5", 2 * ROLLER_RADIUS),
                ("foam-roller", "hands"): ("right-hand", 2 * ROLLER_RADIUS),
                ("towel", "along-spine"): ("torso-b-6", 2 * TOWEL_RADIUS)}
"""Props that hold a body point up: the point and the height of the prop's top."""
MAT_THICKNESS = 3.0
DOOR_HEIGHT = 210.0
"""A door is about 2 m high: its lintel is well above the head of a standing figure."""
WALL_HEIGHT = 235.0
"""A wall reaches at least this high, above the hands of a standing figure with arms overhead."""
WALL_HALF_WIDTH = 75.0
"""A wall reaches at least this far to each side, past the elbows of arms out to the sides."""
BAND_SLACK = 70.0
"""Hands closer than this hold a band that sags between them; farther apart, it is straight."""
HELD_DROOP = 4.0
"""How far a towel held between the hands hangs below them where they are farthest apart."""
ANCHOR_REACH = 105.0
"""How far in front of the hips a band is tied, past the hands of arms reaching forward."""


def _box(x0: float, x1: float, y0: float, y1: float, z: float) -> list[Shape]:
    """Give the visible faces of an upright box: its outline from the side and from the front."""
    side = ((x0, y0, 0.0), (x1, y0, 0.0), (x1, y1, 0.0), (x0, y1, 0.0))
    front = ((x1, y0, -z), (x1, y0, z), (x1, y1, z), (x1, y1, -z))
    top = ((x0, y1, -z), (x1, y1, -z), (x1, y1, z), (x0, y1, z))
    return [Shape("face", side, 2.0), Shape("face", front, 2.0), Shape("face", top, 2.0)]


def _chair(points: Mapping[str, Vec], at: str, floor: float) -> list[Shape]:
    if at == "hands":
        hands = point(points, "hands")
        seat, x0, x1, back = hands[1] - 4.0, hands[0] - 14.0, hands[0] + 28.0, 1.0
    else:
        # Sitting back, the backrest is just behind the hips; near the front edge, the seat
        # ends under the thighs and the backrest is well behind.
        pelvis, ahead = points["spine-0"], 15.0 if at == "front-edge" else 27.0
        seat, x0, x1, back = pelvis[1] - 7.0, pelvis[0] + ahead - 42.0, pelvis[0] + ahead, -1.0
    rest = x0 if back < 0 else x1
    shapes = [Shape("panel", ((x0, seat, -21.0), (x1, seat, -21.0), (x1, seat, 21.0),
                             (x0, seat, 21.0)), 3.0)]
    for x in (x0 + 2.0, x1 - 2.0):
        shapes += [Shape("line", ((x, seat, z), (x, floor, z)), 3.0) for z in (-19.0, 19.0)]
    top = seat + 42.0
    shapes.append(Shape("panel", ((rest, seat, -19.0), (rest, top, -19.0), (rest, top, 19.0),
                                 (rest, seat, 19.0)), 3.0))
    return shapes


def _wall(bodies: Sequence[Mapping[str, Vec]], at: str, floor: float) -> list[Shape]:
    named = [(n, p) for points in bodies for n, p in points.items()]
    if at == "back":
        x, away = min(p[0] - radius(n) for n, p in named), -8.0
    else:
        x, away = max(p[0] + radius(n) for n, p in named), 8.0
    # At least a room's wall, however low the arms are.
    top = max(WALL_HEIGHT, max(p[1] for _, p in named) + 25.0)
    width = max(WALL_HALF_WIDTH, max(abs(p[2]) for _, p in named) + 25.0)
    return [Shape("face", ((x + away, floor, 0.0), (x, floor, 0.0), (x, top, 0.0),
                           (x + away, top, 0.0)), 0.0),
            Shape("panel", ((x, floor, -width), (x, floor, width), (x, top, width),
                           (x, top, -width)), 3.0)]


def _mat(bodies: Sequence[Mapping[str, Vec]], floor: float) -> list[Shape]:
    spots = [p for points in bodies for p in points.values()]
    # Past the outline of the head and feet, not their middles, so a head lies on the mat.
    edges = [(p[0], radius(n)) for points in bodies for n, p in points.items()]
    x0 = min(x - r for x, r in edges) - 10.0
    x1 = max(x + r for x, r in edges) + 10.0
    z = max(30.0, max(abs(p[2]) for p in spots) + 8.0)
    return _box(x0, x1, floor - MAT_THICKNESS, floor, z)


def _held(points: Mapping[str, Vec], bodies: Sequence[Mapping[str, Vec]],
          width: float) -> list[Shape]:
    """Give a towel held between the hands: one length in every frame, just slack where the
    hands are farthest apart and hanging lower between them where they are closer."""
    def span(body: Mapping[str, Vec]) -> float:
        return math.dist(body["left-hand"], body["right-hand"]) / 2

    half = math.hypot(max(span(body) for body in bodies), HELD_DROOP)
    drop = math.sqrt(max(half ** 2 - span(points) ** 2, 0.0))
    middle = add(point(points, "hands"), (0.0, -drop, 0.0))
    # Held in front of the body, it is drawn over it, apart from it by a rim as a band is.
    return [Shape("band", (points["left-hand"], middle, points["right-hand"]), width,
                  front=True)]


def _band(points: Mapping[str, Vec]) -> list[Shape]:
    """Give a band between the hands, sagging when they are close and straight when apart."""
    left, right = points["left-hand"], points["right-hand"]
    sag = 0.35 * max(0.0, BAND_SLACK - math.dist(left, right))
    steps = 6
    curve = tuple(tuple(a + (b - a) * k / steps for a, b in zip(left, right, strict=True))
                  for k in range(steps + 1))
    # A hanging band is near enough a parabola, lowest in the middle.
    return [Shape("band", tuple((x, y - sag * 4 * k * (steps - k) / steps ** 2, z)
                                for k, (x, y, z) in enumerate(curve)), 2.5, front=True)]


def _anchored(points: Mapping[str, Vec], floor: float) -> list[Shape]:
    """Give a band from the hands to a short post in front, tied at belly height."""
    hips = points["spine-0"]
    # Tied at a fixed place in front of the hips, so the post stays put while the arms move.
    knot = (hips[0] + ANCHOR_REACH, hips[1] + 15.0, 0.0)
    post = Shape("line", ((knot[0], floor, 0.0), (knot[0], knot[1] + 12.0, 0.0)), 5.0)
    return [post, Shape("band", (point(points, "hands"), knot), 2.5, front=True)]


def _along_spine(points: Mapping[str, Vec], prop: str, floor: float) -> list[Shape]:
    """Give a foam roller lying lengthwise under the spine from the pelvis to past the head, or a
    rolled towel from the lower ribs to past the back of the head, at its own length in every frame.
    """
    start, length = ("spine-0", ROLLER_LENGTH) if prop == "foam-roller" \
        else ("spine-3", TOWEL_LENGTH)
    r, behind = ALONG_SPINE[prop], ROLLER_PAST_HIPS if prop == "foam-roller" else 0.0
    hips, head = points[start], points["head"]
    toward = unit((head[0] - hips[0], 0.0, head[2] - hips[2]))
    first = add(hips, toward, -behind)
    ends = (first, add(first, toward, length))
    return [Shape("long-roller", tuple((x, floor + r, z) for x, _, z in ends), r)]


def prop_shapes(prop: str, at: str, points: Mapping[str, Vec], floor: float,
                bodies: Sequence[Mapping[str, Vec]] = ()) -> list[Shape]:
    """Give the shapes of one prop, placed against the posed body.

    A mat, a wall or a doorway stays put and keeps one size: it is made to hold the bodies of
    every keyframe (bodies; by default this one's).
    """
    bodies = bodies or (points,)
    if prop == "chair":
        return _chair(points, at, floor)
    if prop == "wall":
        return _wall(bodies, at, floor)
    if prop == "mat":
        return _mat(bodies, floor)
    if at == "along-spine":
        return _along_spine(points, prop, floor)
    if prop == "band":
        return _anchored(points, floor) if at == "anchor" else _band(points)
    if prop == "foam-roller" or (prop == "towel" and at == "neck"):
        r = ROLLER_RADIUS if prop == "foam-roller" else 4.5
        # Under the point the body rests on: the upper back rests on the roller's top.
        under = {"upper-back": "torso-b-5", "hands": "hands", "neck": "spine-6"}[at]
        x = point(points, under)[0]
        return [Shape("roller", ((x, floor + r, -28.0), (x, floor + r, 28.0)), r)]
    if prop == "towel" and at in ("knees", "forehead"):  # folded flat on the floor
        x = point(points, "knees" if at == "knees" else "head")[0]
        return _box(x - 14.0, x + 14.0, floor, floor + 2.5, 22.0)
    if prop == "towel":
        return _held(points, bodies, 5.0)
    return _doorway(bodies, floor)


def _doorway(bodies: Sequence[Mapping[str, Vec]], floor: float) -> list[Shape]:
    """Give a door frame whose jambs stand where the hands are, just in front of the forearms
    resting against them, and whose lintel is well above the head, as a door's is."""
    hands = [points[f"{s}-hand"] for points in bodies for s in SIDES]
    x = max(p[0] for p in hands) + radius("left-hand")
    z = max(abs(p[2]) for p in hands)
    top = max(DOOR_HEIGHT, max(p[1] for points in bodies for p in points.values()) + 40.0)
    return [Shape("line", ((x, floor, -z), (x, top, -z), (x, top, z), (x, floor, z)), 5.0)]
