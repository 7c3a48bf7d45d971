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
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from generator import drawing
from generator.errors import Problem

VIEWS = ("side", "front")
"""Where the figure is seen from: the body's right side, or its front (twists, side-bends)."""
MAX_KEYFRAMES = 4
LICENCES = ("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "public-domain")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".webp")
SIZES = ("large", "small", "thumb")


@dataclass(frozen=True)
class PropPlacement:
    """A prop drawn with the figure."""

    prop: str
    """Prop id from the taxonomy's props."""
    at: str
    """Where the prop goes against the body, one of drawing.PROP_PLACES[prop]."""
    label: str
    """The prop's human label from the taxonomy."""


@dataclass(frozen=True)
class Arrow:
    """An arrow that shows which way a part of the body moves."""

    at: str
    """The landmark the arrow starts from, one of drawing.LANDMARKS."""
    direction: str
    """One of drawing.DIRECTIONS, or '' to come from the landmark's place in the keyframe before."""


@dataclass(frozen=True)
class Keyframe:
    """One pose of the movement."""

    posture: str
    """Base posture id, one of drawing.POSTURES."""
    joints: tuple[tuple[str, float], ...]
    """Joint angles in degrees that replace the posture's own, in drawing.JOINTS order."""
    highlight: tuple[str, ...] = ()
    """Body parts drawn with a soft halo, from drawing.HIGHLIGHTS."""
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


# ---- Reading ------------------------------------------------------------------------------

_FIGURE_KEYS = ("view", "props", "alt", "keyframes")
_KEYFRAME_KEYS = ("posture", "joints", "highlight", "arrow")
_PROP_KEYS = ("prop", "at")
_ARROW_KEYS = ("at", "direction")
_IMAGE_KEYS = ("file", "alt", "author", "licence")


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    try:
        return repr(SafeConstructor().construct_object(node))
    except yaml.YAMLError:
        return repr(node.value)


def _entries(node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
    """Give a mapping's key and value nodes with YAML merge keys (<<) applied."""
    own = [(k, v) for k, v in node.value if k.tag != "tag:yaml.org,2002:merge"]
    if len(own) == len(node.value):
        return own
    merged = yaml.MappingNode(node.tag, list(node.value), node.start_mark, node.end_mark)
    SafeConstructor().flatten_mapping(merged)
    written = {k.value for k, _ in own}
    return [(k, v) for k, v in merged.value[: len(merged.value) - len(own)]
            if k.value not in written] + own


def _suggest(value: str, choices: Iterable[str]) -> str:
    options = list(choices)
    close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; expected one of: {', '.join(options)}"


def _degrees(value: float) -> str:
    return f"{value:g}"


class _Reader:
    """Collects problems while it turns YAML nodes into figure models."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node, code: str, field: str, message: str) -> None:
        """Record one problem at a node."""
        mark = node.start_mark
        self.problems.append(
            Problem(self.path, mark.line + 1, mark.column + 1, code, f"field '{field}': {message}"))

    def mapping(self, node: yaml.Node, field: str, allowed: tuple[str, ...],
                required: tuple[str, ...] = ()) -> dict[str, yaml.Node] | None:
        """Give a mapping's value nodes by key, reporting wrong types, unknown and missing keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "E401", field, f"expected a mapping, got {_describe(node)}")
            return None
        found: dict[str, yaml.Node] = {}
        guessed: set[str] = set()
        for key, value in _entries(node):
            name = str(key.value)
            if name not in allowed:
                guessed.update(difflib.get_close_matches(name, allowed, n=1, cutoff=0.6))
                self.problem(key, "E402", field, f"unknown key '{name}'{_suggest(name, allowed)}")
            elif name in found:
                self.problem(key, "E415", field, f"key '{name}' is given twice")
            else:
                found[name] = value
        for name in required:
            if name not in found and name not in guessed:
                self.problem(node, "E403", field, f"missing required key '{name}'")
        return found

    def sequence(self, node: yaml.Node, field: str) -> list[yaml.Node] | None:
        """Give a list's item nodes, or None after reporting a wrong type."""
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        self.problem(node, "E401", field, f"expected a list, got {_describe(node)}")
        return None

    def text(self, node: yaml.Node, field: str) -> str | None:
        """Give a non-empty string, or None after reporting a wrong type or an empty one."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            self.problem(node, "E401", field, f"expected text, got {_describe(node)}")
            return None
        if not node.value.strip():
            self.problem(node, "E416", field, "must not be empty")
            return None
        return str(node.value).strip()

    def choice(self, node: yaml.Node, field: str, kind: str, choices: Iterable[str]) -> str | None:
        """Give a value from a fixed list, or None after reporting it with a suggestion."""
        value = self.text(node, field)
        options = list(choices)
        if value is None or value in options:
            return value
        code = _CHOICE_CODES[kind]
        self.problem(node, code, field, f"unknown {kind} '{value}'{_suggest(value, options)}")
        return None

    def angle(self, node: yaml.Node, field: str, joint: str) -> float | None:
        """Give a joint angle in degrees, checked against the joint's range."""
        number_tags = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
        if not isinstance(node, yaml.ScalarNode) or node.tag not in number_tags:
            self.problem(node, "E401", field,
                         f"expected a number of degrees, got {_describe(node)}")
            return None
        value = float(SafeConstructor().construct_object(node))
        low, high = drawing.JOINTS[joint]
        if not low <= value <= high:
            self.problem(node, "E408", field, f"angle {_degrees(value)} is outside its range "
                         f"{_degrees(low)} to {_degrees(high)} degrees")
            return None
        return value


_CHOICE_CODES = {"posture": "E405", "view": "E406", "joint": "E407", "prop": "E409",
                 "place": "E410", "body part": "E411", "landmark": "E412",
                 "direction": "E413", "licence": "E422"}


def _joints(reader: _Reader, node: yaml.Node, field: str) -> tuple[tuple[str, float], ...]:
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "E401", field, f"expected a mapping, got {_describe(node)}")
        return ()
    angles: dict[str, float] = {}
    for key, value in _entries(node):
        name = reader.choice(key, field, "joint", drawing.JOINTS)
        if name is None:
            continue
        if name in angles:
            reader.problem(key, "E415", field, f"joint '{name}' is given twice")
            continue
        angle = reader.angle(value, f"{field}.{name}", name)
        if angle is not None:
            angles[name] = angle
    return tuple((name, angles[name]) for name in drawing.JOINTS if name in angles)


def _names(reader: _Reader, node: yaml.Node, field: str, kind: str,
           choices: Iterable[str]) -> tuple[str, ...]:
    """Give one name or a list of names from a fixed list."""
    items = [node] if isinstance(node, yaml.ScalarNode) else reader.sequence(node, field) or []
    names = [reader.choice(item, field, kind, choices) for item in items]
    return tuple(name for name in names if name is not None)


def _arrow(reader: _Reader, node: yaml.Node, field: str) -> Arrow | None:
    found = reader.mapping(node, field, _ARROW_KEYS, required=("at",))
    if found is None or "at" not in found:
        return None
    at = reader.choice(found["at"], f"{field}.at", "landmark", drawing.LANDMARKS)
    direction: str | None = ""
    if "direction" in found:
        direction = reader.choice(found["direction"], f"{field}.direction", "direction",
                                  drawing.DIRECTIONS)
    return Arrow(at, direction) if at and direction is not None else None


def _keyframe(reader: _Reader, node: yaml.Node, field: str) -> Keyframe | None:
    found = reader.mapping(node, field, _KEYFRAME_KEYS, required=("posture",))
    if found is None or "posture" not in found:
        return None
    posture = reader.choice(found["posture"], f"{field}.posture", "posture", drawing.POSTURES)
    joints = _joints(reader, found["joints"], f"{field}.joints") if "joints" in found else ()
    highlight = ()
    if "highlight" in found:
        highlight = _names(reader, found["highlight"], f"{field}.highlight", "body part",
                           drawing.HIGHLIGHTS)
    arrow = _arrow(reader, found["arrow"], f"{field}.arrow") if "arrow" in found else None
    return Keyframe(posture, joints, highlight, arrow) if posture else None


def _prop(reader: _Reader, node: yaml.Node, field: str,
          props: Mapping[str, str]) -> PropPlacement | None:
    if isinstance(node, yaml.ScalarNode):
        prop_node, at_node = node, None
    else:
        found = reader.mapping(node, field, _PROP_KEYS, required=("prop",))
        if found is None or "prop" not in found:
            return None
        prop_node, at_node = found["prop"], found.get("at")
    known = [p for p in props if p in drawing.PROP_PLACES]
    prop = reader.choice(prop_node, f"{field}.prop" if at_node else field, "prop", known)
    if prop is None:
        return None
    places = drawing.PROP_PLACES[prop]
    at = places[0] if at_node is None else reader.choice(at_node, f"{field}.at", "place", places)
    return PropPlacement(prop, at, props[prop]) if at else None


def _keyframes(reader: _Reader, node: yaml.Node, field: str) -> tuple[Keyframe, ...]:
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
    reader = _Reader(path)
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
    reader = _Reader(path)
    found = reader.mapping(node, "image", _IMAGE_KEYS, required=_IMAGE_KEYS)
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


def _check_image_file(reader: _Reader, node: yaml.Node, file: str, folder: Path) -> None:
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


# ---- Alt text -----------------------------------------------------------------------------

_POSTURE_WORDS = {
    "standing": "Standing", "seated": "Sitting on a chair",
    "hands-and-knees": "On hands and knees", "kneeling": "Kneeling upright",
    "kneeling-sat-back": "Kneeling, sitting back on the heels",
    "lying-front": "Lying face down", "lying-back": "Lying on the back",
    "lying-side": "Lying on one side",
}
_PROP_WORDS = {
    ("chair", "hands"): "with the hands on {a}", ("wall", "back"): "with the back against {a}",
    ("wall", "front"): "facing {a}", ("mat", "floor"): "on {a}",
    ("foam-roller", "upper-back"): "over {a} under the upper back",
    ("foam-roller", "hands"): "with the hands on {a}", ("band", "hands"): "holding {a}",
    ("towel", "hands"): "holding {a}", ("towel", "knees"): "with {a} under the knees",
    ("towel", "neck"): "with {a} rolled under the neck",
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
    if bend <= -15 or a.get("upper-spine", 0) <= -10:
        return [words[1]] if words[1] else []
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
    return out


def _arm_words(frame: Keyframe, a: Mapping[str, float], points: Mapping[str, drawing.Vec]) -> str:
    both = {j: min(a[f"left-{j}"], a[f"right-{j}"])
            for j in ("shoulder", "shoulder-abduction", "elbow")}
    head = points["head"]
    near = all(sum((h - c) ** 2 for h, c in zip(points[f"{s}-hand"], head, strict=True)) < 26 ** 2
               for s in drawing.SIDES)
    upright = frame.posture in ("standing", "seated", "kneeling")
    if near:
        return "hands behind the head"
    if frame.posture == "lying-side":
        if a["right-shoulder-abduction"] >= 45:
            return "top arm opened out to the other side"
        return "arms reaching forward together" if both["shoulder"] >= 70 else ""
    if frame.posture == "lying-front" and both["elbow"] >= 60 and both["shoulder"] >= 45:
        return "propped up on the forearms"
    if both["shoulder-abduction"] >= 60 and both["elbow"] >= 60:
        return "arms out to the sides with the elbows bent"
    if max(both["shoulder"], both["shoulder-abduction"]) >= 130 and both["elbow"] <= 40:
        return "arms raised overhead" if upright else "arms stretched out in front"
    return ""


def keyframe_words(frame: Keyframe) -> str:
    """Give what one keyframe shows, in words, without the posture."""
    a = {**drawing.POSTURES[frame.posture].angles, **dict(frame.joints)}
    a = {name: a.get(name, 0.0) for name in drawing.JOINTS}
    points = drawing.place(frame.posture, a, None, 0.0)
    words = _spine_words(frame.posture, a) + _turn_words(frame.posture, a)
    arms = _arm_words(frame, a, points)
    return ", ".join(words + ([arms] if arms else []))


def _setting(frame: Keyframe, props: tuple[PropPlacement, ...]) -> str:
    extras = [_PROP_WORDS[(p.prop, p.at)].format(a=_a(p.label)) for p in props
              if (p.prop, p.at) in _PROP_WORDS]
    return " ".join([_POSTURE_WORDS[frame.posture], *extras])


def figure_alt(figure: Figure) -> str:
    """Give the figure's alt text: the hand-written one, or one written from the poses."""
    if figure.alt:
        return figure.alt
    parts: list[str] = []
    for index, frame in enumerate(figure.keyframes):
        words = keyframe_words(frame)
        changed = index == 0 or frame.posture != figure.keyframes[index - 1].posture
        if changed:
            setting = _setting(frame, figure.props) if index == 0 else \
                _POSTURE_WORDS[frame.posture].lower()
            words = f"{setting}, {words}" if words else setting
        lead = "" if index == 0 else "then "
        parts.append(lead + (words or "back to a neutral position"))
    return ", ".join(parts) + "."


# ---- Drawing ------------------------------------------------------------------------------


def _scenes(figure: Figure) -> list[drawing.Scene]:
    props = tuple((p.prop, p.at) for p in figure.props)
    return [drawing.pose_scene(f.posture, dict(f.joints), props, figure.view)
            for f in figure.keyframes]


def _title(figure: Figure, index: int) -> str:
    count = len(figure.keyframes)
    if count == 1:
        return figure_alt(figure)
    frame = figure.keyframes[index]
    words = keyframe_words(frame)
    setting = _setting(frame, figure.props)
    return f"Step {index + 1} of {count}: {setting}" + (f", {words}." if words else ".")


def _id(name: str) -> str:
    return "".join(c if c.isalnum() or c == "-" else "-" for c in name.lower())


def _svg(figure: Figure, scenes: list[drawing.Scene], index: int, name: str,
         title: str = "") -> str:
    frame = figure.keyframes[index]
    arrow = (frame.arrow.at, frame.arrow.direction) if frame.arrow else None
    return drawing.keyframe_markup(
        scenes[index], drawing.frame_box(scenes), title=title or _title(figure, index),
        title_id=f"ubg-figure-{_id(name)}-{index + 1}" if name else "",
        highlight=frame.highlight, arrow=arrow,
        before=scenes[index - 1] if len(scenes) > 1 else None)


def keyframe_svg(figure: Figure, index: int, *, name: str = "") -> str:
    """Give one keyframe as an inline SVG string; name makes its title id unique on a page."""
    return _svg(figure, _scenes(figure), index, name)


def figure_html(figure: Figure, *, size: str = "large", name: str = "") -> str:
    """Give the whole figure as one HTML block with no blank lines, ready to sit in Markdown.

    One keyframe is a single SVG. Several crossfade from one to the next (figure.css), and stand
    side by side when motion is reduced and in print. A thumbnail shows the last keyframe only.
    """
    if size not in SIZES:
        raise ValueError(f"unknown figure size {size!r}; expected one of: {', '.join(SIZES)}")
    scenes = _scenes(figure)
    key = f"{name}-{size}" if name else ""
    classes = f"ubg-figure ubg-figure--{size}"
    if len(scenes) == 1 or size == "thumb":
        svg = _svg(figure, scenes, len(scenes) - 1, key, figure_alt(figure))
        return f'<div class="{classes}">\n{svg}\n</div>'
    frames = "\n".join(f'<div class="ubg-figure__frame">\n{_svg(figure, scenes, i, key)}\n</div>'
                       for i in range(len(scenes)))
    label = escape(figure_alt(figure), quote=True)
    return (f'<div class="{classes} ubg-figure--frames-{len(scenes)}" role="img" '
            f'aria-label="{label}">\n<div class="ubg-figure__frames">\n{frames}\n</div>\n</div>')


# ---- JSON Schema --------------------------------------------------------------------------


def _joint_schema(name: str, low: int, high: int) -> dict[str, object]:
    return {"type": "number", "minimum": low, "maximum": high,
            "examples": [max(low, min(high, 30))],
            "description": f"Angle of '{name}' in degrees, {low} to {high}; 0 is standing tall "
                           "with the arms by the sides. See generator/figure.py for signs."}


def _keyframe_schema() -> dict[str, object]:
    parts = {"type": "string", "enum": list(drawing.HIGHLIGHTS), "examples": ["upper-spine"]}
    return {
        "type": "object", "additionalProperties": False, "required": ["posture"],
        "description": "One pose of the movement.",
        "properties": {
            "posture": {"type": "string", "enum": list(drawing.POSTURES),
                        "examples": ["hands-and-knees"],
                        "description": "The base posture the joints are changed from."},
            "joints": {"type": "object", "additionalProperties": False,
                       "description": "Joint angles in degrees that replace the posture's own.",
                       "examples": [{"upper-spine": 35, "lower-spine": 25, "neck": 45}],
                       "properties": {n: _joint_schema(n, *span)
                                      for n, span in drawing.JOINTS.items()}},
            "highlight": {"description": "Body part(s) drawn with a soft halo.",
                          "examples": ["upper-spine", ["upper-spine", "right-arm"]],
                          "oneOf": [parts, {"type": "array", "items": parts}]},
            "arrow": {
                "type": "object", "additionalProperties": False, "required": ["at"],
                "description": "An arrow showing which way a part moves.",
                "examples": [{"at": "upper-back", "direction": "up"}],
                "properties": {
                    "at": {"type": "string", "enum": list(drawing.LANDMARKS),
                           "examples": ["upper-back"], "description": "Where the arrow starts."},
                    "direction": {"type": "string", "enum": list(drawing.DIRECTIONS),
                                  "examples": ["up"], "description":
                                  "Which way it points; leave out to draw the path from the "
                                  "place in the keyframe before. Turns are drawn above the head."},
                },
            },
        },
    }


def _prop_schema() -> dict[str, object]:
    ids = {"type": "string", "enum": list(drawing.PROP_PLACES), "examples": ["foam-roller"],
           "description": "A prop id from the taxonomy's props."}
    places = sorted({place for options in drawing.PROP_PLACES.values() for place in options})
    return {"description": "A prop, by id (placed where it usually goes) or with a place.",
            "examples": ["wall", {"prop": "foam-roller", "at": "upper-back"}],
            "oneOf": [ids, {"type": "object", "additionalProperties": False,
                            "required": ["prop"], "properties": {
                                "prop": ids,
                                "at": {"type": "string", "enum": places, "examples": ["hips"],
                                       "description": "Where the prop goes against the body."}}}]}


def figure_json_schema() -> dict[str, object]:
    """Give the draft-07 JSON Schema fragment for an exercise's `figure:` value."""
    return {
        "type": "object", "additionalProperties": False, "required": ["keyframes"],
        "description": "A drawn figure of the exercise: 1 to 4 keyframe poses.",
        "properties": {
            "view": {"type": "string", "enum": list(VIEWS), "default": "side",
                     "examples": ["side"], "description": "Seen from the side, or from the "
                     "front (for twists and side-bends; from above when lying)."},
            "props": {"type": "array", "items": _prop_schema(), "examples": [["mat"]],
                      "description": "Props drawn with the body in every keyframe."},
            "alt": {"type": "string", "minLength": 1, "examples": ["On hands and knees, back "
                    "rounded up, then arched down"], "description": "Alt text written by hand; "
                    "without it, it is written from the poses."},
            "keyframes": {"type": "array", "minItems": 1, "maxItems": MAX_KEYFRAMES,
                          "items": _keyframe_schema(), "examples": [[{"posture": "standing"}]],
                          "description": "The poses, in order; several crossfade on screen."},
        },
    }


def image_json_schema() -> dict[str, object]:
    """Give the draft-07 JSON Schema fragment for an exercise's `image:` value."""
    text = {"type": "string", "minLength": 1}
    return {
        "type": "object", "additionalProperties": False, "required": list(_IMAGE_KEYS),
        "description": "A picture file instead of a drawn figure.",
        "properties": {
            "file": {**text, "pattern": r"\.(svg|png|jpg|webp)$", "examples": ["cat-cow.svg"],
                     "description": "Path relative to the exercise file; the file must exist."},
            "alt": {**text, "examples": ["A person on all fours with the back rounded up"],
                    "description": "What the picture shows, for people who cannot see it."},
            "author": {**text, "examples": ["Jane Doe"], "description": "Who made the picture."},
            "licence": {"type": "string", "enum": list(LICENCES), "examples": ["CC-BY-4.0"],
                        "description": "The picture's licence."},
        },
    }
