"""A page's description is its first top-level paragraph, read only as far as that paragraph."""

from __future__ import annotations

import pytest

from generator.render.description import CHUNK, first_paragraph


def test_the_first_top_level_paragraph_is_the_description() -> None:
    html = ('<h1>Cat-Cow</h1><div class="admonition"><p>Not this.</p></div>'
            "<p>Round and arch the <em>whole</em> back,<br>slowly.</p><p>Not this either.</p>")
    assert first_paragraph(html) == "Round and arch the whole back, slowly."


@pytest.mark.parametrize("offset", [-40, -7, -3, -1, 0, 1, 5])
def test_a_paragraph_across_the_end_of_a_chunk_reads_whole(offset: int) -> None:
    # The paragraph's tag, an entity and a word fall on each side of the first chunk's end.
    lead = "<div>" + "x" * (CHUNK + offset - len("<div></div>") - 12) + "</div>"
    html = lead + "<p>Tom &amp; Jerry stretch.</p>" + "<p>Later.</p>"
    assert first_paragraph(html) == "Tom & Jerry stretch."


def test_a_paragraph_after_a_long_block_is_found() -> None:
    rows = "".join(f"<tr><td>{n}</td></tr>" for n in range(2000))
    html = f"<table>{rows}</table><p>Every exercise, in a table.</p>"
    assert len(html) > 5 * CHUNK
    assert first_paragraph(html) == "Every exercise, in a table."


def test_a_page_with_no_paragraph_gives_nothing() -> None:
    assert first_paragraph("<h1>Only a title</h1>" + "<div>" * 3000) == ""


def test_a_long_paragraph_ends_at_a_word_with_an_ellipsis() -> None:
    words = " ".join(["stretch"] * 60)
    text = first_paragraph(f"<p>{words}</p>")
    assert text.endswith("stretch…") and len(text) <= 161
