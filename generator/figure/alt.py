"""Alt text: a figure's poses told in words, for people who cannot see the drawing."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from generator.figure.arm_words import arm_words
from generator.figure.drawing.postures import POSTURES
from generator.figure.drawing.skeleton import skeleton
from generator.figure.models import JOINTS, SIDES, Figure, Keyframe, PropPlacement

_POSTURE_WORDS = {
    "standing": "Standing", "seated": "Sitting on a chair",
    "hands-and-knees": "On hands and knees", "kneeling": "Kneeling upright",
    "kneeling-sat-back": "Kneeling, sitting back on the heels",
    "kneeling-lunge": "In a low lunge with the back knee down",
    "lying-front": "Lying face down", "lying-back": "Lying on the back",
    "lying-side": "Lying on one side",
}
_PROP_WORDS = {
    ("chair", "hands"): "with the hands on {a}", ("chair", "front-edge"): "near its front edge",
    ("wall", "back"): "with the back against {a}",
    ("wall", "front"): "facing {a}", ("mat", "floor"): "on {a}",
    ("foam-roller", "upper-back"): "over {a} under the upper back",
    ("foam-roller", "hands"): "with the hands on {a}",
    ("foam-roller", "along-spine"): "along {a} under the spine",
    ("band", "hands"): "holding {a}", ("band", "anchor"): "holding {a} tied to a post in front",
    ("towel", "hands"): "holding {a}", ("towel", "knees"): "with {a} under the knees",
    ("towel", "neck"): "with {a} rolled under the neck",
    ("towel", "along-spine"): "along {a} rolled up under the spine",
    ("doorway", "forearms"): "in {a} with the forearms on the frame",
}


def _a(label: str) -> str:
    word = label.lower()
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _spine_words(posture: str, a: Mapping[str, float]) -> list[str]:
    bend = a.get("upper-spine", 0) + a.get("lower-spine", 0)
    words = {
        "hands-and-knees": ("back rounded up toward the ceiling",
                            "back arched down with the chest forward"),
        "kneeling-sat-back": ("folded forward over the knees", "chest lifted"),
        "lying-front": ("", "chest lifted with the back arched"),
        "lying-back": ("", "upper back arched back"),
        "lying-side": ("", ""),
    }.get(posture, ("back rounded forward", "upper back arched with the chest lifted"))
    if bend >= 15:
        return [words[0]] if words[0] else []
    if bend <= -15 or a.get("upper-spine", 0) <= -15:
        reach = min(a.get(f"{side}-shoulder", 0) for side in SIDES)
        if posture == "hands-and-knees" and reach >= 150:
            # Hands walked forward past the head, hips kept up: the chest sinks, as in a puppy
            # pose, rather than the belly dropping as in a cow.
            return ["chest and forehead lowered toward the floor"]
        return [words[1]] if words[1] else []
    # A gentle lift of the breastbone, sitting or standing tall, is not yet an arch.
    if a.get("upper-spine", 0) <= -10 and posture in ("standing", "seated", "kneeling"):
        return ["chest lifted"]
    return []


def _head_words(a: Mapping[str, float]) -> list[str]:
    # Only a nod against the neck slides the head with the face level; a neck bent alone
    # tips the face too, and the spine words already tell that.
    level = abs(a["neck"] + a["head"]) <= 5
    if level and a["neck"] >= 8 and a["head"] <= -8:
        return ["head poking forward"]
    if level and a["neck"] <= -3 and a["head"] >= 3:
        return ["head slid back with the chin tucked"]
    return []


def _turn_words(posture: str, a: Mapping[str, float]) -> list[str]:
    out = []
    turn = a.get("upper-spine-rotation", 0) + a.get("lower-spine-rotation", 0)
    if posture == "lying-side" and turn <= -15:
        out.append("chest turned open toward the ceiling")
    elif abs(turn) >= 15:
        out.append(f"upper body turned to the {'left' if turn > 0 else 'right'}")
    lean = a.get("upper-spine-side-bend", 0) + a.get("lower-spine-side-bend", 0)
    if abs(lean) >= 10:
        out.append(f"leaning to the {'left' if lean > 0 else 'right'}")
    elif abs(a.get("neck-side-bend", 0)) >= 20:
        out.append(f"head tilted to the {'left' if a['neck-side-bend'] > 0 else 'right'}")
    return out


def _shoulder_words(a: Mapping[str, float]) -> list[str]:
    # Both shoulders must move for the words to say 'shoulders'.
    lift = min(a["left-shoulder-lift"], a["right-shoulder-lift"])
    drop = max(a["left-shoulder-lift"], a["right-shoulder-lift"])
    back = min(a["left-shoulder-retraction"], a["right-shoulder-retraction"])
    if back >= 15:
        return ["shoulders drawn back"]
    if lift >= 15:
        return ["shoulders lifted toward the ears"]
    if drop <= -5:
        return ["shoulders lowered"]
    return []


@functools.lru_cache(maxsize=4096)
def keyframe_words(frame: Keyframe) -> str:
    """Give what one keyframe shows, in words, without the posture."""
    a = {**POSTURES[frame.posture].angles, **dict(frame.joints)}
    a = {name: a.get(name, 0.0) for name in JOINTS}
    # Only the hands' distance from the head is read, and placing the body in the world turns
    # the upper body as one piece, so the body in its own frame is enough (and far cheaper).
    points = skeleton(a)
    words = _spine_words(frame.posture, a) + _head_words(a) + _turn_words(frame.posture, a)
    words += _shoulder_words(a)
    arms = arm_words(frame, a, points)
    arms = "" if arms in words else arms
    return ", ".join(words + ([arms] if arms else []))


def setting_words(frame: Keyframe, props: tuple[PropPlacement, ...]) -> str:
    """Give the keyframe's posture and props in words, as in 'Standing facing a wall'."""
    extras = [_PROP_WORDS[(p.prop, p.at)].format(a=_a(p.label)) for p in props
              if (p.prop, p.at) in _PROP_WORDS]
    a = {**POSTURES[frame.posture].angles, **dict(frame.joints)}
    bent_up = all(a.get(f"{side}-shoulder", 0) >= 70 and a.get(f"{side}-elbow", 0) >= 30
                  for side in SIDES)
    if bent_up and any((p.prop, p.at) == ("wall", "front") for p in props):
        # Upper arms raised and elbows bent toward a wall in front: the forearms rest on it.
        extras = [e + " with the forearms on it" if e.startswith("facing") else e
                  for e in extras]
    return " ".join([_POSTURE_WORDS[frame.posture], *extras])


@functools.lru_cache(maxsize=4096)
def figure_alt(figure: Figure) -> str:
    """Give the figure's alt text: the hand-written one, or one written from the poses."""
    if figure.alt:
        return figure.alt
    parts: list[str] = []
    for index, frame in enumerate(figure.keyframes):
        words = keyframe_words(frame)
        changed = index == 0 or frame.posture != figure.keyframes[index - 1].posture
        if changed:
            setting = setting_words(frame, figure.props) if index == 0 else \
                _POSTURE_WORDS[frame.posture].lower()
            words = f"{setting}, {words}" if words else setting
        lead = "" if index == 0 else "then "
        parts.append(lead + (words or "back to a neutral position"))
    return ", ".join(parts) + "."
