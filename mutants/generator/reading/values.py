"""Checks a value read from a field against the field's rules, and words the messages.

A field's metadata sets its rules (range, vocabulary, pattern); some rules hold for every
text field (no control characters, not empty, no scaffold placeholder left).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator.errors import short, suggest
from generator.reading.nodes import Reading, bad_characters, field_label, is_blank

PLACEHOLDER = "TODO:"
"""Scaffolded files start text fields with this; it must be replaced before the check passes."""

LINK_BREAKER = re.compile(r"[()\[\]<>\"`{}|\\^]")
"""Characters that would end a Markdown link early (and start another) in a patterned value."""


def check_range(value: int | None, meta: dict[str, Any], node: yaml.Node, reading: Reading,
                label: str) -> int | None:
    low, high = meta.get("minimum"), meta.get("maximum")
    if value is None or (low is not None and value < low) or \
            (high is not None and value > high):
        shown = value if value is not None and abs(value) < 10**18 else short(node.value)
        reading.report(node, "E104", f"{field_label(label)}{shown} is out of range; "
                       f"expected {low} to {high}")
        return None
    return value


def check_text(value: str, meta: dict[str, Any], node: yaml.Node, reading: Reading,
                label: str) -> str | None:
    if bad_characters(value, node, reading, label):
        return None
    if is_blank(value):  # '' or only zero-width characters
        reading.report(node, "E106", f"{field_label(label)}is empty; write "
                       f"{meta['doc'][0].lower()}{meta['doc'][1:].rstrip('.')}")
        return None
    if value.startswith(PLACEHOLDER):
        reading.report(node, "E107", f"{field_label(label)}still holds the placeholder "
                       f"{short(value)!r}; replace it with real text")
        return None
    vocab = meta.get("vocab")
    if vocab and value not in reading.vocabularies[vocab]:
        reading.report(node, "E105", f"{field_label(label)}unknown value {short(value)!r}"
                       f"{suggest(value, reading.vocabularies[vocab])} "
                       f"(values come from content/taxonomy.yml)")
        return None
    pattern = meta.get("pattern")
    if pattern and not re.match(pattern, value):
        reading.report(node, "E103", f"{field_label(label)}{short(value)!r} does not match "
                       f"{pattern}")
        return None
    breaker = LINK_BREAKER.search(value) if pattern else None
    if breaker:  # an address like https://a)[x](javascript:...) would smuggle in a link
        reading.report(node, "E103", f"{field_label(label)}{short(value)!r} holds "
                       f"{breaker.group()!r}, which would break the link; write it as "
                       f"%{ord(breaker.group()):02X}")
        return None
    return value
