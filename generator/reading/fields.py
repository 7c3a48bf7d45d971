"""Reads YAML nodes into the models, guided by each field's type and metadata."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any

import yaml

from generator.models.content import model_fields
from generator.reading.nodes import (
    BOOL,
    INT,
    NULL,
    STR,
    Reading,
    describe,
    field_label,
    join,
    read_list,
    read_mapping,
)
from generator.reading.values import check_range, check_text

_INTS = yaml.constructor.SafeConstructor()  # YAML 1.1 integers: 0x1F, 017, 1_000, 1:30

_SCALARS = {str: (STR, "text"), int: (INT, "a whole number"), bool: (BOOL, "true or false")}
"""Scalar type -> (its YAML tag, how messages name it)."""


def read_model(cls: type, node: yaml.Node, reading: Reading, label: str = "",
               **derived: Any) -> Any:
    """Gives an instance of cls read from a mapping node, or None when it has problems."""
    fields = model_fields(cls)
    before = len(reading.problems)
    given = read_mapping(node, reading, label, fields, _required(cls), passed=derived)
    if given is None:
        return None
    values: dict[str, Any] = dict(derived)
    for name, (key, value) in given.items():
        if name in derived:
            reading.report(key, "E102", f"field {name!r} is not written in the file: it comes "
                           f"from the file's name and place ({derived[name]!r}); remove it, "
                           "and rename the file to change it")
            continue
        tp, meta, _ = fields[name]
        values[name] = read_value(tp, meta, value, reading, join(label, name))
    if len(reading.problems) > before:
        return None
    return cls(**values)


@cache
def _required(cls: type) -> dict[str, str]:
    """Gives the required fields of a model and what each holds (made once per model)."""
    return {name: _what_it_holds(meta) for name, (_, meta, needed) in model_fields(cls).items()
            if needed}


def _what_it_holds(meta: dict[str, Any]) -> str:
    doc = meta["doc"]
    return f"{doc[0].lower()}{doc[1:].rstrip('.')}"


def read_value(tp: Any, meta: dict[str, Any], node: yaml.Node, reading: Reading,
               label: str) -> Any:
    """Gives the value of one field, checked against its type and metadata."""
    reading.marks[label] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if "reader" in meta:
        return reading.special[meta["reader"]](node, reading, label)
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
    items = read_list(node, reading, label)
    if items is None:
        return None
    if len(items) < meta.get("min_items", 0):
        reading.report(node, "E108", f"{field_label(label)}needs at least {meta['min_items']} "
                       f"item{'s' if meta['min_items'] > 1 else ''}")
    return tuple([read_value(item_tp, meta, item, reading, f"{label}[{number}]")
                  for number, item in enumerate(items, start=1)])


def _read_scalar(tp: Any, meta: dict[str, Any], node: yaml.Node, reading: Reading,
                 label: str) -> Any:
    tag, expected = _SCALARS[tp]
    if node.tag != tag or not isinstance(node, yaml.ScalarNode):
        reading.report(node, "E103",
                       f"{field_label(label)}expected {expected}, got {describe(node)}")
        return None
    if tp is bool:
        return node.value.lower() in ("true", "yes", "on")  # YAML 1.1: y and n are text
    if tp is int:
        text = node.value
        if text.isdigit() and text[0] != "0" and len(text) < 19:  # plain decimal: the usual
            value: int | None = int(text)
        elif len(text) > 40:  # hundreds of digits are out of any range unread
            value = None
        else:  # 0x1F, 017 (octal), 1_000, 1:30
            try:
                value = _INTS.construct_yaml_int(node)
            except ValueError:  # '0x_' looks like a number to YAML's resolver only
                reading.report(node, "E103", f"{field_label(label)}expected {expected}, "
                               f"got {describe(node)}")
                return None
        return check_range(value, meta, node, reading, label)
    return check_text(node.value.strip(), meta, node, reading, label)
