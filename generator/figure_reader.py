"""Reading an exercise's `figure:` and `image:` values into models, with every problem found."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

from generator.arrows import DIRECTIONS, LANDMARKS
from generator.errors import Problem
from generator.figure_models import (
    IMAGE_KEYS,
    IMAGE_SUFFIXES,
    LICENCES,
    MAX_KEYFRAMES,
    VIEWS,
    Arrow,
    Figure,
    Image,
    Keyframe,
    PropPlacement,
)
from generator.figure_nodes import NodeReader, describe, entries
from generator.figure_props import PROP_PLACES
from generator.postures import POSTURES
from generator.skeleton import JOINTS
from generator.svg import HIGHLIGHTS

_FIGURE_KEYS = ("view", "props", "alt", "keyframes")
_KEYFRAME_KEYS = ("posture", "joints", "highlight", "arrow")
_PROP_KEYS = ("prop", "at")
_ARROW_KEYS = ("at", "direction")


def _joints(reader: NodeReader, node: yaml.Node, field: str) -> tuple[tuple[str, float], ...]:
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "E401", field, f"expected a mapping, got {describe(node)}")
        return ()
    angles: dict[str, float] = {}
    for key, value in entries(node):
        name = reader.choice(key, field, "joint", JOINTS)
        if name is None:
            continue
        if name in angles:
            reader.problem(key, "E415", field, f"joint '{name}' is given twice")
            continue
        angle = reader.angle(value, f"{field}.{name}", name)
        if angle is not None:
            angles[name] = angle
    return tuple((name, angles[name]) for name in JOINTS if name in angles)


def _names(reader: NodeReader, node: yaml.Node, field: str, kind: str,
           choices: Iterable[str]) -> tuple[str, ...]:
    """Give one name or a list of names from a fixed list."""
    items = [node] if isinstance(node, yaml.ScalarNode) else reader.sequence(node, field) or []
    names = [reader.choice(item, field, kind, choices) for item in items]
    return tuple(name for name in names if name is not None)


def _arrow(reader: NodeReader, node: yaml.Node, field: str) -> Arrow | None:
    found = reader.mapping(node, field, _ARROW_KEYS, required=("at",))
    if found is None or "at" not in found:
        return None
    at = reader.choice(found["at"], f"{field}.at", "landmark", LANDMARKS)
    direction: str | None = ""
    if "direction" in found:
        direction = reader.choice(found["direction"], f"{field}.direction", "direction",
                                  DIRECTIONS)
    return Arrow(at, direction) if at and direction is not None else None


def _keyframe(reader: NodeReader, node: yaml.Node, field: str) -> Keyframe | None:
    found = reader.mapping(node, field, _KEYFRAME_KEYS, required=("posture",))
    if found is None or "posture" not in found:
        return None
    posture = reader.choice(found["posture"], f"{field}.posture", "posture", POSTURES)
    joints = _joints(reader, found["joints"], f"{field}.joints") if "joints" in found else ()
    highlight: tuple[str, ...] = ()
    if "highlight" in found:
        highlight = _names(reader, found["highlight"], f"{field}.highlight", "body part",
                           HIGHLIGHTS)
    arrow = _arrow(reader, found["arrow"], f"{field}.arrow") if "arrow" in found else None
    return Keyframe(posture, joints, highlight, arrow) if posture else None


def _prop(reader: NodeReader, node: yaml.Node, field: str,
          props: Mapping[str, str]) -> PropPlacement | None:
    prop_node: yaml.Node
    at_node: yaml.Node | None
    if isinstance(node, yaml.ScalarNode):
        prop_node, at_node = node, None
    else:
        found = reader.mapping(node, field, _PROP_KEYS, required=("prop",))
        if found is None or "prop" not in found:
            return None
        prop_node, at_node = found["prop"], found.get("at")
    known = [p for p in props if p in PROP_PLACES]
    prop = reader.choice(prop_node, f"{field}.prop" if at_node else field, "prop", known)
    if prop is None:
        return None
    places = PROP_PLACES[prop]
    at = places[0] if at_node is None else reader.choice(at_node, f"{field}.at", "place", places)
    return PropPlacement(prop, at, props[prop]) if at else None


def _keyframes(reader: NodeReader, node: yaml.Node, field: str) -> tuple[Keyframe, ...]:
    items = reader.sequence(node, field)
    if items is None:
        return ()
    if not 1 <= len(items) <= MAX_KEYFRAMES:
        reader.problem(node, "E404", field,
                       f"expected 1 to {MAX_KEYFRAMES} keyframes, got {len(items)}")
        return ()
    frames = [_keyframe(reader, item, f"{field}[{i}]") for i, item in enumerate(items, 1)]
    first = frames[0]
    if len(frames) == 1 and first is not None and first.arrow and not first.arrow.direction:
        reader.problem(items[0], "E414", f"{field}[1].arrow",
                       "an arrow needs a 'direction' when there is only one keyframe")
    return tuple(frame for frame in frames if frame is not None)


def read_figure(node: yaml.Node, path: str,
                props: Mapping[str, str]) -> tuple[Figure | None, list[Problem]]:
    """Give the figure a `figure:` value node describes, or None, with every problem found."""
    reader = NodeReader(path)
    found = reader.mapping(node, "figure", _FIGURE_KEYS, required=("keyframes",))
    if found is None:
        return None, reader.problems
    view = "side"
    if "view" in found:
        view = reader.choice(found["view"], "figure.view", "view", VIEWS) or view
    placements: list[PropPlacement | None] = []
    if "props" in found:
        items = reader.sequence(found["props"], "figure.props") or []
        placements = [_prop(reader, item, f"figure.props[{i}]", props)
                      for i, item in enumerate(items, 1)]
    alt = (reader.text(found["alt"], "figure.alt") or "") if "alt" in found else ""
    keyframes = _keyframes(reader, found["keyframes"], "figure.keyframes") \
        if "keyframes" in found else ()
    if reader.problems:
        return None, reader.problems
    chosen = tuple(p for p in placements if p is not None)
    return Figure(keyframes, view, chosen, alt), []


def read_image(node: yaml.Node, path: str,
               exercise_file: Path) -> tuple[Image | None, list[Problem]]:
    """Give the image an `image:` value node describes, or None, with every problem found."""
    reader = NodeReader(path)
    found = reader.mapping(node, "image", IMAGE_KEYS, required=IMAGE_KEYS)
    if found is None:
        return None, reader.problems
    values = {key: reader.text(found[key], f"image.{key}") for key in found if key != "licence"}
    licence = None
    if "licence" in found:
        licence = reader.choice(found["licence"], "image.licence", "licence", LICENCES)
    file = values.get("file")
    if file is not None:
        _check_image_file(reader, found["file"], file, exercise_file.parent)
    if reader.problems or licence is None:
        return None, reader.problems
    return Image(str(file), exercise_file.parent / str(file), str(values["alt"]),
                 str(values["author"]), licence), []


def _check_image_file(reader: NodeReader, node: yaml.Node, file: str, folder: Path) -> None:
    where = folder / file
    if Path(file).is_absolute() or ".." in Path(file).parts \
            or not where.resolve().is_relative_to(folder.resolve()):
        reader.problem(node, "E423", "image.file", f"'{file}' points outside the exercise's "
                       "folder; put the picture beside the exercise file, for example "
                       "'images/wall-angel.png'")
    elif Path(file).suffix.lower() not in IMAGE_SUFFIXES:
        reader.problem(node, "E421", "image.file", f"'{file}' is not a picture type the guide "
                       f"accepts; use one of: {', '.join(IMAGE_SUFFIXES)}")
    elif not where.is_file():
        reader.problem(node, "E420", "image.file",
                       f"file '{file}' does not exist next to the exercise file")
