"""Poses a simple 3-D body from joint angles and projects it for the figure's SVG.

The body is a stick skeleton measured in centimetres. Its own frame has x pointing forward, y up
and z to the body's right. A posture turns the body into the world (x right on the page in side
view, y up, z toward the side-view camera), levels the part that rests on the floor, lets the
hands or the back find the floor or a prop, and drops the whole body onto the floor.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]

SIDES = ("left", "right")
SPINE_POINTS = 7
"""Points along the spine, from the middle of the pelvis (0) to the base of the neck (6)."""
_SPINE_SEGMENT = 9.5
_LOWER_WEIGHTS = (0.35, 0.35, 0.3, 0.0, 0.0)
_UPPER_WEIGHTS = (0.0, 0.0, 0.3, 0.4, 0.3)
_HALF_DEPTH = (4.0, 3.0, 3.0, 4.0, 5.0, 5.0, 3.0)
_HALF_WIDTH = (6.0, 4.0, 4.0, 6.0, 8.0, 9.0, 9.0)
TORSO_STROKE = 14.0
HEAD_RADIUS = 11.0
ARM_STROKE = 8.0
LEG_STROKE = 10.0

_CENTRAL = {
    "neck": (-70, 60),
    "neck-rotation": (-80, 80),
    "neck-side-bend": (-45, 45),
    "upper-spine": (-30, 45),
    "upper-spine-rotation": (-45, 45),
    "upper-spine-side-bend": (-30, 30),
    "lower-spine": (-35, 60),
    "lower-spine-rotation": (-15, 15),
    "lower-spine-side-bend": (-25, 25),
}
_PER_SIDE = {
    "shoulder": (-60, 180),
    "shoulder-abduction": (-45, 180),
    "shoulder-rotation": (-70, 90),
    "elbow": (0, 160),
    "wrist": (-80, 80),
    "hip": (-30, 150),
    "hip-abduction": (-30, 60),
    "knee": (0, 160),
    "ankle": (-75, 35),
}
JOINTS: dict[str, tuple[int, int]] = {
    **_CENTRAL,
    **{f"{side}-{name}": span for side in SIDES for name, span in _PER_SIDE.items()},
}
"""Every joint name a figure may set, with its allowed range in degrees (low, high)."""


def _both(**angles: float) -> dict[str, float]:
    return {f"{side}-{name}": value for side in SIDES for name, value in angles.items()}


_ID: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
_PRONE: Mat = ((0.0, 1.0, 0.0), (-1.0, 0.0, 0.0), (0.0, 0.0, 1.0))
_SUPINE: Mat = ((0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (0.0, 0.0, 1.0))
_ON_LEFT_SIDE: Mat = ((0.0, -1.0, 0.0), (0.0, 0.0, 1.0), (-1.0, 0.0, 0.0))
_SIDE_CAMERA = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))
_FRONT_TURN = math.radians(20)
# Seen from a little to the right of straight ahead, so thighs and forearms that point at the
# camera still show, as in a three-quarter drawing.
_FRONT_CAMERA = ((math.sin(_FRONT_TURN), 0.0, -math.cos(_FRONT_TURN)), (0.0, 1.0, 0.0))
_TOP_CAMERA = ((1.0, 0.0, 0.0), (0.0, 0.0, -1.0))
_HEAD_END_CAMERA = ((0.0, 0.0, 1.0), (0.0, 1.0, 0.0))


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


_UPRIGHT_CAMERAS = {"side": _SIDE_CAMERA, "front": _FRONT_CAMERA}
_LYING_CAMERAS = {"side": _SIDE_CAMERA, "front": _TOP_CAMERA}
_DOWN, _FORWARD, _BACK = (0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (-1.0, 0.0, 0.0)
POSTURES: dict[str, Posture] = {
    "standing": Posture(
        _ID, _both(elbow=8, knee=3), ("spine-0", "ankles", _DOWN),
        ("left-", "right-"), "", False, _UPRIGHT_CAMERAS),
    "seated": Posture(
        _ID, _both(hip=90, knee=90, shoulder=25, elbow=55), ("spine-0", "knees", _FORWARD),
        ("left-", "right-"), "", False, _UPRIGHT_CAMERAS),
    "hands-and-knees": Posture(
        _PRONE, {"neck": 10, **_both(hip=90, knee=90, ankle=-75, shoulder=85, wrist=-80)},
        ("spine-0", "knees", _DOWN), ("left-knee", "right-knee", "left-toe", "right-toe"),
        "touch", False, _UPRIGHT_CAMERAS),
    "kneeling": Posture(
        _ID, _both(knee=90, ankle=-75, elbow=8), ("spine-0", "knees", _DOWN),
        ("left-knee", "right-knee", "left-toe", "right-toe"), "", False, _UPRIGHT_CAMERAS),
    "kneeling-sat-back": Posture(
        _ID, {"neck": 20, "upper-spine": 20, "lower-spine": 20,
              **_both(hip=120, knee=155, ankle=-75, shoulder=165, wrist=-30)},
        ("knees", "ankles", _BACK), ("left-knee", "right-knee", "left-toe", "right-toe"),
        "forward", False, _UPRIGHT_CAMERAS),
    "lying-front": Posture(
        _PRONE, _both(ankle=-70, elbow=5), None,
        ("torso-a-0", "torso-a-1", "left-knee", "right-knee", "left-toe", "right-toe"),
        "clear", False, _LYING_CAMERAS, "torso-a-0"),
    "lying-back": Posture(
        _SUPINE, _both(hip=50, knee=95, ankle=-15, elbow=5), None, ("torso-b-0", "torso-b-1"),
        "clear", True, _LYING_CAMERAS, "torso-b-0"),
    "lying-side": Posture(
        _ON_LEFT_SIDE, _both(hip=80, knee=90, shoulder=90, wrist=-10), None, (),
        "", False, {"side": _TOP_CAMERA, "front": _HEAD_END_CAMERA}),
}
"""The base postures a keyframe starts from."""


def rot(axis: int, deg: float) -> Mat:
    """Give the rotation by deg degrees about the x (0), y (1) or z (2) axis."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    if axis == 0:
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == 1:
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def mul(a: Mat, b: Mat) -> Mat:
    """Give the product of two matrices."""
    cols = list(zip(*b, strict=True))
    rows = (tuple(sum(x * y for x, y in zip(row, col, strict=True)) for col in cols) for row in a)
    return tuple(rows)  # type: ignore[return-value]


def apply(m: Mat, v: Vec) -> Vec:
    """Give the matrix applied to a vector."""
    return tuple(sum(x * y for x, y in zip(row, v, strict=True)) for row in m)  # type: ignore[return-value]


def add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    """Give a + k·b."""
    return (a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2])


def dot(a: Vec, b: Vec) -> float:
    """Give the dot product."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    """Give the cross product."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _unit(v: Vec) -> Vec:
    n = math.sqrt(dot(v, v)) or 1.0
    return (v[0] / n, v[1] / n, v[2] / n)


def _bend(flexion: float, side_bend: float, rotation: float) -> Mat:
    # Flexion turns up toward forward; side-bend leans to the left; rotation turns to the left.
    return mul(rot(1, rotation), mul(rot(0, -side_bend), rot(2, -flexion)))


def _spine(a: Mapping[str, float], points: dict[str, Vec]) -> list[Mat]:
    frames: list[Mat] = [_ID]
    at: Vec = (0.0, 0.0, 0.0)
    points["spine-0"] = at
    for k in range(1, SPINE_POINTS):
        at = add(at, apply(frames[-1], (0.0, _SPINE_SEGMENT, 0.0)))
        points[f"spine-{k}"] = at
        if k < SPINE_POINTS - 1:
            lw, uw = _LOWER_WEIGHTS[k - 1], _UPPER_WEIGHTS[k - 1]
            turn = _bend(
                lw * a.get("lower-spine", 0) + uw * a.get("upper-spine", 0),
                lw * a.get("lower-spine-side-bend", 0) + uw * a.get("upper-spine-side-bend", 0),
                lw * a.get("lower-spine-rotation", 0) + uw * a.get("upper-spine-rotation", 0),
            )
            frames.append(mul(frames[-1], turn))
    frames.append(frames[-1])
    for k, frame in enumerate(frames):
        forward = apply(frame, (_HALF_DEPTH[k], 0.0, -_HALF_WIDTH[k]))
        points[f"torso-a-{k}"] = add(points[f"spine-{k}"], forward)
        points[f"torso-b-{k}"] = add(points[f"spine-{k}"], forward, -1.0)
    return frames


def _chest_frame(points: Mapping[str, Vec], top: Mat) -> Mat:
    # The arms hang from the line between pelvis and neck, so a rounded back does not swing them.
    up = _unit(add(points["spine-6"], points["spine-0"], -1.0))
    side = apply(top, (0.0, 0.0, 1.0))
    right = _unit(add(side, up, -dot(side, up)))
    forward = cross(up, right)
    return tuple(zip(forward, up, right, strict=True))  # type: ignore[return-value]


def _arm(a: Mapping[str, float], side: str, top: Mat, chest: Mat, points: dict[str, Vec]) -> None:
    s = 1.0 if side == "right" else -1.0
    shoulder = add(points["spine-6"], apply(top, (0.0, -3.0, 17.0 * s)))
    upper = mul(chest, mul(rot(2, a.get(f"{side}-shoulder", 0)), mul(
        rot(0, -s * a.get(f"{side}-shoulder-abduction", 0)),
        rot(1, -s * a.get(f"{side}-shoulder-rotation", 0)))))
    elbow = add(shoulder, apply(upper, (0.0, -29.0, 0.0)))
    fore = mul(upper, rot(2, a.get(f"{side}-elbow", 0)))
    wrist = add(elbow, apply(fore, (0.0, -25.0, 0.0)))
    hand = add(wrist, apply(mul(fore, rot(2, a.get(f"{side}-wrist", 0))), (0.0, -7.0, 0.0)))
    points.update({f"{side}-shoulder": shoulder, f"{side}-elbow": elbow,
                   f"{side}-wrist": wrist, f"{side}-hand": hand})


def _leg(a: Mapping[str, float], side: str, points: dict[str, Vec]) -> None:
    s = 1.0 if side == "right" else -1.0
    hip: Vec = (0.0, 0.0, 9.0 * s)
    thigh = mul(rot(2, a.get(f"{side}-hip", 0)), rot(0, -s * a.get(f"{side}-hip-abduction", 0)))
    knee = add(hip, apply(thigh, (0.0, -43.0, 0.0)))
    shin = mul(thigh, rot(2, -a.get(f"{side}-knee", 0)))
    ankle = add(knee, apply(shin, (0.0, -41.0, 0.0)))
    foot = mul(shin, rot(2, a.get(f"{side}-ankle", 0)))
    points.update({f"{side}-hip": hip, f"{side}-knee": knee, f"{side}-ankle": ankle,
                   f"{side}-heel": add(ankle, apply(foot, (-4.0, -5.0, 0.0))),
                   f"{side}-toe": add(ankle, apply(foot, (14.0, -6.0, 0.0)))})


def skeleton(angles: Mapping[str, float]) -> dict[str, Vec]:
    """Give every named point of the body in its own frame, pelvis at the origin."""
    points: dict[str, Vec] = {}
    frames = _spine(angles, points)
    top = frames[-1]
    neck = mul(top, _bend(angles.get("neck", 0), angles.get("neck-side-bend", 0),
                          angles.get("neck-rotation", 0)))
    head = add(points["spine-6"], apply(neck, (1.5, 21.0, 0.0)))
    points["head"] = head
    points["nose"] = add(head, apply(neck, (HEAD_RADIUS, -1.0, 0.0)))
    chest = _chest_frame(points, top)
    for side in SIDES:
        _arm(angles, side, top, chest, points)
        _leg(angles, side, points)
    return points


def radius(name: str) -> float:
    """Give how far the drawn body reaches around a named point."""
    if name == "head":
        return HEAD_RADIUS
    if name.startswith(("torso", "spine")):
        return TORSO_STROKE / 2
    if name == "nose":
        return 3.0
    part = name.split("-", 1)[-1]
    if part in ("shoulder", "elbow", "wrist", "hand"):
        return ARM_STROKE / 2
    return LEG_STROKE / 2


def is_leg(name: str) -> bool:
    """Tell whether a point belongs to a leg (legs stay put when the upper body turns)."""
    return name.split("-", 1)[-1] in ("hip", "knee", "ankle", "heel", "toe")


def point(points: Mapping[str, Vec], name: str) -> Vec:
    """Give a named point, or the middle of a pair: 'knees', 'hands', 'ankles', ..."""
    if name in points:
        return points[name]
    single = name[:-1]
    left, right = points[f"left-{single}"], points[f"right-{single}"]
    return ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2, (left[2] + right[2]) / 2)


def turn(points: Mapping[str, Vec], names: set[str], pivot: Vec, deg: float) -> dict[str, Vec]:
    """Give the points with the named ones turned by deg about the world z axis at pivot."""
    m = rot(2, deg)
    return {n: add(pivot, apply(m, add(p, pivot, -1.0))) if n in names else p
            for n, p in points.items()}


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
        turned = turn(points, movable, pivot, deg)
        if all(turned[n][1] >= h - 0.01 for n, h in checks):
            return turned
    return points


def _reaching(angles: Mapping[str, float], posture: Posture) -> bool:
    both = {**posture.angles, **angles}
    return min(both[f"{side}-shoulder"] for side in SIDES) >= 100


def place(posture_id: str, angles: Mapping[str, float], support: tuple[str, float] | None,
          floor: float) -> dict[str, Vec]:
    """Give the body's points in the world, resting on the floor (at height floor)."""
    posture = POSTURES[posture_id]
    points = skeleton({**posture.angles, **angles})
    points = {n: apply(posture.orientation, p) for n, p in points.items()}
    points = _level(points, posture.level)
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
            feet = [(f"{side}-{p}", ground + LEG_STROKE / 2) for p in ("heel", "toe")]
            points = _settle(points, leg, points[f"{side}-hip"], feet, True)
    drop = floor - _lowest(points, posture.ground)
    return {n: (p[0], p[1] + drop, p[2]) for n, p in points.items()}


@dataclass(frozen=True)
class Shape:
    """One prop part in the world: an outline, a line or a roller."""

    kind: str
    """'line' (an open polyline), 'panel' (a lightly filled outline, a line when seen
    edge-on), 'face' (the same, but hidden edge-on) or 'roller'."""
    points: tuple[Vec, ...]
    """Corners in the world; a roller gives its two end centres."""
    width: float = 2.5
    """Stroke width, or the roller's radius."""


PROP_PLACES: dict[str, tuple[str, ...]] = {
    "chair": ("hips", "hands"),
    "wall": ("back", "front"),
    "mat": ("floor",),
    "foam-roller": ("upper-back", "hands"),
    "band": ("hands",),
    "towel": ("hands", "knees", "neck"),
    "doorway": ("forearms",),
}
"""Where each prop can be put; the first place is the default."""

ROLLER_RADIUS = 9.0
"""A foam roller is about 15 cm across; drawn a little larger, it still reads as a thumbnail."""
PROP_SUPPORT = {("foam-roller", "upper-back"): ("torso-b-4", 2 * ROLLER_RADIUS),
                ("foam-roller", "hands"): ("right-hand", 2 * ROLLER_RADIUS)}
"""Props that hold a body point up: the point and the height of the prop's top."""
MAT_THICKNESS = 3.0
WALL_HEIGHT = 235.0
"""A wall reaches at least this high, above the hands of a standing figure with arms overhead."""
WALL_HALF_WIDTH = 75.0
"""A wall reaches at least this far to each side, past the elbows of arms out to the sides."""


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
        pelvis = points["spine-0"]
        seat, x0, x1, back = pelvis[1] - 7.0, pelvis[0] - 15.0, pelvis[0] + 27.0, -1.0
    rest = x0 if back < 0 else x1
    shapes = [Shape("panel", ((x0, seat, -21.0), (x1, seat, -21.0), (x1, seat, 21.0),
                             (x0, seat, 21.0)), 3.0)]
    for x in (x0 + 2.0, x1 - 2.0):
        shapes += [Shape("line", ((x, seat, z), (x, floor, z)), 3.0) for z in (-19.0, 19.0)]
    top = seat + 42.0
    shapes.append(Shape("panel", ((rest, seat, -19.0), (rest, top, -19.0), (rest, top, 19.0),
                                 (rest, seat, 19.0)), 3.0))
    return shapes


def _wall(points: Mapping[str, Vec], at: str, floor: float) -> list[Shape]:
    if at == "back":
        x, away = min(p[0] - radius(n) for n, p in points.items()), -8.0
    else:
        x, away = max(p[0] + radius(n) for n, p in points.items()), 8.0
    # At least a room's wall, so it stays the same size in every keyframe of a standing figure.
    top = max(WALL_HEIGHT, max(p[1] for p in points.values()) + 25.0)
    width = max(WALL_HALF_WIDTH, max(abs(p[2]) for p in points.values()) + 25.0)
    return [Shape("face", ((x + away, floor, 0.0), (x, floor, 0.0), (x, top, 0.0),
                           (x + away, top, 0.0)), 0.0),
            Shape("panel", ((x, floor, -width), (x, floor, width), (x, top, width),
                           (x, top, -width)), 3.0)]


def _mat(points: Mapping[str, Vec], floor: float) -> list[Shape]:
    x0 = min(p[0] for p in points.values()) - 10.0
    x1 = max(p[0] for p in points.values()) + 10.0
    z = max(30.0, max(abs(p[2]) for p in points.values()) + 8.0)
    return _box(x0, x1, floor - MAT_THICKNESS, floor, z)


def _held(points: Mapping[str, Vec], width: float) -> list[Shape]:
    left, right = points["left-hand"], points["right-hand"]
    middle = add(point(points, "hands"), (0.0, -4.0, 0.0))
    return [Shape("line", (left, middle, right), width)]


def prop_shapes(prop: str, at: str, points: Mapping[str, Vec], floor: float) -> list[Shape]:
    """Give the shapes of one prop, placed against the posed body."""
    if prop == "chair":
        return _chair(points, at, floor)
    if prop == "wall":
        return _wall(points, at, floor)
    if prop == "mat":
        return _mat(points, floor)
    if prop == "foam-roller" or (prop == "towel" and at == "neck"):
        r = ROLLER_RADIUS if prop == "foam-roller" else 4.5
        under = {"upper-back": "spine-4", "hands": "hands", "neck": "spine-6"}[at]
        x = point(points, under)[0]
        return [Shape("roller", ((x, floor + r, -28.0), (x, floor + r, 28.0)), r)]
    if prop == "towel" and at == "knees":
        knee = point(points, "knees")[0]
        return _box(knee - 14.0, knee + 14.0, floor, floor + 2.5, 22.0)
    if prop in ("band", "towel"):
        return _held(points, 2.5 if prop == "band" else 5.0)
    return _doorway(points, floor)


def _doorway(points: Mapping[str, Vec], floor: float) -> list[Shape]:
    arm = [points[f"{s}-{p}"] for s in SIDES for p in ("elbow", "wrist", "hand")]
    x = max(p[0] for p in arm) + 5.0
    z = max(abs(p[2]) for p in arm) + 6.0
    top = max(205.0, max(p[1] for p in points.values()) + 20.0)
    return [Shape("line", ((x, floor, -z), (x, top, -z), (x, top, z), (x, floor, z)), 5.0)]


# ---- Projection and SVG -------------------------------------------------------------------

Page = tuple[float, float]


@dataclass(frozen=True)
class Scene:
    """One keyframe, posed in the world and ready to project."""

    points: Mapping[str, Vec]
    """The body's named points in the world."""
    shapes: tuple[Shape, ...]
    """The props' shapes in the world."""
    camera: tuple[Vec, Vec]
    """World directions of the page's right and up."""

    @property
    def on_floor(self) -> bool:
        """True when the camera looks along the floor, so the floor is a line."""
        return self.camera[1] == (0.0, 1.0, 0.0)

    def page(self, p: Vec) -> Page:
        """Give a world point on the page (y grows downward)."""
        return (dot(p, self.camera[0]), -dot(p, self.camera[1]))

    def depth(self, p: Vec) -> float:
        """Give how near a world point is to the camera."""
        return dot(p, cross(self.camera[0], self.camera[1]))


def pose_scene(posture: str, angles: Mapping[str, float], props: tuple[tuple[str, str], ...],
               view: str) -> Scene:
    """Give a keyframe's body and props, posed and placed, seen from a view."""
    ids = {prop for prop, _ in props}
    floor = MAT_THICKNESS if "mat" in ids else 0.0
    support = next((PROP_SUPPORT[p] for p in props if p in PROP_SUPPORT), None)
    points = place(posture, angles, support, floor)
    if posture == "seated" and "chair" not in ids:
        props = (("chair", "hips"), *props)
    shapes = tuple(s for prop, at in props for s in prop_shapes(prop, at, points, floor))
    return Scene(points, shapes, POSTURES[posture].cameras[view])


def _num(value: float) -> str:
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _xy(p: Page) -> str:
    return f"{_num(p[0])} {_num(p[1])}"


def line_d(points: list[Page], closed: bool = False) -> str:
    """Give SVG path data through the points with straight lines."""
    d = "M" + "L".join(_xy(p) for p in points)
    return d + "Z" if closed else d


def smooth_d(points: list[Page]) -> str:
    """Give SVG path data for a smooth curve from the first point to the last."""
    if len(points) < 3:
        return line_d(points)
    parts = [f"M{_xy(points[0])}"]
    for here, after in zip(points[1:-1], points[2:], strict=True):
        middle = ((here[0] + after[0]) / 2, (here[1] + after[1]) / 2)
        parts.append(f"Q{_xy(here)} {_xy(middle)}")
    parts.append(f"L{_xy(points[-1])}")
    return "".join(parts)


def torso_d(scene: Scene, first: int = 0, last: int = SPINE_POINTS - 1) -> str:
    """Give the closed outline of the torso between two spine points."""
    front = [scene.page(scene.points[f"torso-a-{k}"]) for k in range(first, last + 1)]
    back = [scene.page(scene.points[f"torso-b-{k}"]) for k in range(last, first - 1, -1)]
    return smooth_d(front) + "L" + smooth_d(back)[1:] + "Z"


ARM = ("shoulder", "elbow", "wrist", "hand")
LEG = ("hip", "knee", "ankle", "heel", "toe")


def limb(scene: Scene, side: str, parts: tuple[str, ...]) -> list[Page]:
    """Give the page points of one arm or leg."""
    return [scene.page(scene.points[f"{side}-{p}"]) for p in parts]


def is_far(scene: Scene, side: str, parts: tuple[str, ...]) -> bool:
    """Tell whether a limb is on the far side of the body, to be drawn faded behind it."""
    mine = [scene.depth(scene.points[f"{side}-{p}"]) for p in parts]
    spine = [scene.depth(scene.points[f"spine-{k}"]) for k in range(SPINE_POINTS)]
    return sum(mine) / len(mine) < sum(spine) / len(spine) - 5.0


def shape_svg(scene: Scene, shape: Shape) -> str:
    """Give the SVG of one prop shape, or '' when it is seen edge-on and has no outline."""
    pts = [scene.page(p) for p in shape.points]
    if shape.kind == "roller":
        return _roller_svg(pts, shape.width)
    if shape.kind == "line":
        return f'<path d="{line_d(pts)}" stroke-width="{_num(shape.width)}"/>'
    span = _area(pts)
    longest = max(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1], strict=True))
    if abs(span) < 2.9 * longest and (shape.kind == "face" or not shape.width):
        return ""
    fill = ' fill="currentColor" fill-opacity=".12"' if abs(span) >= 1.0 else ""
    width = f' stroke-width="{_num(shape.width)}"' if shape.width else ' stroke="none"'
    return f'<path d="{line_d(pts, closed=True)}"{fill}{width}/>'


def _area(pts: list[Page]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True)) / 2


def _roller_svg(ends: list[Page], r: float) -> str:
    (ax, ay), (bx, by) = ends
    length = math.hypot(bx - ax, by - ay)
    if length < r:
        c = ((ax + bx) / 2, (ay + by) / 2)
        return (f'<circle cx="{_num(c[0])}" cy="{_num(c[1])}" r="{_num(r)}" fill="currentColor" '
                f'fill-opacity=".12"/><circle cx="{_num(c[0])}" cy="{_num(c[1])}" '
                f'r="{_num(r / 3)}"/>')
    nx, ny = -(by - ay) / length * r, (bx - ax) / length * r
    corners = [(ax + nx, ay + ny), (bx + nx, by + ny), (bx - nx, by - ny), (ax - nx, ay - ny)]
    return f'<path d="{line_d(corners, closed=True)}" fill="currentColor" fill-opacity=".12"/>'


def extent(scene: Scene) -> tuple[float, float, float, float]:
    """Give the page box (left, top, right, bottom) the scene's body and props cover."""
    spots = [(scene.page(p), radius(n)) for n, p in scene.points.items()]
    for shape in scene.shapes:
        reach = shape.width if shape.kind == "roller" else shape.width / 2
        spots += [(scene.page(p), reach) for p in shape.points]
    if scene.on_floor:
        spots.append(((spots[0][0][0], 0.0), 0.0))
    return (min(p[0] - r for p, r in spots), min(p[1] - r for p, r in spots),
            max(p[0] + r for p, r in spots), max(p[1] + r for p, r in spots))


LANDMARKS: dict[str, tuple[str, float]] = {
    "head": ("head", 14.0), "neck": ("spine-6", 12.0), "shoulders": ("spine-6", 14.0),
    "chest": ("spine-4", 15.0), "upper-back": ("spine-4", 15.0),
    "lower-back": ("spine-2", 14.0), "hips": ("spine-0", 15.0),
    "hands": ("hands", 8.0), "elbows": ("elbows", 8.0), "knees": ("knees", 8.0),
    "feet": ("ankles", 10.0),
    **{f"{side}-{part}": (f"{side}-{part}", 8.0) for side in SIDES
       for part in ("hand", "elbow", "knee")},
    **{f"{side}-foot": (f"{side}-ankle", 10.0) for side in SIDES},
}
"""Places an arrow can start from: the body point and how far the body reaches around it."""
DIRECTIONS = ("up", "down", "forward", "back", "turn-left", "turn-right")
"""Ways an arrow can point; with none, it comes from the place in the keyframe before."""


def body_axes(points: Mapping[str, Vec]) -> tuple[Vec, Vec, Vec]:
    """Give the chest's forward, up (toward the head) and right directions in the world."""
    up = _unit(add(points["spine-6"], points["spine-0"], -1.0))
    side = add(points["right-shoulder"], points["left-shoulder"], -1.0)
    right = _unit(add(side, up, -dot(side, up)))
    return cross(up, right), up, right


def _facing(points: Mapping[str, Vec]) -> Vec:
    forward, up, _ = body_axes(points)
    for axis in (forward, up):
        flat = (axis[0], 0.0, axis[2])
        if dot(flat, flat) > 0.25:
            return _unit(flat)
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
    return _arrow_svg(f"M{_xy(start)}Q{_xy(bend)} {_xy(stem)}", tip, u_end)


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


HIGHLIGHTS: dict[str, tuple[int, int] | None] = {
    "spine": (0, 6), "upper-spine": (3, 6), "lower-spine": (0, 3), "shoulders": (4, 6),
    "hips": (0, 1), "neck": None, "head": None, "arms": None, "left-arm": None,
    "right-arm": None, "legs": None, "left-leg": None, "right-leg": None,
}
"""Body parts that can be highlighted; torso parts give their spine points."""


def highlight_svg(scene: Scene, parts: tuple[str, ...]) -> str:
    """Give a soft halo behind the highlighted body parts."""
    out = []
    for part in parts:
        span = HIGHLIGHTS[part]
        if span is not None:
            out.append(f'<path d="{torso_d(scene, *span)}" fill="currentColor" stroke-width="28"/>')
        elif part == "head":
            c = scene.page(scene.points["head"])
            out.append(f'<circle cx="{_num(c[0])}" cy="{_num(c[1])}" r="18" fill="currentColor"/>')
        elif part == "neck":
            ends = [scene.page(scene.points["spine-6"]), scene.page(scene.points["head"])]
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


def body_svg(scene: Scene) -> tuple[str, str, str]:
    """Give the SVG of the far limbs, the torso with the head, and the near limbs."""
    far, near = [], []
    for side in SIDES:
        for parts, width in ((LEG, LEG_STROKE), (ARM, ARM_STROKE)):
            path = f'<path d="{line_d(limb(scene, side, parts))}" stroke-width="{_num(width)}"/>'
            (far if is_far(scene, side, parts) else near).append(path)
    head, nose = scene.page(scene.points["head"]), scene.page(scene.points["nose"])
    neck = [scene.page(scene.points["spine-6"]), head]
    middle = (f'<path d="{torso_d(scene)}" fill="currentColor" '
              f'stroke-width="{_num(TORSO_STROKE)}"/>'
              f'<path d="{line_d(neck)}" stroke-width="9"/>'
              f'<circle cx="{_num(head[0])}" cy="{_num(head[1])}" r="{_num(HEAD_RADIUS)}" '
              f'fill="currentColor"/>'
              f'<circle cx="{_num(nose[0])}" cy="{_num(nose[1])}" r="3.5" fill="currentColor"/>')
    back = f'<g opacity=".45">{"".join(far)}</g>' if far else ""
    return back, middle, "".join(near)


def floor_svg(scene: Scene, box: tuple[float, float, float, float]) -> str:
    """Give the floor: a line when seen along it, a soft area when seen from above."""
    left, top, width, height = box
    if scene.on_floor:
        return f'<path d="M{_num(left)} 0H{_num(left + width)}" stroke-width="2"/>'
    return (f'<rect x="{_num(left + 3)}" y="{_num(top + 3)}" width="{_num(width - 6)}" '
            f'height="{_num(height - 6)}" rx="8" fill="currentColor" fill-opacity=".06" '
            'stroke="none"/>')


def frame_box(scenes: list[Scene]) -> tuple[float, float, float, float]:
    """Give one viewBox (left, top, width, height), 4:3, that holds every keyframe."""
    boxes = [extent(s) for s in scenes]
    left, top = min(b[0] for b in boxes) - 8, min(b[1] for b in boxes) - 8
    right, bottom = max(b[2] for b in boxes) + 8, max(b[3] for b in boxes) + 8
    width = max(right - left, (bottom - top) * 4 / 3, 120.0)
    height = width * 3 / 4
    left -= (width - (right - left)) / 2
    if scenes[0].on_floor:
        return (left, bottom - height, width, height)
    return (left, top - (height - (bottom - top)) / 2, width, height)


def keyframe_markup(scene: Scene, box: tuple[float, float, float, float], *, title: str,
                    title_id: str, highlight: tuple[str, ...], arrow: tuple[str, str] | None,
                    before: Scene | None) -> str:
    """Give one keyframe as an inline SVG: floor, props, highlight, body and arrow."""
    named = f' aria-labelledby="{title_id}"' if title_id else f' aria-label="{escape(title)}"'
    title_attr = f' id="{title_id}"' if title_id else ""
    props = "".join(shape_svg(scene, shape) for shape in scene.shapes)
    far, middle, near = body_svg(scene)
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" class="ubg-figure__svg" '
        f'viewBox="{" ".join(_num(v) for v in box)}" role="img"{named}>',
        f"<title{title_attr}>{escape(title)}</title>",
        '<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">',
        floor_svg(scene, box),
        f'<g class="ubg-figure-props">{props}</g>' if props else "",
        highlight_svg(scene, highlight),
        far, middle, near,
        arrow_svg(scene, arrow[0], arrow[1], before) if arrow else "",
        "</g>",
        "</svg>",
    ]
    return "\n".join(line for line in lines if line)
