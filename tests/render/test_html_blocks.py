"""The Markdown extension that passes the generator's finished HTML through as it is."""

from __future__ import annotations

import markdown
import pytest
import yaml
from mkdocs.structure.pages import _RawHTMLPreprocessor

from generator.build import generate
from generator.render.html_blocks import END, START, HtmlBlocks
from tests.conftest import FIXTURE_CONTENT, ROOT

# The project's own Markdown extensions, as mkdocs.yml lists them (this one taken out).
EXTENSIONS = [e for e in yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
              ["markdown_extensions"] if e != "generator.render.html_blocks"]


def convert(text: str, passthrough: bool) -> str:
    """Converts text as MkDocs does (its raw-HTML anchor finder included), with or without
    the extension."""
    return converted(text, passthrough)[0]


def converted(text: str, passthrough: bool) -> tuple[str, list[dict]]:
    """Gives the HTML and the table of contents MkDocs would take from text."""
    names = [e if isinstance(e, str) else next(iter(e)) for e in EXTENSIONS]
    configs = {next(iter(e)): next(iter(e.values())) for e in EXTENSIONS if isinstance(e, dict)}
    md = markdown.Markdown(extensions=[*names, *([HtmlBlocks()] if passthrough else [])],
                           extension_configs=configs)
    _RawHTMLPreprocessor()._register(md)
    html = md.convert(text)
    return html, md.toc_tokens  # type: ignore[attr-defined]


def lines(html: str) -> list[str]:
    """Gives the HTML's lines without the marker comments and blank lines (the space between
    blocks, which changes nothing on the page)."""
    return [line for line in html.splitlines() if line.strip() and line not in (START, END)]


def test_a_marked_block_comes_out_exactly_as_written() -> None:
    block = ('<ul>\n<li>*not emphasis* [not](a-link.md) &#60;b&#62; _x_</li>\n</ul>\n'
             '<div class="a">\n\n    four spaces, not code\n</div>')
    html = convert(f"# Title\n\n{START}\n{block}\n{END}\n\n## After\n", passthrough=True)
    assert html == ('<h1 id="title">Title<a class="headerlink" href="#title" '
                    'title="Permanent link">&para;</a></h1>\n'
                    f'{block}\n'
                    '<h2 id="after">After<a class="headerlink" href="#after" '
                    'title="Permanent link">&para;</a></h2>')


def test_an_unclosed_block_is_left_to_markdown() -> None:
    text = f"# Title\n\n{START}\n<p>*kept*</p>\n\nSome *text*.\n"
    assert convert(text, passthrough=True) == convert(text, passthrough=False)
    assert "<em>text</em>" in convert(text, passthrough=True)


@pytest.mark.parametrize("path", ["exercises/reach-up.md", "routines/short-set.md",
                                  "exercises/index.md", "my-routine.md",
                                  "routines/index.md"])
def test_a_generated_page_converts_to_the_same_html_with_or_without_it(path: str) -> None:
    page = generate(FIXTURE_CONTENT, site_url="https://guide.example/").pages[path]
    body = page.split("---\n", 2)[2]
    assert body.count(START) == body.count(END) > 0
    (fast, fast_toc), (slow, slow_toc) = converted(body, True), converted(body, False)
    assert START not in fast and END not in fast
    assert lines(fast) == lines(slow)
    assert fast_toc == slow_toc and fast_toc
    md = markdown.Markdown(extensions=["toc", HtmlBlocks()])
    md.convert(body)
    # The routines index links its routines' names in their headings: Markdown makes those.
    written_here = md.preprocessors["ubg_html_blocks"].toc_tokens is not None
    assert written_here == (path != "routines/index.md")


PLAIN = (f"# Thread &#38; Needle\n\n{START}\n<p>x</p>\n{END}\n\n## Steps\n\n## &#201;paule haute\n"
         f"\n### Steps\n\n{START}\n<ol><li>y</li></ol>\n{END}\n\n## Steps\n\n#### Last  \n")


@pytest.mark.parametrize(("text", "written_here"), [
    (PLAIN, True),  # entities, accents, repeated headings, levels 1 to 4
    (PLAIN + "\n## [Short Set](short-set.md)\n", False),  # a link: left to Markdown, all
    (PLAIN + "\nSetext\n------\n", False), (PLAIN + "\n```\n# a comment\n```\n", False),
    (PLAIN + "\n## *Tips*\n", False), (PLAIN + "\n##Tight\n", False),
    (PLAIN + "\n## Closed ##\n", False), (PLAIN + "\n[TOC]\n", False),
    (f"# Title\n\n{START}\n<p>never closed</p>\n## Steps\n", False),
    ("# Hand-written\n\nNo blocks, *Markdown* all through.\n\n## Then\n", False),
])
def test_headings_and_contents_are_the_ones_markdown_makes(text: str, written_here: bool) -> None:
    (fast, fast_toc), (slow, slow_toc) = converted(text, True), converted(text, False)
    assert lines(fast) == lines(slow)
    assert fast_toc == slow_toc
    md = markdown.Markdown(extensions=["toc", HtmlBlocks()])
    md.convert(text)
    assert (md.preprocessors["ubg_html_blocks"].toc_tokens is not None) == written_here


def test_plain_headings_are_written_here() -> None:
    # The table of contents extension found none to list: its entries are this extension's.
    md = markdown.Markdown(extensions=["toc", HtmlBlocks()])
    html = md.convert(PLAIN)
    assert md.toc_tokens[0]["id"] == "thread-needle"  # type: ignore[attr-defined]
    assert [t["id"] for t in md.toc_tokens[0]["children"]] == [  # type: ignore[attr-defined]
        "steps", "epaule-haute", "steps_2"]
    assert md.preprocessors["ubg_html_blocks"].toc_tokens  # written here, not by Markdown
    assert '<h3 id="steps_1">Steps</h3>' in html  # no permalink: toc's own default


def test_the_html_readers_never_see_a_marked_block() -> None:
    # The point of the extension: MkDocs' anchor finder (and Python-Markdown's raw-HTML
    # reader before it) parse nothing inside the markers, only the placeholder left there.
    def anchors(passthrough: bool) -> set[str]:
        md = markdown.Markdown(extensions=[HtmlBlocks()] if passthrough else [])
        finder = _RawHTMLPreprocessor()
        finder._register(md)
        md.convert(f'{START}\n<p id="inside">x</p>\n{END}\n\n<p id="outside">y</p>\n')
        return finder.present_anchor_ids
    assert anchors(passthrough=True) == {"outside"}
    assert anchors(passthrough=False) == {"inside", "outside"}
