"""A keyframe posed in the world with its props, the camera that sees it, and the page box."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from generator.figure.drawing.postures import POSTURES, place
from generator.figure.drawing.props import (
    LIFTED_BY,
    MAT_THICKNESS,
    PROP_SUPPORT,
    Shape,
    prop_shapes,
)
from generator.figure.drawing.skeleton import radius
from generator.figure.drawing.vectors import Vec, cross, dot

Page = tuple[float, float]
"""A point on the page: x to the right, y downward."""


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
        # dot() written out: a figure projects some 400 points, a catalogue 400,000.
        (rx, ry, rz), (ux, uy, uz) = self.camera
        return (p[0] * rx + p[1] * ry + p[2] * rz, -(p[0] * ux + p[1] * uy + p[2] * uz))

    @cached_property
    def on_page(self) -> dict[str, Page]:
        """The body's named points on the page, projected once: the box, the body and the
        arrows each ask for them again."""
        return {name: self.page(p) for name, p in self.points.items()}

    @cached_property
    def extents(self) -> dict[bool, tuple[float, float, float, float]]:
        """extent() of this scene with its props (True) and without, each kept once worked
        out: a figure's box, its thumbnail's crop and the choice of that keyframe all ask."""
        return {}

    @cached_property
    def pieces(self) -> dict[str, str]:
        """SVG pieces drawn from this scene alone, kept by name once drawn: a keyframe and its
        thumbnail differ in their floor, halo and arrow, not in the body drawn between them."""
        return {}

    def depth(self, p: Vec) -> float:
        """Give how near a world point is to the camera."""
        return dot(p, cross(self.camera[0], self.camera[1]))


def pose_scenes(frames: Sequence[tuple[str, Mapping[str, float]]],
                props: tuple[tuple[str, str], ...], view: str) -> tuple[Scene, ...]:
    """Give each keyframe's body and props, posed and placed, seen from a view.

    Every body is posed before any prop is drawn, so that a prop that reaches around the body
    (a mat, a wall, a doorway) is sized to hold all of them and keeps one size in every frame.
    """
    ids = {prop for prop, _ in props}
    floor = MAT_THICKNESS if "mat" in ids else 0.0
    support = next((PROP_SUPPORT[p] for p in props if p in PROP_SUPPORT), None)
    # A body lies on top of a roller along its spine, with its feet on the floor.
    lift = max((LIFTED_BY.get(p, 0.0) for p, at in props if at == "along-spine"), default=0.0)
    bodies = [place(posture, angles, support, floor, lift) for posture, angles in frames]
    scenes = []
    for (posture, _), points in zip(frames, bodies, strict=True):
        drawn = (("chair", "hips"), *props) if posture == "seated" and "chair" not in ids \
            else props
        shapes = tuple(s for prop, at in drawn
                       for s in prop_shapes(prop, at, points, floor, bodies))
        scenes.append(Scene(points, shapes, POSTURES[posture].cameras[view]))
    return tuple(scenes)


def pose_scene(posture: str, angles: Mapping[str, float], props: tuple[tuple[str, str], ...],
               view: str) -> Scene:
    """Give one keyframe's body and props, posed and placed, seen from a view."""
    return pose_scenes(((posture, angles),), props, view)[0]


def extent(scene: Scene, props: bool = True) -> tuple[float, float, float, float]:
    """Give the page box (left, top, right, bottom) the scene's body and (unless told not to)
    its props cover."""
    known = scene.extents
    if props not in known:
        known[props] = _extent(scene, props)
    return known[props]


def _extent(scene: Scene, props: bool) -> tuple[float, float, float, float]:
    spots = [(p, radius(n)) for n, p in scene.on_page.items()]
    for shape in scene.shapes if props else ():
        reach = shape.width if shape.kind in ("roller", "long-roller") else shape.width / 2
        spots += [(scene.page(p), reach) for p in shape.points]
    if scene.on_floor:
        spots.append(((spots[0][0][0], 0.0), 0.0))
    return (min(p[0] - r for p, r in spots), min(p[1] - r for p, r in spots),
            max(p[0] + r for p, r in spots), max(p[1] + r for p, r in spots))


def frame_box(scenes: Sequence[Scene], margin: float = 8.0, least: float = 120.0,
              also: Sequence[Page] = (), props: bool = True) -> tuple[float, float, float, float]:
    """Give one viewBox (left, top, width, height), 4:3, that holds every keyframe and the
    page points also given (the arrows).

    A thumbnail asks for a small margin, no least width and no room for the props (a wall,
    a mat, a post cut off at its edge), so the body fills it.
    """
    boxes = [extent(s, props) for s in scenes]
    boxes += [(x - 2.0, y - 2.0, x + 2.0, y + 2.0) for x, y in also]
    left, top = min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin
    right, bottom = max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin
    width = max(right - left, (bottom - top) * 4 / 3, least)
    height = width * 3 / 4
    left -= (width - (right - left)) / 2
    if scenes[0].on_floor:
        return (left, bottom - height, width, height)
    return (left, top - (height - (bottom - top)) / 2, width, height)
