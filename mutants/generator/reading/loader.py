"""Reads content YAML into node trees that keep the line and column of every value."""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import Problem
from generator.reading.nesting import nesting_problem
from generator.reading.nodes import NONCHARACTER
from generator.reading.yaml_syntax import syntax_problem

MAX_FILE_BYTES = 256 * 1024
"""Content files larger than this are refused before parsing (a real exercise is under 8 KB)."""

# Only the plain YAML 1.1 scalar, sequence and mapping tags are data; anything else
# (!!python/object, !custom, !!binary, !!set ...) is refused.
PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)

MERGE = "tag:yaml.org,2002:merge"
"""The tag YAML gives a `<<` key; merging mappings hides where a value was written."""

try:  # libyaml parses about 15x faster and still gives node marks
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Document:
    """One parsed YAML file."""

    path: Path
    """Where the file is on disk."""
    display: str
    """The path shown in messages (relative to the project root)."""
    root: yaml.MappingNode
    """The top-level mapping, with node marks for line and column."""


def where(display: str, node: yaml.Node | None) -> tuple[str, int, int]:
    """Gives (path, line, column), 1-based, of a node (the file's start when there is none)."""
    if node is None:
        return display, 1, 1
    return display, node.start_mark.line + 1, node.start_mark.column + 1


def read_document(path: Path, display: str) -> tuple[Document | None, list[Problem]]:
    """Gives the parsed document, or the problems that stop it from being read."""
    try:
        status = path.lstat()
        if not stat.S_ISREG(status.st_mode):  # a folder, link or pipe named like a file
            return None, [Problem(display, 1, 1, "E008", "is not a plain file; content must "
                                  "be a regular .yml file (not a folder, link or device)")]
        if status.st_size > MAX_FILE_BYTES:
            return None, [Problem(display, 1, 1, "E004", f"file is {status.st_size:,} bytes; "
                                  f"content files must be at most {MAX_FILE_BYTES:,} bytes")]
        with path.open("rb") as file:  # no more than the limit, even if the file grows
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return None, [Problem(display, 1, 1, "E008", f"cannot be read ({exc.strerror}); "
                              "make it a readable regular file")]
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(display, 1, 1, "E004", f"file is over {MAX_FILE_BYTES:,} bytes; "
                              "content files must be at most that")]
    if raw.startswith(b"\xef\xbb\xbf"):
        return None, [Problem(display, 1, 1, "E003", "file starts with a byte-order mark; "
                              "save it as UTF-8 without BOM")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [Problem(display, line, col, "E003", f"byte 0x{raw[exc.start]:02x} is not "
                              "valid UTF-8; save the file as UTF-8")]
    return parse_text(text, path, display)


def parse_text(text: str, path: Path, display: str) -> tuple[Document | None, list[Problem]]:
    """Gives the parsed document from text, or the problems found while parsing it."""
    tab_line = _tab_indent(text)
    if tab_line:
        return None, [Problem(display, tab_line, 1, "E001", "YAML syntax: a tab is used for "
                              "indentation; indent with spaces")]
    deep = nesting_problem(text, display)
    if deep:
        return None, [deep]
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        return None, [syntax_problem(exc, display)]
    except yaml.reader.ReaderError as exc:  # control characters; libyaml counts UTF-8 bytes
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
        line, col = before.count("\n") + 1, len(before) - before.rfind("\n")
        kind = "a noncharacter" if NONCHARACTER.match(chr(int(exc.character))) else \
            "a control character"
        return None, [Problem(display, line, col, "E001", f"YAML syntax: character "
                              f"U+{int(exc.character):04X} is {kind}, which YAML does not "
                              "allow; delete it")]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 1, 1, "E001", f"YAML syntax: {str(exc).splitlines()[0]}")]
    if len(nodes) > 1:
        node = nodes[1]
        return None, [Problem(*where(display, node), "E007", "file holds more than one YAML "
                              "document; keep one mapping per file")]
    root = nodes[0] if nodes else None
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag.endswith(":null")):
        return None, [Problem(display, 1, 1, "E007", "file is empty; expected a mapping of "
                              "fields such as 'name: ...'")]
    if not isinstance(root, yaml.MappingNode):
        kind = "a list" if isinstance(root, yaml.SequenceNode) else "a single value"
        return None, [Problem(*where(display, root), "E007", f"the file's top level is {kind}; "
                              "expected a mapping of fields such as 'name: ...'")]
    problems = check_nodes(root, display, text)
    return (None if problems else Document(path, display, root)), problems


_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)


def _tab_indent(text: str) -> int:
    """Gives the first line number indented with a tab, or 0."""
    found = _TAB_INDENT.search(text) if "\t" in text else None
    return text.count("\n", 0, found.start()) + 1 if found else 0


def check_nodes(root: yaml.Node, display: str, text: str | None = None) -> list[Problem]:
    """Gives problems with aliases, custom tags and duplicate keys anywhere in the tree.

    Given the file's text, a file with no '&' (so no anchor, and no alias can refer to one), no
    '!' (no tag) and no '<<' (no merge key) has only its mappings walked, for duplicate keys:
    most content files, at a fraction of the cost.
    """
    if text is not None and "&" not in text and "!" not in text and "<<" not in text:
        return _duplicate_keys_everywhere(root, display)
    problems: list[Problem] = []
    seen: set[yaml.Node] = set()  # nodes hash by identity
    aliased: set[yaml.Node] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node in seen:
            # The composer shares one node between an anchor and its aliases: a second
            # visit means an alias. Refusing here also defuses nested "alias bombs".
            # The node's mark is its anchor's place, so each anchor is reported once.
            if node in aliased:
                continue
            aliased.add(node)
            problems.append(Problem(*where(display, node), "E005", "YAML anchors and aliases "
                                    "(&name, *name) are not allowed; write the value out"))
            continue
        seen.add(node)
        if node.tag == MERGE:
            problems.append(Problem(*where(display, node), "E009", "YAML merge keys (<<) are "
                                    "not allowed; write the fields out in this mapping"))
            continue
        if node.tag not in PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)  # as it was written
            problems.append(Problem(*where(display, node), "E006", f"YAML tag {tag[:60]!r} is "
                                    "not allowed; remove it and write a plain value"))
            continue
        if isinstance(node, yaml.MappingNode):
            problems += _duplicate_keys(node, display)
            for pair in node.value:  # order does not matter: problems are sorted later
                stack.extend(pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems


def _duplicate_keys_everywhere(root: yaml.Node, display: str) -> list[Problem]:
    """Gives the duplicate keys of every mapping in a tree that has no aliases."""
    problems: list[Problem] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            problems += _duplicate_keys(node, display)
            stack.extend(v for _, v in node.value if not isinstance(v, yaml.ScalarNode))
        else:
            stack.extend(v for v in node.value if not isinstance(v, yaml.ScalarNode))
    return problems


def _duplicate_keys(node: yaml.MappingNode, display: str) -> list[Problem]:
    """Gives a problem for each key that appears a second time in one mapping."""
    problems = []
    first: dict[str, yaml.Node] = {}
    for key, _ in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else repr(key.value)
        if name in first:
            line = first[name].start_mark.line + 1
            problems.append(Problem(*where(display, key), "E002", f"duplicate key {name!r} "
                                    f"(first given on line {line}); keep only one"))
        else:
            first[name] = key
    return problems
