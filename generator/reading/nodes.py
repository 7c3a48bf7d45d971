"""The state of reading one file, and the one way a YAML node is described and reported.

Every reader (the models' fields, the taxonomy, the figure) reads nodes through these functions,
so one kind of fault has one code and one wording wherever it is found.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, short, suggest

STR, INT, FLOAT, BOOL, NULL = (f"tag:yaml.org,2002:{t}"
                               for t in ("str", "int", "float", "bool", "null"))

CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Characters no text field may hold (tabs and line breaks are fine)."""
NONCHARACTER = re.compile("[\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)) + "]")
"""Unicode's noncharacters (U+FDD0 to U+FDEF, U+FFFE, U+FFFF and their kin in every plane):
never text, and refused like control characters."""
_NOT_TEXT = re.compile(CONTROL_CHARACTER.pattern + "|" + NONCHARACTER.pattern)
"""Either kind, so most text (which has neither) is searched once."""
INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]*")
"""Space and zero-width characters: a text made only of these is empty to the eye."""

# A special field (the figure, an image) is read by a function of its own.
SpecialReader = Callable[[yaml.Node, "Reading", str], Any]


@dataclass
class Reading:
    """The state of reading one file: where it is and what went wrong so far."""

    display: str
    """The file's path as shown in messages."""
    vocabularies: dict[str, set[str]]
    """Vocabulary name -> allowed values."""
    special: Mapping[str, SpecialReader] = dataclasses.field(default_factory=dict)
    """Reader name (from field metadata) -> function that reads such a field."""
    path: Path | None = None
    """The file on disk (a picture is found beside it)."""
    props: dict[str, str] = dataclasses.field(default_factory=dict)
    """Prop id -> its label, from the taxonomy (a figure draws these)."""
    problems: list[Problem] = dataclasses.field(default_factory=list)
    """Problems found so far."""
    marks: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    """Field label (such as 'easier[2]') -> its line and column, for later checks."""

    def report(self, node: yaml.Node | None, code: str, message: str) -> None:
        """Records a problem at a node (or at the start of the file)."""
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        self.problems.append(Problem(self.display, line, col, code, message))


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


def field_label(label: str) -> str:
    """Gives the start of a message about the field at label ("field 'reps': ")."""
    return f"field {label!r}: " if label else ""


def join(label: str, name: str) -> str:
    """Gives the label of a field inside the field at label ('figure' + 'view')."""
    return f"{label}.{name}" if label else name


def read_mapping(node: yaml.Node, reading: Reading, label: str, allowed: Collection[str],
                 required: Mapping[str, str], passed: Collection[str] = (),
                 kind: str = "field") -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
    """Gives name -> (key node, value node) of a mapping, or None when it is not one.

    Reports keys that are not words or not allowed (E102) and required ones that are missing
    (E101); required maps each name to what it holds, for the message. Keys in passed are
    given back for the caller to judge, and never suggested. kind names what a key is.
    """
    if not isinstance(node, yaml.MappingNode):
        reading.report(node, "E103", f"{field_label(label)}expected a mapping of fields, "
                       f"got {describe(node)}")
        return None
    given: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):  # `? [a, b]` or `{a: 1}: x`
            example = "name" if kind == "field" or not allowed else next(iter(allowed))
            reading.report(key, "E102", f"{field_label(label)}a {kind} name must be a word "
                           f"such as {example!r}, got {describe(key)}")
        elif key.value not in allowed and key.value not in passed:
            where = f" in {label!r}" if label else ""
            reading.report(key, "E102", f"unknown {kind} {short(key.value)!r}{where}"
                           f"{suggest(key.value, allowed)}")
        else:
            given[key.value] = (key, value)
    for name, holds in required.items():
        if name not in given:
            reading.report(node, "E101", f"missing required field {join(label, name)!r} "
                           f"({holds})")
    return given


def read_list(node: yaml.Node, reading: Reading, label: str) -> list[yaml.Node] | None:
    """Gives a list's item nodes, or None after reporting that it is not a list."""
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    reading.report(node, "E103", f"{field_label(label)}expected a list, got {describe(node)}")
    return None


def read_text(node: yaml.Node, reading: Reading, label: str) -> str | None:
    """Gives a text value stripped of outer space, or None after reporting a wrong type."""
    if not isinstance(node, yaml.ScalarNode) or node.tag != STR:
        reading.report(node, "E103", f"{field_label(label)}expected text, got {describe(node)}")
        return None
    value = str(node.value).strip()
    return None if bad_characters(value, node, reading, label) else value


def is_blank(text: str) -> bool:
    """True when text shows nothing: only spaces, line breaks and zero-width characters."""
    return INVISIBLE.fullmatch(text) is not None


def bad_characters(value: str, node: yaml.Node, reading: Reading, label: str) -> bool:
    """Reports a control character or noncharacter in a text value; True when there was one."""
    if not _NOT_TEXT.search(value):
        return False
    control = CONTROL_CHARACTER.search(value)
    if control:  # they would break the page's front matter or show as garbage
        reading.report(node, "E109", f"{field_label(label)}holds the control character "
                       f"U+{ord(control.group()):04X} (character {control.start() + 1}); "
                       "delete it")
        return True
    nonchar = NONCHARACTER.search(value)
    if nonchar:  # left by broken conversions; they are not characters at all
        reading.report(node, "E109", f"{field_label(label)}holds U+{ord(nonchar.group()):04X} "
                       f"(character {nonchar.start() + 1}), which Unicode reserves as a "
                       "noncharacter and no text may hold; delete it")
        return True
    return False


def read_choice(node: yaml.Node, reading: Reading, label: str, kind: str,
                choices: Collection[str]) -> str | None:
    """Gives a value from a fixed list, or None after reporting it with a suggestion."""
    value = read_text(node, reading, label)
    if value is None or value in choices:
        return value
    reading.report(node, "E105", f"{field_label(label)}unknown {kind} {short(value)!r}"
                   f"{suggest(value, choices)}")
    return None
