"""Problems found in content, how messages word values, and the exception carrying them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or suspicious) in the content, at a place a contributor can open."""

    path: str
    """File path as shown to the contributor, relative to the project root."""
    line: int
    """1-based line number."""
    col: int
    """1-based column number."""
    code: str
    """Stable code: E... for errors that stop the build, W... for warnings."""
    message: str
    """What is wrong and what would be right."""

    @property
    def is_error(self) -> bool:
        """True when this problem stops the build."""
        return self.code.startswith("E")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}"



def short(text: str, limit: int = 60) -> str:
    """Gives text cut to at most limit characters, marked with '...' when cut."""
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def suggest(word: str, choices: Iterable[str]) -> str:
    """Gives "; did you mean 'x'?" for a close match, or a list of the choices when short.

    The one did-you-mean of the guide: fields, vocabulary values, figure names and ids.
    """
    choices = sorted(choices)
    close = difflib.get_close_matches(word[:100], choices, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]!r}?"
    if len(choices) <= 12:
        return "; expected one of: " + ", ".join(choices)
    return ""


CONTENT_PROBLEMS = "the content has problems; nothing was built:"
"""The first line of the MkDocs error that carries content problems."""


class GuideError(Exception):
    """Base class of every error the generator raises on purpose."""


class ContentError(GuideError):
    """The content has problems; the build stops and writes nothing."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
