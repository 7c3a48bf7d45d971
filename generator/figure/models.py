"""The figure and picture models, and the fixed lists their values come from.

A figure names a base posture for each of its 1 to 4 keyframes and sets joint angles in degrees,
measured from standing tall with the arms by the sides (0 everywhere):

- central joints: ``neck``, ``upper-spine``, ``lower-spine`` bend forward (+, rounded) or back
  (-, arched); ``<joint>-rotation`` turns to the left (+) or right (-); ``<joint>-side-bend``
  leans to the left (+) or right (-); ``head`` nods the head at the top of the neck, chin down
  (+) or up (-), so a neck bent forward with the head nodded back slides the head forward with
  the eyes level, as in a chin tuck;
- per side, prefixed ``left-`` or ``right-``: ``shoulder`` (raising the arm forward, + up to
  overhead), ``shoulder-abduction`` (out to the side), ``shoulder-rotation`` (outward +),
  ``shoulder-lift`` (the shoulder shrugged up toward the ear +, pressed down -),
  ``shoulder-retraction`` (the shoulder drawn back behind the chest +, rolled forward -),
  ``elbow``, ``wrist``, ``hip``, ``hip-abduction``, ``knee`` (bending) and ``ankle`` (toes up +).

A joint a keyframe names gets that angle; the others keep the posture's own. Standing, both
ankles bent up (+) lean the whole body forward over flat feet, as against a wall. On hands and
knees the shins lie on the floor, so knees bent past 90 sit the hips back toward the heels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

VIEWS = ("side", "front", "front-left", "above", "three-quarter")
"""Where the figure is seen from: the body's right side; its front, from a little to the right
(side-bends; a lying body from above); front-left, the same from a little to the left, when what
the left hand or side does must show (a hand on the seat that the left thigh would hide);
straight down from above (twists, arm shapes on the floor); or three-quarter, from the
front-right and a little above, or beside and above a lying body (lifts and shapes at once).
A thumbnail is never seen from straight above: it is drawn from the side or three-quarter."""
MAX_KEYFRAMES = 4
LICENCES = ("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "public-domain")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".webp")
IMAGE_KEYS = ("file", "alt", "author", "licence")
"""The keys of an `image:` mapping; every one is required."""
SIZES = ("large", "small", "thumb")


# The names figure reading and the drawing share: plain data, so that reading and checking
# a figure never imports the drawing code.
SIDES = ("left", "right")

_CENTRAL = {
    "neck": (-70, 60),
    "neck-rotation": (-80, 80),
    "neck-side-bend": (-45, 45),
    "head": (-30, 30),
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
    "shoulder-lift": (-10, 35),
    "shoulder-retraction": (-30, 30),
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

HIGHLIGHTS: dict[str, tuple[int, int] | None] = {
    "spine": (0, 6), "upper-spine": (3, 6), "lower-spine": (0, 3), "shoulders": (4, 6),
    "hips": (0, 1), "neck": None, "head": None, "arms": None, "left-arm": None,
    "right-arm": None, "legs": None, "left-leg": None, "right-leg": None,
}
"""Body parts that can be highlighted; torso parts give their spine points."""

LANDMARKS: dict[str, tuple[str, float]] = {
    "head": ("head", 14.0), "neck": ("spine-6", 12.0), "shoulders": ("spine-6", 14.0),
    "chest": ("spine-4", 15.0), "upper-back": ("spine-4", 15.0),
    "lower-back": ("spine-2", 14.0), "hips": ("spine-0", 15.0),
    "hands": ("hands", 8.0), "elbows": ("elbows", 8.0), "knees": ("knees", 8.0),
    "feet": ("ankles", 10.0),
    **{f"{side}-{part}": (f"{side}-{part}", 8.0) for side in SIDES
       for part in ("hand", "elbow", "knee", "shoulder")},
    **{f"{side}-foot": (f"{side}-ankle", 10.0) for side in SIDES},
}
"""Places an arrow can start from: the body point and how far the body reaches around it."""
DIRECTIONS = ("up", "down", "forward", "back", "turn-left", "turn-right")
"""Ways an arrow can point; with none, it comes from the place in the keyframe before."""

PROP_PLACES: dict[str, tuple[str, ...]] = {
    "chair": ("hips", "hands", "front-edge"),
    "wall": ("back", "front"),
    "mat": ("floor",),
    "foam-roller": ("upper-back", "hands", "along-spine"),
    "band": ("hands", "anchor"),
    "towel": ("hands", "knees", "neck", "along-spine", "forehead"),
    "doorway": ("forearms",),
}
"""Where each prop can be put; the first place is the default."""

POSTURES = ("standing", "seated", "hands-and-knees", "kneeling", "kneeling-sat-back",
            "kneeling-lunge", "lying-front", "lying-back", "lying-side")
"""Base posture ids; the drawing gives each its angles, support and cameras."""


@dataclass(frozen=True)
class PropPlacement:
    """A prop drawn with the figure."""

    prop: str
    """Prop id from the taxonomy's props."""
    at: str
    """Where the prop goes against the body, one of figure_props.PROP_PLACES[prop]."""
    label: str
    """The prop's human label from the taxonomy."""


@dataclass(frozen=True)
class Arrow:
    """An arrow that shows which way a part of the body moves."""

    at: str
    """The landmark the arrow starts from, one of arrows.LANDMARKS."""
    direction: str
    """One of arrows.DIRECTIONS, or '' to come from the landmark's place in the keyframe before."""


@dataclass(frozen=True)
class Keyframe:
    """One pose of the movement."""

    posture: str
    """Base posture id, one of postures.POSTURES."""
    joints: tuple[tuple[str, float], ...]
    """Joint angles in degrees that replace the posture's own, in skeleton.JOINTS order."""
    highlight: tuple[str, ...] = ()
    """Body parts drawn with a soft halo, from svg.HIGHLIGHTS."""
    arrow: Arrow | None = None
    """The movement arrow, if any."""


@dataclass(frozen=True)
class Figure:
    """An exercise's drawn figure: one to four keyframes seen from one view."""

    keyframes: tuple[Keyframe, ...]
    """The poses, in the order the movement goes through them."""
    view: str = "side"
    """One of VIEWS."""
    props: tuple[PropPlacement, ...] = ()
    """Props drawn in every keyframe."""
    alt: str = ""
    """Alt text written by hand; empty means it is written from the data."""


@dataclass(frozen=True)
class Image:
    """A picture file used instead of (or beside) a drawn figure."""

    file: str
    """Path as written, relative to the exercise file."""
    path: Path
    """The file on disk."""
    alt: str
    """What the picture shows, for people who cannot see it."""
    author: str
    """Who made the picture."""
    licence: str
    """One of LICENCES."""
    data: bytes = b""
    """The file's bytes, read once when checked: the site publishes exactly these."""
