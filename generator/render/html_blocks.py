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
when the page is serialised. Headings stay Markdown, so the table of contents and permalinks
are made as on any page.

The output is the same without the extension (the comments are then kept, and the HTML
between them is read as raw HTML blocks), only slower. Listed in mkdocs.yml's
markdown_extensions as ``generator.render.html_blocks``.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, SubElement

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

START = "<!-- html -->"
"""The line that opens a block of finished HTML."""
END = "<!-- /html -->"
"""The line that closes it."""


class HtmlBlockPreprocessor(Preprocessor):
    """Stashes every marked block, so no later step reads the HTML inside it."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.placeholders: set[str] = set()
        """The lines that stand for the stashed blocks on this page."""

    def run(self, lines: list[str]) -> list[str]:
        self.placeholders.clear()
        out: list[str] = []
        block: list[str] | None = None
        for line in lines:
            if block is None:
                if line == START:
                    block = []
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
    Markdown's at 20) and after whitespace is normalised (30), and the placeholders' block
    processor first of all (the empty-block one is at 100)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        stash = HtmlBlockPreprocessor(md)
        md.preprocessors.register(stash, "ubg_html_blocks", 28)
        md.parser.blockprocessors.register(PlaceholderProcessor(md.parser, stash),
                                           "ubg_html_placeholder", 110)


def makeExtension(**kwargs: Any) -> HtmlBlocks:  # noqa: N802 - Python-Markdown's entry point
    return HtmlBlocks(**kwargs)
