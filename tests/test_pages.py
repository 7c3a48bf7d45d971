"""The hand-written pages keep plain Markdown and formatting HTML, and nothing that runs."""

from __future__ import annotations

from generator.checks.pages import page_problems
from tests.conftest import ROOT


def test_the_shipped_pages_and_formatting_html_pass() -> None:
    for path in (ROOT / "content" / "pages").glob("*.md"):
        assert list(page_problems(path.read_text(encoding="utf-8"))) == [], path.name
    text = ("Press <kbd>Ctrl</kbd>+<kbd>P</kbd>.\n<details><summary>Why?</summary>Because."
            "</details>\n<https://www.nhs.uk/> a < b, 3 <4, [home](index.md){: .note }\n"
            '<img src="assets/x.png" alt="only=1 onion" title="Data: yes">\n')
    assert list(page_problems(text)) == []


def test_hidden_active_markup_is_found() -> None:
    text = ('<IMG/src=x\nOnError=alert(1)>\n<a title=">" href="&#x6A;ava\tscript:x">a</a>\n'
            "`<script>`\n")
    assert sorted(code for _, code, _ in page_problems(text)) == ["E215", "E216", "E217"]
