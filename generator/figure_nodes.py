"""Reading YAML value nodes into plain values, collecting a located problem for each bad one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import yaml
from yaml.constructor import SafeConstructor

from generator.errors import Problem
from generator.skeleton import JOINTS

CHOICE_CODES = {"posture": "E405", "view": "E406", "joint": "E407", "prop": "E409",
                "place": "E410", "body part": "E411", "landmark": "E412",
                "direction": "E413", "licence": "E422"}
"""The problem code for an unknown value of each kind of fixed list."""


def describe(node: yaml.Node) -> str:
    """Give what a node holds, as a problem message shows it: 'a mapping', 'a list' or a value."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    try:
        return repr(SafeConstructor().construct_object(node))
    except yaml.YAMLError:
        return repr(node.value)


def entries(node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
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


class NodeReader:
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
            self.problem(node, "E401", field, f"expected a mapping, got {describe(node)}")
            return None
        found: dict[str, yaml.Node] = {}
        guessed: set[str] = set()
        for key, value in entries(node):
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
        self.problem(node, "E401", field, f"expected a list, got {describe(node)}")
        return None

    def text(self, node: yaml.Node, field: str) -> str | None:
        """Give a non-empty string, or None after reporting a wrong type or an empty one."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            self.problem(node, "E401", field, f"expected text, got {describe(node)}")
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
        code = CHOICE_CODES[kind]
        self.problem(node, code, field, f"unknown {kind} '{value}'{_suggest(value, options)}")
        return None

    def angle(self, node: yaml.Node, field: str, joint: str) -> float | None:
        """Give a joint angle in degrees, checked against the joint's range."""
        number_tags = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
        if not isinstance(node, yaml.ScalarNode) or node.tag not in number_tags:
            self.problem(node, "E401", field,
                         f"expected a number of degrees, got {describe(node)}")
            return None
        value = float(SafeConstructor().construct_object(node))
        low, high = JOINTS[joint]
        if not low <= value <= high:
            self.problem(node, "E408", field, f"angle {_degrees(value)} is outside its range "
                         f"{_degrees(low)} to {_degrees(high)} degrees")
            return None
        return value
