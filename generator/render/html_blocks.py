"""A Markdown extension that passes the generator's finished HTML through untouched.

The generator writes most of a page as HTML it has already escaped (text, lists, figures, the
player's data), between two comment lines::

    <!-- html -->
    <ol><li>Kneel on a mat.</li></ol>
    <!-- /html -->

Python-Markdown would parse such HTML twice over, character by character, in pure Python
(its own raw-HTML reader and MkDocs' anchor finder), which made a generated page cost MkDocs
several times what a page of prose costs. This preprocessor puts each marked block in the
HTML stash first, so both readers see one placeholder line; the block comes back as it was
when the page is serialised.

The headings between the blocks are written in Markdown (``## Steps``), and on such a page
their text is plain (the views escape every character Markdown acts on). The table of contents
extension would serialise each one twice over to find its text; here each becomes the HTML
that extension makes of it (the same id, by its own slugify, and the same permalink), and its
entry in the table of contents is given to MkDocs as the extension would. A page with any other
kind of heading (a link in it, say) is left to Markdown whole, so its contents stay in order.

The output is the same without the extension (the comments are then kept, and the HTML
between them is read as raw HTML blocks), only slower. Listed in mkdocs.yml's
markdown_extensions as ``generator.render.html_blocks``.
"""

from __future__ import annotations

import html
import re
from typing import Any
from xml.etree.ElementTree import Element, SubElement

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.toc import TocTreeprocessor, nest_toc_tokens, unique
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

START = "<!-- html -->"
"""The line that opens a block of finished HTML."""
END = "<!-- /html -->"
"""The line that closes it."""


_HEADING = re.compile(r"(#{1,6}) +((?:[^\\`*_{}\[\]<>#|!&~^=$\"]|&#[0-9]+;)+?) *")
"""An ATX heading whose text is plain: no character Markdown acts on, characters written as
numeric references (textmarkup.escape_text) allowed."""
_OTHER_BLOCKS = re.compile(r"#|```|~~~|=+ *$|-+ *$|.*\[TOC\]")
"""Lines that may start a heading (or hide one) of another kind: a page with one is left to
Markdown, headings and all."""


class HtmlBlockPreprocessor(Preprocessor):
    """Stashes every marked block, so no later step reads the HTML inside it, and writes the
    plain headings between blocks as the table of contents extension would."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.placeholders: set[str] = set()
        """The lines that stand for the stashed blocks on this page."""
        self.toc_tokens: list[dict[str, Any]] | None = None
        """The page's table of contents, when its headings were written here."""

    def run(self, lines: list[str]) -> list[str]:
        self.placeholders.clear()
        self.toc_tokens = None
        headings = self._headings(lines)
        out: list[str] = []
        block: list[str] | None = None
        for line in lines:
            if block is None:
                if line == START:
                    block = []
                elif headings is not None and line.startswith("#"):
                    placeholder = self.md.htmlStash.store(headings(line))
                    self.placeholders.add(placeholder)
                    out.extend(("", placeholder, ""))
                else:
                    out.append(line)
            elif line == END:
                placeholder = self.md.htmlStash.store("\n".join(block))
                self.placeholders.add(placeholder)
                out.extend(("", placeholder, ""))
                block = None
            else:
                block.append(line)
        if block is not None:  # never closed: left to Markdown as it stands
            out.extend((START, *block))
        return out

    def _headings(self, lines: list[str]) -> Any:
        """Gives a function that writes a heading line as HTML, if every heading on this page
        of marked blocks is a plain one and the table of contents is made as the project
        configures it; else None (Markdown makes them)."""
        try:
            toc = self.md.treeprocessors["toc"]
        except KeyError:  # no table of contents: nothing to keep in step with
            return None
        if not isinstance(toc, TocTreeprocessor) or toc.use_anchors or toc.permalink_leading \
                or toc.base_level or START not in lines:
            return None
        inside = False
        for line in lines:
            if line in (START, END):
                inside = line == START
            elif not inside and _OTHER_BLOCKS.match(line) and not _HEADING.fullmatch(line):
                return None
        if inside:  # a block never closed is left to Markdown, and so are the headings
            return None
        tokens: list[dict[str, Any]] = []
        self.toc_tokens = tokens
        used: set[str] = set()
        counters: dict[str, int] = {}
        permalink = "&para;" if toc.use_permalinks is True else html.escape(
            str(toc.use_permalinks or ""), quote=False)
        title = f' title="{html.escape(toc.permalink_title)}"' if toc.permalink_title else ""

        def heading(line: str) -> str:
            found = _HEADING.fullmatch(line)
            assert found is not None  # every heading line was checked above
            level, text = len(found[1]), found[2]
            anchor = unique(toc.slugify(html.unescape(text), toc.sep), used, counters)
            if toc.toc_top <= level <= toc.toc_bottom:
                tokens.append({"level": level, "id": anchor, "name": text, "html": text,
                               "data-toc-label": ""})
            link = (f'<a class="{toc.permalink_class}" href="#{anchor}"{title}>{permalink}</a>'
                    if toc.use_permalinks else "")
            return f'<h{level} id="{anchor}">{text}{link}</h{level}>'
        return heading


class TocTokens(Postprocessor):
    """Gives MkDocs the table of contents of a page whose headings were written as HTML (the
    table of contents extension, which ran before, found no heading to list). It runs again
    whenever that extension runs the postprocessors over a piece of HTML, so it leaves its
    entries as they were (nest_toc_tokens takes a list apart)."""

    def __init__(self, md: Markdown, stash: HtmlBlockPreprocessor) -> None:
        super().__init__(md)
        self.stash = stash

    def run(self, text: str) -> str:
        if self.stash.toc_tokens is not None:
            self.md.toc_tokens = nest_toc_tokens(  # type: ignore[attr-defined]
                [dict(token) for token in self.stash.toc_tokens])
        return text


class PlaceholderProcessor(BlockProcessor):
    """Makes a stashed block's placeholder a paragraph whose text no inline pattern reads (an
    AtomicString); the paragraph is swapped for the block when the page is serialised, as
    Python-Markdown does with any raw HTML block."""

    def __init__(self, parser: Any, stash: HtmlBlockPreprocessor) -> None:
        super().__init__(parser)
        self.stash = stash

    def test(self, parent: Element, block: str) -> bool:
        return block in self.stash.placeholders

    def run(self, parent: Element, blocks: list[str]) -> None:
        SubElement(parent, "p").text = AtomicString(blocks.pop(0))


class HtmlBlocks(Extension):
    """Registers the preprocessor before the readers of raw HTML (MkDocs' at 21, Python-
    Markdown's at 20) and after whitespace is normalised (30), the placeholders' block
    processor first of all (the empty-block one is at 100), and the table of contents last."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        stash = HtmlBlockPreprocessor(md)
        md.preprocessors.register(stash, "ubg_html_blocks", 28)
        md.parser.blockprocessors.register(PlaceholderProcessor(md.parser, stash),
                                           "ubg_html_placeholder", 110)
        md.postprocessors.register(TocTokens(md, stash), "ubg_toc_tokens", 0)


def makeExtension(**kwargs: Any) -> HtmlBlocks:  # noqa: N802 - Python-Markdown's entry point
    return HtmlBlocks(**kwargs)
