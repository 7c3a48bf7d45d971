from __future__ import annotations

import html

from generator.render.textmarkup import GlossaryLinker, escape_text, inline


def url(exercise_id: str) -> str:
    return f"{exercise_id}.md"


def test_plain_text_passes_through() -> None:
    assert inline("Sit tall, then breathe out.", url) == "Sit tall, then breathe out."


def test_emphasis_strong_and_exercise_links_are_kept() -> None:
    assert inline("Go *slowly*, **never** force it; see [Cat-Cow](cat-cow).", url) == (
        "Go *slowly*, **never** force it; see [Cat-Cow](cat-cow.md).")


def test_html_and_markdown_syntax_become_character_references() -> None:
    text = "<script>x</script> # | `code` [a](javascript:x) ![i](y.png)"
    out = inline(text, url)
    assert "<" not in out and "`" not in out and "[" not in out and "|" not in out
    assert html.unescape(out) == text


def test_block_starts_are_neutralised() -> None:
    assert escape_text("- item") == "&#45; item"
    assert escape_text("1. item") == "&#49;. item"
    assert escape_text("1. item", at_start=False) == "1. item"


def test_a_star_and_a_space_stay_text_not_emphasis_or_a_bullet() -> None:
    # Found by test_hostile: "* item ... *word*" was sent on as emphasis from the first star,
    # and Markdown made the field a bulleted list with its star gone.
    assert inline("* star item and *this* too", url) == "&#42; star item and *this* too"
    assert inline("**a** and * b * and ** c **", url) == \
        "**a** and &#42; b &#42; and &#42;&#42; c &#42;&#42;"


def test_whitespace_is_folded_so_no_block_can_start_inside() -> None:
    assert inline("one\n\n# two\n    three", url) == "one &#35; two three"


def test_glossary_links_only_the_first_appearance_per_page() -> None:
    linker = GlossaryLinker({"shoulder blade": "../glossary.md#shoulder-blade"})
    first = inline("Squeeze each Shoulder blade.", url, linker)
    second = inline("Relax the shoulder blade.", url, linker)
    assert first == "Squeeze each [Shoulder blade](../glossary.md#shoulder-blade)."
    assert second == "Relax the shoulder blade."


def test_a_glossary_of_300_terms_links_each_first_appearance_once() -> None:
    phrases = {f"term{n:03d} word": f"../glossary.md#term{n:03d}" for n in range(300)}
    phrases["word"] = "../glossary.md#word"  # a shorter phrase inside every other one
    linker = GlossaryLinker(phrases)
    text = " ".join(f"term{n:03d} word" for n in range(300))
    first = inline(f"{text}. Again: {text}. One word.", url, linker)
    expected = " ".join(f"[term{n:03d} word](../glossary.md#term{n:03d})" for n in range(300))
    assert first == f"{expected}. Again: {text}. One [word](../glossary.md#word)."
    assert inline("term000 word and word", url, linker) == "term000 word and word"


def test_the_longest_phrase_wins_where_a_shorter_one_starts_it() -> None:
    # "back" sorts before "back pain" and "back of the neck": the longer phrase still wins.
    linker = GlossaryLinker({"back": "g#back", "Back of the neck": "g#neck", "back pain": "g#pain"})
    assert linker.link("The back of the neck, back pain, a back.") == (
        "The [back of the neck](g#neck), [back pain](g#pain), a [back](g#back).")


def test_block_starts_are_escaped_only_at_the_start_of_a_field() -> None:
    linker = GlossaryLinker({"arch": "g#arch"})
    assert linker.link("+ 1 arch, - 2", at_start=True) == "&#43; 1 [arch](g#arch), - 2"
    linker = GlossaryLinker({"arch": "g#arch"})
    assert linker.link("+ 1 arch, - 2", at_start=False) == "+ 1 [arch](g#arch), - 2"
    # After the last link on the page, and with no glossary at all, the same rule holds.
    assert linker.link("- arch", at_start=False) == "- arch"
    assert linker.link("- arch", at_start=True) == "&#45; arch"
    assert GlossaryLinker({}).link("1. arch", at_start=False) == "1. arch"
    assert GlossaryLinker({}).link("1. arch") == "&#49;. arch"


def test_a_phrase_that_starts_a_field_is_linked_with_its_own_text() -> None:
    linker = GlossaryLinker({"90-90 stretch": "g#ninety"})
    assert linker.link("90-90 stretch, then rest.") == "[90-90 stretch](g#ninety), then rest."
    linker = GlossaryLinker({"arch": "g#arch", "rib": "g#rib"})
    assert linker.link("Ribs first, then arch and - rib.") == (
        "Ribs first, then [arch](g#arch) and - [rib](g#rib).")


def test_text_after_markup_or_inside_it_is_not_a_block_start() -> None:
    assert inline("**10 times**, *5 s* each", url) == "**10 times**, *5 s* each"
    assert inline("*one*2 - *three*+", url) == "*one*2 - *three*+"
    assert inline("1 *one*", url) == "&#49; *one*"


def test_a_field_of_plain_words_is_escaped_at_its_start() -> None:
    assert inline("- a list? no: text", url) == "&#45; a list? no: text"
    assert inline("+1 more", url, GlossaryLinker({"arch": "g#arch"})) == "&#43;1 more"
    assert inline("[1 more](cat-cow) and [- x](cat-cow)", url) == (
        "[1 more](cat-cow.md) and [- x](cat-cow.md)")


def test_line_breaks_become_one_space_each() -> None:
    assert escape_text("one\n  two\r\nthree\u2028four") == "one two three four"


def test_without_a_match_the_rest_keeps_its_place_in_the_field() -> None:
    linker = GlossaryLinker({"arch": "g#arch"})
    assert linker.link("- rib", at_start=False) == "- rib"
    assert linker.link("- rib") == "&#45; rib"
