"""Alt text for the arms: what a keyframe's arms do, told from its joint angles and the body's
points in its own frame (pelvis at the origin, x forward, y up, z to the right)."""

from __future__ import annotations

from collections.abc import Mapping

from generator.figure.drawing.vectors import Vec
from generator.figure.models import SIDES, Keyframe


def arm_words(frame: Keyframe, a: Mapping[str, float], points: Mapping[str, Vec]) -> str:
    """Give what the arms do in one keyframe, in words, or '' when there is nothing to say."""
    both = {j: min(a[f"left-{j}"], a[f"right-{j}"])
            for j in ("shoulder", "shoulder-abduction", "elbow")}
    head = points["head"]
    near = all(sum((h - c) ** 2 for h, c in zip(points[f"{s}-hand"], head, strict=True)) < 26 ** 2
               for s in SIDES)
    upright = frame.posture in ("standing", "seated", "kneeling")
    hands = points["left-hand"], points["right-hand"]
    # Forearms bent up and wound together in front of the face, as in eagle arms: close to the
    # head too, but in front of it, not behind.
    if upright and both["elbow"] >= 70 and both["shoulder"] >= 80 \
            and min(h[0] for h in hands) > head[0] + 10 and _dist(*hands) < 20:
        return "arms wrapped with the forearms in front of the face"
    if near:
        return "forehead resting on the hands" if frame.posture == "lying-front" \
            else "hands behind the head"
    if frame.posture in ("hands-and-knees", "kneeling-lunge"):
        one = _one_arm_words(frame.posture, a, points)
        if one:
            return one
    if frame.posture == "lying-side":
        if a["right-shoulder-abduction"] >= 45:
            return "top arm opened out to the other side"
        return "arms reaching forward together" if both["shoulder"] >= 70 else ""
    if frame.posture == "lying-front" and both["elbow"] >= 60 and both["shoulder"] >= 45:
        return "propped up on the forearms"
    if both["shoulder-abduction"] >= 60 and both["elbow"] >= 60:
        return "arms out to the sides with the elbows bent"
    if frame.posture in ("lying-front", "lying-back"):
        return _lying_arm_words(both)
    if max(both["shoulder"], both["shoulder-abduction"]) >= 130 and both["elbow"] <= 40:
        return "arms raised overhead" if upright else "arms stretched out in front"
    if upright and both["elbow"] <= 30 and both["shoulder-abduction"] >= 70:
        return "arms out to the sides"
    if upright and both["elbow"] <= 30 and both["shoulder"] >= 70:
        return "arms straight out in front"
    back = max(a["left-shoulder"], a["right-shoulder"])
    if upright and back <= -12 and max(a["left-elbow"], a["right-elbow"]) <= 30 \
            and both["shoulder-abduction"] < 30:
        return "hands lifted behind the back" if back <= -35 else "shoulders drawn back"
    return _one_side_words(frame.posture, a, points) if upright else ""


def _one_side_words(posture: str, a: Mapping[str, float], points: Mapping[str, Vec]) -> str:
    """Give what one arm does sitting or standing: raised beside the ear, the hand on the seat."""
    out = []
    for side, other in (("right", "left"), ("left", "right")):
        up = max(a[f"{side}-shoulder"], a[f"{side}-shoulder-abduction"])
        down = max(a[f"{other}-shoulder"], a[f"{other}-shoulder-abduction"])
        if up >= 150 and a[f"{side}-elbow"] <= 30 and down < 120:
            out.append(f"{side} arm raised beside the ear")
    for side in SIDES:
        hand = points[f"{side}-hand"]
        # Low beside the hip and out past the thigh: on the seat, not hanging or on the thigh.
        if posture == "seated" and hand[1] <= 2 and abs(hand[2]) >= 20:
            out.append(f"{side} hand on the seat")
    return ", ".join(out)


def _dist(p: Vec, q: Vec) -> float:
    return sum((a - b) ** 2 for a, b in zip(p, q, strict=True)) ** 0.5


def _one_arm_words(posture: str, a: Mapping[str, float], points: Mapping[str, Vec]) -> str:
    """Give what one arm does while the other holds the body up: threaded under the chest to
    the other side, or reaching up to the ceiling as the chest turns its way."""
    turn = a["upper-spine-rotation"] + a["lower-spine-rotation"]
    for side, sign, other in (("right", -1.0, "left"), ("left", 1.0, "right")):
        # Well past the other shoulder, at the chest's level: under the body, not overhead.
        across = sign * points[f"{side}-hand"][2] >= 40 and \
            points[f"{side}-hand"][1] <= points["spine-6"][1] + 10
        if posture == "hands-and-knees" and across:
            return f"{side} arm slid under the body to the {other}"
        straight = a[f"{side}-shoulder-abduction"] >= 90 and a[f"{side}-elbow"] <= 30
        if straight and sign * turn >= 30:
            return f"{side} arm reaching up to the ceiling"
    return ""


def _lying_arm_words(both: Mapping[str, float]) -> str:
    """Give the shape the arms make on the floor, lying face down or up: Y, T or W."""
    out, bent = both["shoulder-abduction"], both["elbow"] >= 60
    if bent and both["shoulder"] <= -40:
        return "hands resting on the lower back"
    if both["shoulder"] >= 130 and not bent:
        return "arms stretched overhead"
    if bent and 20 <= out <= 70:
        return "elbows bent toward the ribs in a W"
    if bent:
        return ""
    if out >= 145:
        return "arms overhead"
    if out >= 110:
        return "arms overhead in a Y"
    if out >= 70:
        return "arms out to the sides in a T"
    return "arms in a low V by the sides" if out >= 25 else ""
