"""Reads content/taxonomy.yml: the controlled vocabularies and their human labels.

Every value is read through the same functions as any content field, so a malformed
taxonomy (text for a mapping, a rank in words, a list as a key) is reported, never a crash.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.models.content import Taxonomy, VocabularyValue
from generator.reading.fields import read_value
from generator.reading.nodes import Reading, describe, join, read_mapping

VOCABULARIES = ("regions", "movements", "positions", "equipment", "levels", "kinds", "dose_modes")
"""The vocabularies the models use; taxonomy.yml must define each (it may add more, e.g. props)."""

_TEXT = {"label": "The human label shown on pages.", "description": "A short description."}
"""The fields every value has, and what they hold."""

_FACTS: dict[str, dict[str, tuple[type, dict[str, Any]]]] = {
    "positions": {"floor": (bool, {"doc": "Whether the position is on the floor."})},
    "levels": {"rank": (int, {"doc": "The level's place, 1 = easiest.", "minimum": 1,
                              "maximum": 100}),
               "max_hold_s": (int, {"doc": "The longest hold, in seconds.", "minimum": 1,
                                    "maximum": 3600})},
    "equipment": {"words": (tuple[str, ...], {"doc": "Lower-case words in a routine's notes "
                                              "that mean this is needed."})},
    "dose_modes": {"seconds_each": (int, {"doc": "Seconds one repetition takes.",
                                          "minimum": 0, "maximum": 600})},
}
"""Vocabulary -> the other facts its values may give -> (type, rules), as the models read them."""


def read_taxonomy(root: yaml.MappingNode, reading: Reading) -> Taxonomy:
    """Gives vocabulary name -> value id -> value, reporting malformed entries."""
    names = [key.value for key, _ in root.value if isinstance(key, yaml.ScalarNode)]
    given = read_mapping(root, reading, "", VOCABULARIES,
                         {name: f"the {name.replace('_', ' ')} content may use"
                          for name in VOCABULARIES},
                         passed=names, kind="vocabulary") or {}
    taxonomy: Taxonomy = {name: {} for name in VOCABULARIES}
    for name, (_, values) in given.items():
        if not isinstance(values, yaml.MappingNode):
            reading.report(values, "E103", f"vocabulary {name!r}: expected a mapping of values "
                           f"such as 'value-id: {{label: ..., description: ...}}', got "
                           f"{describe(values)}")
            continue
        entries = read_mapping(values, reading, name, (), {}, passed=_keys(values),
                               kind="value")
        taxonomy[name] = {}
        for value_id, (_, entry) in (entries or {}).items():
            value = _read_entry(name, value_id, entry, reading)
            if value:
                taxonomy[name][value_id] = value
    return taxonomy


def _keys(node: yaml.Node) -> list[str]:
    """Gives the names of a mapping's keys that are words (read_mapping reports the rest)."""
    if not isinstance(node, yaml.MappingNode):
        return []
    return [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]


def _read_entry(vocabulary: str, value_id: str, entry: yaml.Node,
                reading: Reading) -> VocabularyValue | None:
    """Gives one vocabulary value; it needs a label and a description."""
    label = join(vocabulary, value_id)
    facts = _FACTS.get(vocabulary, {})
    before = len(reading.problems)
    given = read_mapping(entry, reading, label, [*_TEXT, *facts],
                         {name: doc[0].lower() + doc[1:].rstrip(".")
                          for name, doc in _TEXT.items()})
    if given is None:
        return None
    read: dict[str, Any] = {}
    for name, (_, node) in given.items():
        tp, meta = facts.get(name, (str, {"doc": _TEXT.get(name, "")}))
        read[name] = read_value(tp, meta, node, reading, join(label, name))
    if len(reading.problems) > before:
        return None
    text = {name: read.pop(name) for name in _TEXT}
    return VocabularyValue(id=value_id, **text, extra=read)
