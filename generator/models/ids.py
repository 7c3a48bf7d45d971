"""What an id is, how one is made from a name, and how content text links to one.

An exercise's or routine's id is its file name, its page's name and what links and routines
name it by; a glossary term's id is its anchor.
"""

from __future__ import annotations

import re

ID = r"[a-z0-9]+(-[a-z0-9]+)*"
"""Lowercase letters and digits, words joined by single hyphens (a regular expression)."""
ID_PATTERN = re.compile(rf"^{ID}$")
"""A whole string that is an id."""
LINK_PATTERN = re.compile(rf"\[([^\[\]\n]+)\]\(({ID})\)")
"""A link to another exercise in a content text field: [label](exercise-id)."""


def slug(name: str) -> str:
    """Gives the id for a name ("Child's Pose" -> "childs-pose"), or '' when it has no word."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("'", "").replace("\u2019", ""))
    return "-".join(words)
