"""The figure and picture models, and the fixed lists their values come from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

VIEWS = ("side", "front")
"""Where the figure is seen from: the body's right side, or its front (twists, side-bends)."""
MAX_KEYFRAMES = 4
LICENCES = ("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "public-domain")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".webp")
IMAGE_KEYS = ("file", "alt", "author", "licence")
"""The keys of an `image:` mapping; every one is required."""
SIZES = ("large", "small", "thumb")


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
