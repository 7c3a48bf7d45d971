"""A page's description for search engines and link previews, from its first paragraph."""

from __future__ import annotations

from html.parser import HTMLParser

LIMIT = 160
"""About what a search result shows; longer descriptions end at a word, with an ellipsis."""


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}


class _FirstParagraph(HTMLParser):
    """Collects the text of the first top-level <p>: not one inside a quote or an admonition."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.depth = 0  # how many elements are open
        self.inside = False  # in the first top-level paragraph
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and self.inside:
                self.words.append(" ")
            return
        if tag == "p" and self.depth == 0 and not self.done:
            self.inside = True
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth = max(self.depth - 1, 0)
        if self.inside and self.depth == 0:
            self.inside, self.done = False, True

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.words.append(data)


CHUNK = 4096
"""Characters read at a time: reading stops at the first paragraph's end, not the page's (a
list page is megabytes of HTML)."""


def first_paragraph(html: str, limit: int = LIMIT) -> str:
    """Gives the page's first paragraph as plain text, at most about limit characters."""
    parser = _FirstParagraph()
    for start in range(0, len(html), CHUNK):
        parser.feed(html[start:start + CHUNK])
        if parser.done:
            break
    text = " ".join("".join(parser.words).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
