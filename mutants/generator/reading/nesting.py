"""Refuses YAML nested so deeply that the parser would recurse until it crashes.

libyaml composes nested lists and mappings recursively: some thousands of `[` or `{` (or
lines each indented one step further) end the process with a segfault, before any problem
can be reported. Content needs a handful of levels (a figure's joint angle sits at five), so
the text is scanned first, cheaply and conservatively, and anything deeper is refused.
"""

from __future__ import annotations

import re

from generator.errors import Problem

MAX_DEPTH = 64
"""The deepest nesting of lists and mappings a content file may have."""

_FLOW = re.compile(r"""[\[\]{}"'#\n]""")
"""The characters that open or close a flow collection, a quoted text or a comment."""
_DEEP_LINE = re.compile(rf"^[ \-]{{{MAX_DEPTH},}}", re.MULTILINE)
"""A line whose indentation (spaces and '- ' markers) could be MAX_DEPTH levels."""
_DASHES = re.compile(r"(?:-(?: +|$))+")
"""The '- ' markers that start a line's value, each a level of list."""


def nesting_problem(text: str, display: str) -> Problem | None:
    """Gives a problem at the first place nested deeper than MAX_DEPTH, or None."""
    offset = -1
    if text.count("[") + text.count("{") > MAX_DEPTH:
        offset = _deep_brackets(text)
    if offset < 0 and _DEEP_LINE.search(text):
        offset = _deep_indentation(text)
    if offset < 0:
        return None
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Problem(display, line, col, "E010", f"lists and mappings are nested more than "
                   f"{MAX_DEPTH} levels deep here; content needs only a few levels, so write "
                   "these values flatter")


def _deep_brackets(text: str) -> int:
    """Gives the offset of the first '[' or '{' more than MAX_DEPTH deep, or -1.

    Quoted text and comments are skipped; a quote starts only where a value can start, so
    the apostrophe in "arm's" is text. Stray closing brackets in plain text never go below 0.
    """
    depth, quote, comment = 0, "", False
    for found in _FLOW.finditer(text):
        char, at = found.group(), found.start()
        before = text[at - 1] if at else "\n"
        if comment:
            comment = char != "\n"
        elif quote:
            if char == quote and (quote == '"' and before != "\\" or quote == "'"):
                quote = ""
        elif char in "\"'" and before in " \t\n[{,:":
            quote = char
        elif char == "#" and before in " \t\n":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return at
        elif char in "]}":
            depth = max(depth - 1, 0)
    return -1


def _deep_indentation(text: str) -> int:
    """Gives the offset of the first line indented more than MAX_DEPTH levels, or -1.

    Each indentation deeper than the line above's is a level, and so is each '- ' before the
    value; a line's levels may be over-counted by one, never under-counted.
    """
    levels: list[tuple[int, int]] = []  # (indentation, levels) of the lines still open
    offset = 0
    for line in text.split("\n"):
        width = len(line) - len(line.lstrip(" "))
        rest = line[width:]
        if rest.strip() and not rest.startswith("#"):
            while levels and levels[-1][0] >= width:
                levels.pop()
            marks = _DASHES.match(rest)
            depth = (levels[-1][1] if levels else 0) + 1 + (marks.group().count("-") if marks
                                                            else 0)
            if depth > MAX_DEPTH:
                return offset
            levels.append((width, depth))
        offset += len(line) + 1
    return -1
