"""Base postures, and placing a posed skeleton in the world so that it rests on the floor.

A posture turns the body into the world (x right on the page in side view, y up, z toward the
side-view camera), levels the part that rests on the floor, lets the hands or the back find the
floor or a prop, and drops the whole body onto the floor.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from generator.figure.drawing.skeleton import LEG_STROKE, is_leg, point, radius, skeleton
from generator.figure.drawing.vectors import IDENTITY, Mat, Vec, apply, cross, rot, unit
from generator.figure.models import SIDES


def _both(**angles: float) -> dict[str, float]:
    return {f"{side}-{name}": value for side in SIDES for name, value in angles.items()}


_PRONE: Mat = ((0.0, 1.0, 0.0), (-1.0, 0.0, 0.0), (0.0, 0.0, 1.0))
_SUPINE: Mat = ((0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (0.0, 0.0, 1.0))
_ON_LEFT_SIDE: Mat = ((0.0, -1.0, 0.0), (0.0, 0.0, 1.0), (-1.0, 0.0, 0.0))
_SIDE_CAMERA = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))
_FRONT_TURN = math.radians(20)
# Seen from a little to the right of straight ahead, so thighs and forearms that point at the
# camera still show, as in a three-quarter drawing.
_FRONT_CAMERA = ((math.sin(_FRONT_TURN), 0.0, -math.cos(_FRONT_TURN)), (0.0, 1.0, 0.0))
_FRONT_LEFT_CAMERA = ((-math.sin(_FRONT_TURN), 0.0, -math.cos(_FRONT_TURN)), (0.0, 1.0, 0.0))
_TOP_CAMERA = ((1.0, 0.0, 0.0), (0.0, 0.0, -1.0))
_HEAD_END_CAMERA = ((0.0, 0.0, 1.0), (0.0, 1.0, 0.0))


def _camera(azimuth: float, elevation: float) -> tuple[Vec, Vec]:
    """Give the page's right and up for a camera turned from the side view toward the front
    (+x) by azimuth degrees and raised above the floor by elevation degrees."""
    az, el = math.radians(azimuth), math.radians(elevation)
    look = (math.cos(el) * math.sin(az), math.sin(el), math.cos(el) * math.cos(az))
    right = unit(cross((0.0, 1.0, 0.0), look))
    return right, cross(look, right)


@dataclass(frozen=True)
class Posture:
    """A starting position: how the body sits in the world before any joint is changed."""

    orientation: Mat
    """Rows of the matrix that turns the body's frame into the world's."""
    angles: Mapping[str, float]
    """Joint angles of the posture; a figure's own angles replace these."""
    level: tuple[str, str, Vec] | None
    """From point, to point and the world direction that line is turned to (the resting part)."""
    ground: tuple[str, ...]
    """Name prefixes of the points that rest on the floor."""
    reach: str
    """'touch': the hands reach the floor; 'forward': they do when the arms reach forward;
    'clear': the upper body is lifted until nothing sinks into the floor; '': nothing moves."""
    feet_down: bool
    """Bent legs are turned at the hip until the feet are on the floor."""
    cameras: Mapping[str, tuple[Vec, Vec]]
    """For each view, the world directions of the page's right and up."""
    pivot: str = "spine-0"
    """The point the upper body turns about when it settles: the hips, or where they rest."""


_UPRIGHT_CAMERAS = {"side": _SIDE_CAMERA, "front": _FRONT_CAMERA,
                    "front-left": _FRONT_LEFT_CAMERA, "above": _TOP_CAMERA,
                    "three-quarter": _camera(50, 30)}
_LYING_CAMERAS = {"side": _SIDE_CAMERA, "front": _TOP_CAMERA, "front-left": _TOP_CAMERA,
                  "above": _TOP_CAMERA, "three-quarter": _camera(0, 35)}
_DOWN, _FORWARD, _BACK = (0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (-1.0, 0.0, 0.0)
POSTURES: dict[str, Posture] = {
    "standing": Posture(
        IDENTITY, _both(elbow=8, knee=3), ("spine-0", "ankles", _DOWN),
        ("left-", "right-"), "", False, _UPRIGHT_CAMERAS),
    "seated": Posture(
        IDENTITY, _both(hip=90, knee=90, shoulder=25, elbow=55), ("spine-0", "knees", _FORWARD),
        ("left-", "right-"), "", False, _UPRIGHT_CAMERAS),
    "hands-and-knees": Posture(
        _PRONE, {"neck": 10, **_both(hip=90, knee=90, ankle=-75, shoulder=85, wrist=-80)},
        ("knees", "ankles", _BACK), ("left-knee", "right-knee", "left-toe", "right-toe"),
        "touch", False, _UPRIGHT_CAMERAS),
    "kneeling": Posture(
        IDENTITY, _both(knee=90, ankle=-75, elbow=8), ("spine-0", "knees", _DOWN),
        ("left-knee", "right-knee", "left-toe", "right-toe"), "", False, _UPRIGHT_CAMERAS),
    "kneeling-sat-back": Posture(
        IDENTITY, {"neck": 20, "upper-spine": 20, "lower-spine": 20,
                   **_both(hip=120, knee=155, ankle=-75, shoulder=165, wrist=-30)},
        ("knees", "ankles", _BACK), ("left-knee", "right-knee", "left-toe", "right-toe"),
        "forward", False, _UPRIGHT_CAMERAS),
    # A low lunge: the left knee and shin on the floor, the right foot flat in front with the
    # shin upright. A figure that puts the other foot forward swaps the legs' angles.
    "kneeling-lunge": Posture(
        IDENTITY, {"left-hip": -10, "left-knee": 80, "left-ankle": -75, "right-hip": 95,
                   "right-knee": 95, **_both(elbow=8)},
        ("left-knee", "left-ankle", _BACK),
        ("left-knee", "left-toe", "right-heel", "right-toe"), "clear", False, _UPRIGHT_CAMERAS),
    "lying-front": Posture(
        _PRONE, _both(ankle=-70, elbow=5), None,
        ("torso-a-0", "torso-a-1", "left-knee", "right-knee", "left-toe", "right-toe"),
        "clear", False, _LYING_CAMERAS, "torso-a-0"),
    "lying-back": Posture(
        _SUPINE, _both(hip=50, knee=95, ankle=-15, elbow=5), None, ("torso-b-0", "torso-b-1"),
        "clear", True, _LYING_CAMERAS, "torso-b-0"),
    "lying-side": Posture(
        _ON_LEFT_SIDE, _both(hip=80, knee=90, shoulder=90, wrist=-10), None, (),
        "", False, {"side": _TOP_CAMERA, "front": _HEAD_END_CAMERA,
                    "front-left": _HEAD_END_CAMERA, "above": _TOP_CAMERA,
                    "three-quarter": _camera(180, 50)}),
}
"""The base postures a keyframe starts from."""


def turn(points: Mapping[str, Vec], names: set[str], pivot: Vec, deg: float) -> dict[str, Vec]:
    """Give the points with the named ones turned by deg about the world z axis at pivot."""
    m = rot(2, deg)
    return {n: _turned(p, pivot, m) if n in names else p for n, p in points.items()}


def angle_to_height(p: Vec, pivot: Vec, height: float) -> float | None:
    """Give the smallest turn about world z at pivot that brings p to a height, if one exists."""
    vx, vy = p[0] - pivot[0], p[1] - pivot[1]
    reach = math.hypot(vx, vy)
    want = height - pivot[1]
    if reach < 1e-9 or abs(want) > reach:
        return None
    base = math.degrees(math.atan2(vx, vy))
    spread = math.degrees(math.acos(want / reach))
    options = [((base + sign * spread + 180.0) % 360.0) - 180.0 for sign in (1.0, -1.0)]
    return min(options, key=abs)


def _lowest(points: Mapping[str, Vec], prefixes: tuple[str, ...]) -> float:
    chosen = [n for n in points if n.startswith(prefixes)] or list(points)
    return min(points[n][1] - radius(n) for n in chosen)


def _level(points: dict[str, Vec], rule: tuple[str, str, Vec] | None) -> dict[str, Vec]:
    if rule is None:
        return points
    start, end = point(points, rule[0]), point(points, rule[1])
    now = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
    want = math.degrees(math.atan2(rule[2][1], rule[2][0]))
    return turn(points, set(points), start, want - now)


def _settle(points: dict[str, Vec], movable: set[str], pivot: Vec,
            checks: list[tuple[str, float]], always: bool) -> dict[str, Vec]:
    """Turn the movable points until every checked point is at or above its height, one touching."""
    if not always and all(points[n][1] >= h - 0.01 for n, h in checks):
        return points
    options = [angle_to_height(points[n], pivot, h) for n, h in checks]
    for deg in sorted((d for d in options if d is not None), key=abs):
        # Try each turn on the checked points alone; turn the whole body only for the one kept.
        m = rot(2, deg)
        if all(_turned(points[n], pivot, m)[1] >= h - 0.01 if n in movable
               else points[n][1] >= h - 0.01 for n, h in checks):
            return turn(points, movable, pivot, deg)
    return points


def _turned(p: Vec, pivot: Vec, m: Mat) -> Vec:
    """Give one point turned by the matrix m about pivot (as turn() does for each point)."""
    # add() and apply() written out, the same sums in the same order: posing 1,000 figures
    # turns 200,000 points.
    qx, qy, qz = pivot
    x, y, z = p[0] - qx, p[1] - qy, p[2] - qz
    (m00, m01, m02), (m10, m11, m12), (m20, m21, m22) = m
    return (qx + (0.0 + m00 * x + m01 * y + m02 * z), qy + (0.0 + m10 * x + m11 * y + m12 * z),
            qz + (0.0 + m20 * x + m21 * y + m22 * z))


def _lean(points: dict[str, Vec], posture: Posture,
          angles: Mapping[str, float]) -> dict[str, Vec]:
    """Tilt a body that stands on its feet forward over them when both ankles bend up.

    Standing with the feet flat, the ankles bend only as the shins, and the straight body above
    them, lean forward (into a wall, for a wall push-up); levelled over its ankles, the body
    would otherwise stay upright and lift its toes.
    """
    lean = min(angles.get(f"{side}-ankle", 0.0) for side in SIDES)
    if posture.level is None or posture.level[1] != "ankles" or lean <= 0:
        return points
    return turn(points, set(points), point(points, "ankles"), -lean)


def _reaching(angles: Mapping[str, float], posture: Posture) -> bool:
    both = {**posture.angles, **angles}
    return min(both[f"{side}-shoulder"] for side in SIDES) >= 100


def place(posture_id: str, angles: Mapping[str, float], support: tuple[str, float] | None,
          floor: float, lift: float = 0.0) -> dict[str, Vec]:
    """Give the body's points in the world, resting on the floor (at height floor), or with the
    part it rests on lift above the floor (on a roller along the spine) and the feet down."""
    posture = POSTURES[posture_id]
    points = skeleton({**posture.angles, **angles})
    points = {n: apply(posture.orientation, p) for n, p in points.items()}
    points = _level(points, posture.level)
    points = _lean(points, posture, {**posture.angles, **angles})
    ground = _lowest(points, posture.ground)
    upper = {n for n in points if not is_leg(n)}
    pivot = points[posture.pivot]
    if support is not None:
        checks, always = [(support[0], ground + support[1] + radius(support[0]))], True
    else:
        names = [n for n in sorted(upper) if not n.endswith(("-0", "-1")) and n != "nose"]
        checks = [(n, ground + radius(n)) for n in names] if posture.reach else []
        always = posture.reach == "touch" or (
            posture.reach == "forward" and _reaching(angles, posture))
    points = _settle(points, upper, pivot, checks, always)
    if support is not None and posture.reach:
        names = [n for n in sorted(upper) if n.startswith(("head", "left-", "right-"))]
        points = _settle(points, upper, pivot, [(n, ground + radius(n)) for n in names], False)
    knees = {**posture.angles, **angles}
    for side in SIDES if posture.feet_down else ():
        if knees[f"{side}-knee"] >= 45:
            leg = {n for n in points if n.startswith(f"{side}-") and is_leg(n)}
            feet = [(f"{side}-{p}", ground - lift + LEG_STROKE / 2) for p in ("heel", "toe")]
            points = _settle(points, leg, points[f"{side}-hip"], feet, True)
    drop = floor + lift - _lowest(points, posture.ground)
    return {n: (p[0], p[1] + drop, p[2]) for n, p in points.items()}


def thumbnail_view(posture_id: str, view: str) -> str:
    """Give the view a thumbnail of a keyframe is drawn from: its own, unless that looks
    straight down, where a body a few pixels long is a flat stick. Then a body on its hands,
    knees or feet is seen from the side, and a lying one three-quarter (beside and above), which
    shows its bent knees, a lifted head and what it lies on."""
    posture = POSTURES[posture_id]
    order = ("three-quarter", "side") if posture.level is None else ("side", "three-quarter")
    for choice in (view, *order):
        if abs(posture.cameras[choice][1][1]) > 1e-9:
            return choice
    return view
