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

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

START = "<!-- html -->"
"""The line that opens a block of finished HTML."""
END = "<!-- /html -->"
"""The line that closes it."""


class HtmlBlockPreprocessor(Preprocessor):
    """Stashes every marked block, so no later step reads the HTML inside it."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] | None = None
        for line in lines:
            if block is None:
                if line == START:
                    block = []
                else:
                    out.append(line)
            elif line == END:
                out.extend(("", self.md.htmlStash.store("\n".join(block)), ""))
                block = None
            else:
                block.append(line)
        if block is not None:  # never closed: left to Markdown as it stands
            out.extend((START, *block))
        return out


class HtmlBlocks(Extension):
    """Registers the preprocessor before the readers of raw HTML (MkDocs' at 21, Python-
    Markdown's at 20) and after whitespace is normalised (30)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(HtmlBlockPreprocessor(md), "ubg_html_blocks", 28)


def makeExtension(**kwargs: Any) -> HtmlBlocks:  # noqa: N802 - Python-Markdown's entry point
    return HtmlBlocks(**kwargs)
