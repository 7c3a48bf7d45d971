"""Turns a content text field into safe inline Markdown, or safe inline HTML.

Content may use a small inline subset: *emphasis*, **strong** and links to other exercises
written ``[label](exercise-id)``. Every other character that Markdown or HTML would act on is
written as a numeric character reference, so it shows as text and never becomes markup.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from markupsafe import Markup

from generator.models.ids import ID

# Emphasis neither starts nor ends with a space, as in Markdown: "* x" is a bullet there, so a
# field opening "* x ... *y*" must not be sent on as "*...*", which Markdown makes a list.
_TOKENS = re.compile(r"\*\*(?P<strong>[^*\s](?:[^*\n]*[^*\s])?)\*\*|"
                     r"\*(?P<em>[^*\s](?:[^*\n]*[^*\s])?)\*|"
                     rf"\[(?P<label>[^\[\]\n]+)\]\((?P<target>{ID})\)")
# Characters Markdown or HTML may act on anywhere; '"' too, as escaped text may be put in an
# HTML attribute (an aria-label), where a quote would end it and start attributes of its own.
_ACTIVE = frozenset('\\`*_{}[]<>#|!&~^=$"')
_BLOCK_START = frozenset("-+0123456789")  # ... and at the start of a block: lists and rules
_REFERENCES = {ord(c): f"&#{ord(c)};" for c in _ACTIVE}
_ANY_ACTIVE = re.compile("[" + re.escape("".join(sorted(_ACTIVE))) + "]")
_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")


def escape_text(text: str, at_start: bool = True) -> str:
    """Gives text with every active character written as a character reference.

    Line breaks become spaces, so no text (a name, say) can start a block of its own.
    """
    text = _LINE_BREAKS.sub(" ", text)
    # Most texts have no active character: one search in C is cheaper than translate's
    # lookup of every character (some 50,000 texts in a large build).
    out = text.translate(_REFERENCES) if _ANY_ACTIVE.search(text) else text
    if at_start and out[:1] in _BLOCK_START:
        out = f"&#{ord(out[0])};" + out[1:]
    return out


class GlossaryLinker:
    """Links the first appearance of each glossary phrase on one page."""

    def __init__(self, phrases: dict[str, str], html: bool = False) -> None:
        """phrases maps a lower-case phrase to the URL of its glossary entry; html makes the
        links HTML (for finished HTML blocks), not Markdown."""
        self._link = _html_link if html else _markdown_link
        self._phrases = {p.lower(): url for p, url in phrases.items()}
        self._urls = len(set(self._phrases.values()))
        self._linked: set[str] = set()
        # One pattern for every phrase, compiled once per glossary: a phrase whose entry is
        # already linked still matches (so a shorter phrase inside it is not linked instead)
        # and is kept as text. Recompiling after every link made a page of a large glossary
        # cost the square of its size.
        self._pattern = _phrase_pattern(tuple(sorted(self._phrases, key=lambda p: (-len(p), p))))

    def link(self, text: str, at_start: bool = True) -> str:
        """Gives escaped text, with glossary phrases not yet linked on the page made links."""
        if self._pattern is None or len(self._linked) == self._urls:
            return escape_text(text, at_start)
        parts, last = [], 0
        for match in self._pattern.finditer(text):
            url = self._phrases[match.group(1).lower()]
            if url in self._linked:
                continue
            self._linked.add(url)
            parts.append(escape_text(text[last:match.start()], at_start and last == 0))
            parts.append(self._link(escape_text(match.group(1), False), url))
            last = match.end()
        parts.append(escape_text(text[last:], at_start and last == 0))
        return "".join(parts)


@functools.cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Gives one pattern for the phrases, longest first (compiled once per set of phrases)."""
    if not phrases:
        return None
    # The lookahead lets a position go at once unless a phrase starts with its letter: the
    # alternation alone is tried, phrase by phrase, at every word boundary of every text.
    firsts = re.escape("".join(sorted({p[0] for p in phrases})))
    return re.compile(rf"\b(?=[{firsts}])({'|'.join(re.escape(p) for p in phrases)})\b",
                      re.IGNORECASE)


def plain(text: str) -> Markup:
    """Gives the field as escaped text with its inline markup dropped (for raw HTML places)."""
    return Markup(escape_text(plain_words(text)))


def plain_words(text: str) -> str:
    """Gives the field's words with its inline markup dropped, not escaped (for JSON data)."""
    text = " ".join(text.split())
    return _TOKENS.sub(lambda m: m.group("strong") or m.group("em") or m.group("label"), text)


def _markdown_link(label: str, url: str) -> str:
    return f"[{label}]({url})"


def _html_link(label: str, url: str) -> str:
    return f'<a href="{url}">{label}</a>'


_MARKS = {False: ("**", "**", "*", "*"), True: ("<strong>", "</strong>", "<em>", "</em>")}


def inline(text: str, exercise_url: Callable[[str], str],
           glossary: GlossaryLinker | None = None, html: bool = False) -> Markup:
    """Gives the field as safe inline Markdown (or, with html, HTML): emphasis, strong and
    exercise links kept."""
    text = " ".join(text.split())
    plain = glossary.link if glossary else escape_text
    strong, end_strong, em, end_em = _MARKS[html]
    link = _html_link if html else _markdown_link
    out, last = [], 0
    for match in _TOKENS.finditer(text):
        out.append(plain(text[last:match.start()], last == 0))
        if match.group("strong"):
            out.append(f"{strong}{escape_text(match.group('strong'), False)}{end_strong}")
        elif match.group("em"):
            out.append(f"{em}{escape_text(match.group('em'), False)}{end_em}")
        else:
            label, target = match.group("label"), match.group("target")
            out.append(link(escape_text(label, False), exercise_url(target)))
        last = match.end()
    out.append(plain(text[last:], last == 0))
    return Markup("".join(out))
