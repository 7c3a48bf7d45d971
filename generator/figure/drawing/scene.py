"""A keyframe posed in the world with its props, the camera that sees it, and the page box."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.figure.drawing.postures import POSTURES, place
from generator.figure.drawing.props import MAT_THICKNESS, PROP_SUPPORT, Shape, prop_shapes
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


def extent(scene: Scene) -> tuple[float, float, float, float]:
    """Give the page box (left, top, right, bottom) the scene's body and props cover."""
    spots = [(scene.page(p), radius(n)) for n, p in scene.points.items()]
    for shape in scene.shapes:
        reach = shape.width if shape.kind in ("roller", "long-roller") else shape.width / 2
        spots += [(scene.page(p), reach) for p in shape.points]
    if scene.on_floor:
        spots.append(((spots[0][0][0], 0.0), 0.0))
    return (min(p[0] - r for p, r in spots), min(p[1] - r for p, r in spots),
            max(p[0] + r for p, r in spots), max(p[1] + r for p, r in spots))


def frame_box(scenes: Sequence[Scene], margin: float = 8.0,
              least: float = 120.0) -> tuple[float, float, float, float]:
    """Give one viewBox (left, top, width, height), 4:3, that holds every keyframe.

    A thumbnail asks for a small margin and no least width, so the body fills it.
    """
    boxes = [extent(s) for s in scenes]
    left, top = min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin
    right, bottom = max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin
    width = max(right - left, (bottom - top) * 4 / 3, least)
    height = width * 3 / 4
    left -= (width - (right - left)) / 2
    if scenes[0].on_floor:
        return (left, bottom - height, width, height)
    return (left, top - (height - (bottom - top)) / 2, width, height)
