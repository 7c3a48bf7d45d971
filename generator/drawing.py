"""Poses a simple 3-D body from joint angles and projects it for the figure's SVG.

The drawing API in one place, kept so callers need one import; the parts live in vectors,
skeleton (joints and body points), postures (placing the body on the floor), figure_props,
scene (a posed keyframe and its camera), svg, arrows and figure_markup (the SVG markup).
"""

from __future__ import annotations

from generator.arrows import DIRECTIONS, LANDMARKS, arrow_svg
from generator.figure_props import (
    MAT_THICKNESS,
    PROP_PLACES,
    PROP_SUPPORT,
    ROLLER_RADIUS,
    WALL_HALF_WIDTH,
    WALL_HEIGHT,
    Shape,
    prop_shapes,
)
from generator.postures import POSTURES, Posture, angle_to_height, place, turn
from generator.scene import Page, Scene, extent, frame_box, pose_scene
from generator.skeleton import (
    ARM_STROKE,
    HEAD_RADIUS,
    JOINTS,
    LEG_STROKE,
    SIDES,
    SPINE_POINTS,
    TORSO_STROKE,
    body_axes,
    is_leg,
    point,
    radius,
    skeleton,
)
from generator.svg import (
    ARM,
    HIGHLIGHTS,
    LEG,
    body_svg,
    floor_svg,
    highlight_svg,
    is_far,
    limb,
    line_d,
    shape_svg,
    smooth_d,
    torso_d,
)
from generator.vectors import Mat, Vec, add, apply, cross, dot, mul, rot

__all__ = [
    "ARM", "ARM_STROKE", "DIRECTIONS", "HEAD_RADIUS", "HIGHLIGHTS", "JOINTS", "LANDMARKS", "LEG",
    "LEG_STROKE", "MAT_THICKNESS", "POSTURES", "PROP_PLACES", "PROP_SUPPORT", "ROLLER_RADIUS",
    "SIDES", "SPINE_POINTS", "TORSO_STROKE", "WALL_HALF_WIDTH", "WALL_HEIGHT",
    "Mat", "Page", "Posture", "Scene", "Shape", "Vec",
    "add", "angle_to_height", "apply", "arrow_svg", "body_axes", "body_svg", "cross", "dot",
    "extent", "floor_svg", "frame_box", "highlight_svg", "is_far", "is_leg",
    "limb", "line_d", "mul", "place", "point", "pose_scene", "prop_shapes", "radius", "rot",
    "shape_svg", "skeleton", "smooth_d", "torso_d", "turn",
]
