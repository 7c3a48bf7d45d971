"""The stick skeleton: every body point from a set of joint angles (names: figure.models).

The body is measured in centimetres. Its own frame has x pointing forward, y up and z to the
body's right, with the middle of the pelvis at the origin.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

from generator.figure.drawing.vectors import (
    IDENTITY,
    Mat,
    Vec,
    add,
    apply,
    cross,
    dot,
    mul,
    rot,
    unit,
)
from generator.figure.models import JOINTS, SIDES

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
_COLLARBONE = 17.0



def _bend(flexion: float, side_bend: float, rotation: float) -> Mat:
    # Flexion turns up toward forward; side-bend leans to the left; rotation turns to the left.
    return mul(rot(1, rotation), mul(rot(0, -side_bend), rot(2, -flexion)))


def _spine(a: Mapping[str, float], points: dict[str, Vec]) -> list[Mat]:
    frames: list[Mat] = [IDENTITY]
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
    up = unit(add(points["spine-6"], points["spine-0"], -1.0))
    side = apply(top, (0.0, 0.0, 1.0))
    right = unit(add(side, up, -dot(side, up)))
    forward = cross(up, right)
    return tuple(zip(forward, up, right, strict=True))  # type: ignore[return-value]


def _arm(a: Mapping[str, float], side: str, top: Mat, chest: Mat, points: dict[str, Vec]) -> None:
    s = 1.0 if side == "right" else -1.0
    # The collarbone swings about the breastbone: a shrug lifts the shoulder toward the ear,
    # drawing it back pulls it behind the chest; the arm hangs from wherever it ends.
    lift = math.radians(a.get(f"{side}-shoulder-lift", 0))
    back = math.radians(a.get(f"{side}-shoulder-retraction", 0))
    collarbone = (-_COLLARBONE * math.cos(lift) * math.sin(back),
                  -3.0 + _COLLARBONE * math.sin(lift),
                  _COLLARBONE * math.cos(lift) * math.cos(back) * s)
    shoulder = add(points["spine-6"], apply(top, collarbone))
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
    return dict(_posed(tuple(angles.get(name, 0.0) for name in JOINTS)))


@functools.lru_cache(maxsize=4096)
def _posed(joints: tuple[float, ...]) -> dict[str, Vec]:
    """Give the body's points for every joint's angle (in JOINTS order), worked out once: a
    keyframe is posed for its picture and again for the words of its alt text."""
    angles = dict(zip(JOINTS, joints, strict=True))
    points: dict[str, Vec] = {}
    frames = _spine(angles, points)
    top = frames[-1]
    neck = mul(top, _bend(angles.get("neck", 0), angles.get("neck-side-bend", 0),
                          angles.get("neck-rotation", 0)))
    head = add(points["spine-6"], apply(neck, (1.5, 21.0, 0.0)))
    points["head"] = head
    # The head nods on the top of the neck: it turns the face, not where the head sits.
    face = mul(neck, rot(2, -angles.get("head", 0)))
    points["nose"] = add(head, apply(face, (HEAD_RADIUS, -1.0, 0.0)))
    chest = _chest_frame(points, top)
    for side in SIDES:
        _arm(angles, side, top, chest, points)
        _leg(angles, side, points)
    return points


@functools.cache  # a few dozen names, asked for some 300,000 times at 1,000 figures
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


def body_axes(points: Mapping[str, Vec]) -> tuple[Vec, Vec, Vec]:
    """Give the chest's forward, up (toward the head) and right directions in the world."""
    up = unit(add(points["spine-6"], points["spine-0"], -1.0))
    side = add(points["right-shoulder"], points["left-shoulder"], -1.0)
    right = unit(add(side, up, -dot(side, up)))
    return cross(up, right), up, right
