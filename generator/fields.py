"""Reads YAML nodes into the models, guided by each field's type and metadata."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from generator.errors import Problem
from generator.field_checks import check_range, check_text, field_label, short, suggest

STR, INT, BOOL, NULL = (f"tag:yaml.org,2002:{t}" for t in ("str", "int", "bool", "null"))

_INTS = yaml.constructor.SafeConstructor()  # YAML 1.1 integers: 0x1F, 0o17, 1_000, 1:30

_SCALARS = {str: (STR, "text"), int: (INT, "a whole number"), bool: (BOOL, "true or false")}
"""Scalar type -> (its YAML tag, how messages name it)."""

# A special field (the figure, an image) is read by a function of its own.
SpecialReader = Callable[[yaml.Node, str], tuple[Any, list[Problem]]]


@dataclass
class Reading:
    """The state of reading one file: where it is and what went wrong so far."""

    display: str
    """The file's path as shown in messages."""
    vocabularies: dict[str, set[str]]
    """Vocabulary name -> allowed values."""
    special: dict[str, SpecialReader]
    """Reader name (from field metadata) -> function that reads such a field."""
    problems: list[Problem] = dataclasses.field(default_factory=list)
    """Problems found so far."""
    marks: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    """Field label (such as 'easier[2]') -> its line and column, for later checks."""

    def report(self, node: yaml.Node | None, code: str, message: str) -> None:
        """Records a problem at a node (or at the start of the file)."""
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        self.problems.append(Problem(self.display, line, col, code, message))


@cache
def model_fields(cls: type) -> dict[str, tuple[Any, dict[str, Any], bool]]:
    """Gives field name -> (type, metadata, required) for the fields content may set."""
    hints = typing.get_type_hints(cls)
    result = {}
    for f in dataclasses.fields(cls):
        if f.metadata.get("derived"):
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        result[f.name] = (hints[f.name], dict(f.metadata), required)
    return result


def read_model(cls: type, node: yaml.Node, reading: Reading, label: str = "",
               **derived: Any) -> Any:
    """Gives an instance of cls read from a mapping node, or None when it has problems."""
    if not isinstance(node, yaml.MappingNode):
        reading.report(node, "E103", f"{field_label(label)}expected a mapping of fields, "
                       f"got {describe(node)}")
        return None
    fields = model_fields(cls)
    before = len(reading.problems)
    given = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            given[key.value] = (key, value)
        else:  # `? [a, b]` or `{a: 1}: x`
            reading.report(key, "E102", f"{field_label(label)}a field name must be a word such as "
                           f"'name', got {describe(key)}")
    values: dict[str, Any] = dict(derived)
    for name, (key, value) in given.items():
        if name in derived:
            reading.report(key, "E102", f"field {name!r} is not written in the file: it comes "
                           f"from the file's name and place ({derived[name]!r}); remove it, "
                           "and rename the file to change it")
            continue
        if name not in fields:
            where = f" in {label!r}" if label else ""
            reading.report(key, "E102", f"unknown field {short(name)!r}{where}"
                           f"{suggest(name[:100], fields)}")
            continue
        tp, meta, _ = fields[name]
        values[name] = read_value(tp, meta, value, reading, _join(label, name))
    for name, (_, meta, required) in fields.items():
        if required and name not in given:
            reading.report(node, "E101", f"missing required field {_join(label, name)!r} "
                           f"({meta['doc'][0].lower()}{meta['doc'][1:].rstrip('.')})")
    if len(reading.problems) > before:
        return None
    return cls(**values)


def read_value(tp: Any, meta: dict[str, Any], node: yaml.Node, reading: Reading,
               label: str) -> Any:
    """Gives the value of one field, checked against its type and metadata."""
    reading.marks[label] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if "reader" in meta:
        value, problems = reading.special[meta["reader"]](node, reading.display)
        reading.problems += problems
        return value
    optional, kind, tp = _shape(tp)
    if optional and node.tag == NULL and isinstance(node, yaml.ScalarNode):
        return None
    if kind == "list":
        return _read_list(tp, meta, node, reading, label)
    if kind == "model":
        return read_model(tp, node, reading, label)
    return _read_scalar(tp, meta, node, reading, label)


@cache
def _shape(tp: Any) -> tuple[bool, str, Any]:
    """Gives (may be null, "list" | "model" | "scalar", item or own type) of a field's type."""
    optional = isinstance(tp, types.UnionType)  # X | None
    if optional:
        tp = next(t for t in typing.get_args(tp) if t is not type(None))
    if typing.get_origin(tp) is tuple:
        return optional, "list", typing.get_args(tp)[0]
    if dataclasses.is_dataclass(tp):
        return optional, "model", tp
    return optional, "scalar", tp


def _read_list(item_tp: Any, meta: dict[str, Any], node: yaml.Node, reading: Reading,
               label: str) -> tuple[Any, ...] | None:
    if not isinstance(node, yaml.SequenceNode):
        reading.report(node, "E103", f"{field_label(label)}expected a list, got {describe(node)}")
        return None
    if len(node.value) < meta.get("min_items", 0):
        reading.report(node, "E108", f"{field_label(label)}needs at least {meta['min_items']} "
                       f"item{'s' if meta['min_items'] > 1 else ''}")
    return tuple([read_value(item_tp, meta, item, reading, f"{label}[{number}]")
                  for number, item in enumerate(node.value, start=1)])


def _read_scalar(tp: Any, meta: dict[str, Any], node: yaml.Node, reading: Reading,
                 label: str) -> Any:
    tag, expected = _SCALARS[tp]
    if node.tag != tag or not isinstance(node, yaml.ScalarNode):
        reading.report(node, "E103",
                       f"{field_label(label)}expected {expected}, got {describe(node)}")
        return None
    if tp is bool:
        return node.value.lower() in ("true", "yes", "on", "y")
    if tp is int:
        text = node.value
        if text.isdigit() and text[0] != "0" and len(text) < 19:  # plain decimal: the usual
            value: int | None = int(text)
        else:  # 0x1F, 0o17, 1_000, 1:30; hundreds of digits are out of any range unread
            value = _INTS.construct_yaml_int(node) if len(text) <= 40 else None
        return check_range(value, meta, node, reading, label)
    return check_text(node.value.strip(), meta, node, reading, label)


def describe(node: yaml.Node) -> str:
    """Gives a short description of a node's value for messages."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing (an empty value)"
    if node.tag == STR:
        return repr(short(node.value))
    return short(node.value)


def _join(label: str, name: str) -> str:
    return f"{label}.{name}" if label else name
