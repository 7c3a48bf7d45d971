"""Reading an exercise's `figure:` and `image:` values into models, with every problem found.

The nodes are read with the same functions as every other field (generator.reading.nodes), so
a fault has the same code and wording here as anywhere else. The names a figure may use come
from figure.models; nothing here imports the drawing code.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import yaml

from generator.figure.models import (
    DIRECTIONS,
    HIGHLIGHTS,
    IMAGE_KEYS,
    IMAGE_SUFFIXES,
    JOINTS,
    LANDMARKS,
    LICENCES,
    MAX_KEYFRAMES,
    POSTURES,
    PROP_PLACES,
    VIEWS,
    Arrow,
    Figure,
    Image,
    Keyframe,
    PropPlacement,
)
from generator.figure.picture import read_picture
from generator.reading.nodes import (
    FLOAT,
    INT,
    Reading,
    describe,
    field_label,
    is_blank,
    read_choice,
    read_list,
    read_mapping,
    read_text,
)

_FIGURE_KEYS = ("view", "props", "alt", "keyframes")
_KEYFRAME_KEYS = ("posture", "joints", "highlight", "arrow")
_PROP_KEYS = ("prop", "at")
_ARROW_KEYS = ("at", "direction")
_IMAGE_HOLDS = {"file": "the picture's path beside the exercise file",
                "alt": "what the picture shows", "author": "who made the picture",
                "licence": "the picture's licence"}


def _joints(reading: Reading, node: yaml.Node, label: str) -> tuple[tuple[str, float], ...]:
    given = read_mapping(node, reading, label, JOINTS, {}, kind="joint")
    if given is None:
        return ()
    angles = {name: _angle(reading, value, f"{label}.{name}", name)
              for name, (_, value) in given.items()}
    return tuple((name, angle) for name in JOINTS if (angle := angles.get(name)) is not None)


def _angle(reading: Reading, node: yaml.Node, label: str, joint: str) -> float | None:
    """Gives a joint angle in degrees, checked against the joint's range."""
    value = _number(node)
    if value is None:
        reading.report(node, "E103", f"{field_label(label)}expected a number of degrees, "
                       f"got {describe(node)}")
        return None
    low, high = JOINTS[joint]
    if not low <= value <= high:
        reading.report(node, "E104", f"{field_label(label)}{node.value} is out of range; "
                       f"expected {low} to {high} degrees")
        return None
    return value


def _number(node: yaml.Node) -> float | None:
    """Gives a whole or decimal number node's value, or None when it is not one."""
    if not isinstance(node, yaml.ScalarNode) or node.tag not in (INT, FLOAT):
        return None
    try:
        return float(yaml.constructor.SafeConstructor().construct_object(node))
    except (ValueError, OverflowError, yaml.YAMLError):  # '0x_' is a number to the resolver only
        return None


def _names(reading: Reading, node: yaml.Node, label: str, kind: str,
           choices: Collection[str]) -> tuple[str, ...]:
    """Gives one name or a list of names from a fixed list."""
    items = [node] if isinstance(node, yaml.ScalarNode) else read_list(node, reading, label) or []
    names = [read_choice(item, reading, label, kind, choices) for item in items]
    return tuple(name for name in names if name)


def _arrow(reading: Reading, node: yaml.Node, label: str) -> Arrow | None:
    given = read_mapping(node, reading, label, _ARROW_KEYS, {"at": "where the arrow starts"})
    if given is None or "at" not in given:
        return None
    at = read_choice(given["at"][1], reading, f"{label}.at", "landmark", LANDMARKS)
    direction: str | None = ""
    if "direction" in given:
        direction = read_choice(given["direction"][1], reading, f"{label}.direction",
                                "direction", DIRECTIONS)
    return Arrow(at, direction) if at and direction is not None else None


def _keyframe(reading: Reading, node: yaml.Node, label: str) -> Keyframe | None:
    given = read_mapping(node, reading, label, _KEYFRAME_KEYS,
                         {"posture": "the base posture of this keyframe"})
    if given is None or "posture" not in given:
        return None
    values = {name: value for name, (_, value) in given.items()}
    posture = read_choice(values["posture"], reading, f"{label}.posture", "posture", POSTURES)
    joints = _joints(reading, values["joints"], f"{label}.joints") if "joints" in values else ()
    highlight: tuple[str, ...] = ()
    if "highlight" in values:
        highlight = _names(reading, values["highlight"], f"{label}.highlight", "body part",
                           HIGHLIGHTS)
    arrow = _arrow(reading, values["arrow"], f"{label}.arrow") if "arrow" in values else None
    return Keyframe(posture, joints, highlight, arrow) if posture else None


def _prop(reading: Reading, node: yaml.Node, label: str) -> PropPlacement | None:
    prop_node: yaml.Node
    at_node: yaml.Node | None
    if isinstance(node, yaml.ScalarNode):
        prop_node, at_node = node, None
    else:
        given = read_mapping(node, reading, label, _PROP_KEYS, {"prop": "the prop's id"})
        if given is None or "prop" not in given:
            return None
        prop_node, at_node = given["prop"][1], given["at"][1] if "at" in given else None
    known = [p for p in reading.props if p in PROP_PLACES]
    prop = read_choice(prop_node, reading, f"{label}.prop" if at_node else label, "prop", known)
    if not prop:
        return None
    places = PROP_PLACES[prop]
    at = places[0] if at_node is None else read_choice(at_node, reading, f"{label}.at",
                                                        "place", places)
    return PropPlacement(prop, at, reading.props[prop]) if at else None


def _keyframes(reading: Reading, node: yaml.Node, label: str) -> tuple[Keyframe, ...]:
    items = read_list(node, reading, label)
    if items is None:
        return ()
    if not 1 <= len(items) <= MAX_KEYFRAMES:
        reading.report(node, "E108", f"{field_label(label)}expected 1 to {MAX_KEYFRAMES} "
                       f"keyframes, got {len(items)}")
        return ()
    frames = [_keyframe(reading, item, f"{label}[{i}]") for i, item in enumerate(items, 1)]
    first = frames[0]
    if len(frames) == 1 and first is not None and first.arrow and not first.arrow.direction:
        reading.report(items[0], "E414", f"field '{label}[1].arrow': an arrow needs a "
                       "'direction' when there is only one keyframe")
    return tuple(frame for frame in frames if frame is not None)


def read_figure(node: yaml.Node, reading: Reading, label: str = "figure") -> Figure | None:
    """Gives the figure a `figure:` value node describes, or None after reporting problems."""
    before = len(reading.problems)
    given = read_mapping(node, reading, label, _FIGURE_KEYS,
                         {"keyframes": "the poses of the movement, 1 to 4"})
    if given is None:
        return None
    values = {name: value for name, (_, value) in given.items()}
    view = "side"
    if "view" in values:
        view = read_choice(values["view"], reading, f"{label}.view", "view", VIEWS) or view
    placements: list[PropPlacement | None] = []
    if "props" in values:
        items = read_list(values["props"], reading, f"{label}.props") or []
        placements = [_prop(reading, item, f"{label}.props[{i}]")
                      for i, item in enumerate(items, 1)]
    alt = _nonempty_text(reading, values["alt"], f"{label}.alt") if "alt" in values else ""
    keyframes = _keyframes(reading, values["keyframes"], f"{label}.keyframes") \
        if "keyframes" in values else ()
    if len(reading.problems) > before:
        return None
    chosen = tuple(p for p in placements if p is not None)
    return Figure(keyframes, view, chosen, alt or "")


def _nonempty_text(reading: Reading, node: yaml.Node, label: str) -> str | None:
    text = read_text(node, reading, label)
    if text is not None and is_blank(text):
        reading.report(node, "E106", f"{field_label(label)}is empty; write it or remove the "
                       "field")
        return None
    return text


def read_image(node: yaml.Node, reading: Reading, label: str = "image") -> Image | None:
    """Gives the image an `image:` value node describes, or None after reporting problems."""
    before = len(reading.problems)
    given = read_mapping(node, reading, label, IMAGE_KEYS, _IMAGE_HOLDS)
    if given is None:
        return None
    values = {key: _nonempty_text(reading, value, f"{label}.{key}")
              for key, (_, value) in given.items() if key != "licence"}
    licence = None
    if "licence" in given:
        licence = read_choice(given["licence"][1], reading, f"{label}.licence", "licence",
                              LICENCES)
    folder = reading.path.parent if reading.path else Path(".")
    file = values.get("file")
    data = b""
    if file:
        data = _check_image_file(reading, given["file"][1], file, folder, f"{label}.file")
    if len(reading.problems) > before or licence is None:
        return None
    return Image(str(file), folder / str(file), str(values["alt"]), str(values["author"]),
                 licence, data)


def _check_image_file(reading: Reading, node: yaml.Node, file: str, folder: Path,
                      label: str) -> bytes:
    """Gives the picture's bytes when it may be published, reporting why it may not."""
    where = folder / file
    if Path(file).is_absolute() or ".." in Path(file).parts \
            or not where.resolve().is_relative_to(folder.resolve()):
        reading.report(node, "E423", f"{field_label(label)}'{file}' points outside the "
                       "exercise's folder; put the picture beside the exercise file, for "
                       "example 'images/wall-angel.png'")
    elif Path(file).suffix.lower() not in IMAGE_SUFFIXES:
        reading.report(node, "E421", f"{field_label(label)}'{file}' is not a picture type the "
                       f"guide accepts; use one of: {', '.join(IMAGE_SUFFIXES)}")
    elif not where.is_file():
        reading.report(node, "E420", f"{field_label(label)}file '{file}' does not exist next "
                       "to the exercise file")
    else:  # published as it is, from the site's own address: it must be what it says
        data, problems = read_picture(where)
        for code, message in problems:
            reading.report(node, code, f"{field_label(label)}{file!r} {message}")
        return b"" if problems else data
    return b""
