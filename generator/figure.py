"""An exercise's figure: keyframe poses read from YAML, checked, and drawn as inline SVG.

A figure names a base posture for each of its 1 to 4 keyframes and sets joint angles in degrees,
measured from standing tall with the arms by the sides (0 everywhere):

- central joints: ``neck``, ``upper-spine``, ``lower-spine`` bend forward (+, rounded) or back
  (-, arched); ``<joint>-rotation`` turns to the left (+) or right (-); ``<joint>-side-bend``
  leans to the left (+) or right (-);
- per side, prefixed ``left-`` or ``right-``: ``shoulder`` (raising the arm forward, + up to
  overhead), ``shoulder-abduction`` (out to the side), ``shoulder-rotation`` (outward +),
  ``elbow``, ``wrist``, ``hip``, ``hip-abduction``, ``knee`` (bending) and ``ankle`` (toes up +).

A joint a keyframe names gets that angle; the others keep the posture's own.

This module is the public face of figures; the work is done in the modules it imports from:
figure_models, figure_nodes and figure_reader (YAML to models), figure_alt (words for people
who cannot see the drawing), figure_markup (SVG and HTML) and figure_schema (the editors' schema).
The body is posed and drawn by vectors, skeleton, postures, figure_props, scene, svg and arrows.
"""

from __future__ import annotations

from generator.figure_alt import figure_alt, keyframe_words
from generator.figure_markup import figure_html, keyframe_svg
from generator.figure_models import (
    IMAGE_SUFFIXES,
    LICENCES,
    MAX_KEYFRAMES,
    SIZES,
    VIEWS,
    Arrow,
    Figure,
    Image,
    Keyframe,
    PropPlacement,
)
from generator.figure_reader import read_figure, read_image
from generator.figure_schema import figure_json_schema, image_json_schema

__all__ = [
    "IMAGE_SUFFIXES", "LICENCES", "MAX_KEYFRAMES", "SIZES", "VIEWS",
    "Arrow", "Figure", "Image", "Keyframe", "PropPlacement",
    "figure_alt", "figure_html", "figure_json_schema", "image_json_schema", "keyframe_svg",
    "keyframe_words", "read_figure", "read_image",
]
