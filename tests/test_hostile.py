"""No markup from content: hostile text in every field of an exercise, a routine and a glossary
term is built into the real site (strict) and the pages stay inert and keep their layout."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.checks.review import SENTENCE_END
from tests.conftest import FIXTURE_CONTENT, ROOT

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    '<a href="javascript:alert(1)">click</a>',
    '<iframe src="https://evil.example/"></iframe>',
    "<div onclick=alert(1)>raw block</div>",
    "<style>body{display:none}</style>",
    "# Heading",
    "Setext\n===",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "```\ncode\n```",
    "    indented code",
    "> quoted",
    "- list item",
    "1. ordered",
    "***",
    "{: onclick=alert(1)}",
    "{ #id .class onclick=alert(1) }",
    "[link](wall-press){: onclick=alert(1)}",
    "*emphasis*{: onclick=alert(1)}",
    "<!-- comment -->",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;",
    "![image](x.png)",
    "<https://evil.example/autolink>",
    "[ref]: javascript:alert(1)",
    "[x][ref]",
    '!!! warning "admonition"\n    body',
    '<p markdown="1">*md in html*</p>',
    "</title><script>alert(1)</script>",
    "\\<b>escaped</b>",
    'x" onmouseover="alert(1)" y="',
    "x' onfocus='alert(1)' y='",
)
HOSTILE = "\n\n".join(PAYLOADS)
"""One text holding every payload, each in its own block as a contributor could write it."""

VISIBLE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
           "[x](javascript:alert(1))", "# Heading", "{: onclick=alert(1)}", "<!-- comment -->",
           "&lt;script&gt;alert(1)&lt;/script&gt;", "| a | b |", "```", "![image](x.png)",
           'x" onmouseover="alert(1)" y="')
"""Payloads that must show on the page as the text they are."""

AT_START = ("- list item", "+ plus item", "* star item", "1. ordered", "2) ordered", "# Heading",
            "> quoted", "***", "---", "=== setext", "    indented code", "~~~ fence",
            "| a | b |", ": definition", "<b>bold</b>", "[ref]: javascript:alert(1)",
            "<div>html block</div>", "<div onclick=alert(1)>open div", "| pipe", "```fence",
            "<pre>pre block</pre>", "=== ", "+ ")
"""Payloads that start a Markdown block when they open a field, placed first in fields, where
nothing before them on the line stops Markdown reading them as a list, heading or quote."""

ACTIVE_TAGS = {"script", "iframe", "img", "svg", "style", "object", "embed", "form", "input",
               "table", "pre", "code", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
"""Elements whose number in an article must not change when the text does."""


def hostile(marker: str) -> str:
    """Gives the hostile text for one field, with a marker word to find it by."""
    return f"{marker} {HOSTILE}"


def first(index: int) -> str:
    """Gives hostile text that opens with one of the block-start payloads."""
    return f"{AT_START[index % len(AT_START)]} {HOSTILE}"


def hostile_exercise() -> dict[str, object]:
    data = yaml.safe_load((FIXTURE_CONTENT / "exercises" / "reach-up.yml").read_text())
    data.update(
        name=hostile("Hostile"), aliases=[hostile("alias-one"), first(0)],
        summary=first(1), setup=first(2),
        steps=[hostile("step-one"), first(4), first(5)],  # "1." would be a third sentence
        cues=[hostile("cue"), *AT_START], mistakes=[first(5)], breathing=first(6),
        feel=first(7), stop_if=[hostile("stop"), first(8)], avoid_if=[first(9)],
        modify=[{"who": first(10), "how": first(11)}],
        harder=["wall-press"], progress_when=first(12),
        references=[{"title": hostile("reference"),
                     "url": "https://example.org/?next=javascript:alert%281%29"}])
    return data


def hostile_routine() -> dict[str, object]:
    return {
        "name": hostile("Hostile routine"), "summary": hostile("summary"),
        "goal": first(13), "level": "beginner", "how_often": first(14),
        "notes": [hostile("note-one"), *AT_START],
        "sections": [
            {"title": hostile("section-one"),
             "items": [{"exercise": "hostile", "note": first(15)}]},
            {"title": hostile("section-two"), "items": [{"exercise": "reach-up"}]},
        ],
    }


def site_project(folder: Path) -> Path:
    """Copies the fixture content set beside a config like the real one; gives mkdocs.yml."""
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    shutil.copytree(ROOT / "content" / "pages" / "assets", folder / "content" / "pages" / "assets")
    (folder / "content" / "pages" / "safety.md").write_text("# Safety note\n\nMove gently.\n",
                                                            encoding="utf-8")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(ROOT / "generator" / "mkdocs_hook.py")]
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["nav"] = [{"Home": "index.md"}, {"Exercises": "exercises/index.md"},
                     {"Routines": "routines/index.md"}, {"Safety note": "safety.md"},
                     {"Glossary": "glossary.md"}]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return folder / "mkdocs.yml"


def write_yaml(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000),
                    encoding="utf-8")


BLOCKS = ("p", "li", "td", "th", "dd", "dt", "figcaption")


class Page(HTMLParser):
    """Every element of a page, and the article's elements, headings and text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.article: list[str] = []
        self.article_elements: list[tuple[str, dict[str, str]]] = []
        self.headings: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.blocks: list[str] = []  # the whole text of each block (BLOCKS)
        self._open_blocks: list[tuple[str, list[str]]] = []
        self._depth = 0  # open elements inside the article, 0 outside it
        self._heading: tuple[str, list[str]] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = (tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        classes = dict(attrs).get("class") or ""
        if tag == "article" and "md-content__inner" in classes:
            self._depth = 1
        elif self._depth:
            self.article.append(tag)
            self.article_elements.append(element)
            if tag not in ("br", "img", "hr", "input", "meta", "link", "wbr"):
                self._depth += 1
            if tag in ("h1", "h2"):
                self._heading = (tag, [])
            if tag in BLOCKS:
                self._open_blocks.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if self._open_blocks and tag == self._open_blocks[-1][0]:
            self.blocks.append(" ".join("".join(self._open_blocks.pop()[1]).split()))
        if self._depth:
            self._depth -= 1
            if self._heading and tag == self._heading[0]:
                self.headings.append((tag, "".join(self._heading[1]).replace("¶", "").strip()))
                self._heading = None

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text.append(data)
            for _, parts in self._open_blocks:
                parts.append(data)
            if self._heading:
                self._heading[1].append(data)

    def article_text(self) -> str:
        return " ".join(" ".join(self.text).split())

    def count(self, tag: str) -> int:
        return self.article.count(tag)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fixture site built strictly twice: with a hostile exercise, routine and glossary
    term added, and as it is (the baseline each hostile page is compared with)."""
    from generator.commands.site import build_site

    baseline = tmp_path_factory.mktemp("baseline")
    build_site(site_project(baseline), baseline / "site")
    folder = tmp_path_factory.mktemp("hostile")
    config = site_project(folder)
    content = folder / "content"
    write_yaml(content / "exercises" / "hostile.yml", hostile_exercise())
    write_yaml(content / "routines" / "hostile-set.yml", hostile_routine())
    wall_press = content / "exercises" / "wall-press.yml"
    wall_press.write_text(wall_press.read_text().replace("easier: [reach-up]",
                                                         "easier: [reach-up, hostile]"))
    glossary = yaml.safe_load((content / "glossary.yml").read_text())
    glossary["terms"].append({"id": "hostile", "term": hostile("Term"),
                              "definition": first(0)})
    write_yaml(content / "glossary.yml", glossary)
    build_site(config, folder / "site")
    return folder / "site", baseline / "site"


BASELINE = {"exercises/hostile": "exercises/reach-up", "routines/hostile-set": "routines/short-set",
            "exercises": "exercises", "routines": "routines", "glossary": "glossary"}
"""Hostile page -> the baseline page made from the same template."""
PAGES = tuple(BASELINE)


def pages(sites: tuple[Path, Path], path: str) -> tuple[Page, Page]:
    """Gives the hostile page at path and its baseline."""
    hostile_site, baseline_site = sites
    return (Page((hostile_site / path / "index.html").read_text(encoding="utf-8")),
            Page((baseline_site / BASELINE[path] / "index.html").read_text(encoding="utf-8")))


def test_the_payloads_would_not_trip_a_review_warning() -> None:
    assert len(SENTENCE_END.findall(HOSTILE)) <= 2  # a step may hold two sentences


def active(elements: list[tuple[str, dict[str, str]]]) -> list[tuple[str, str]]:
    """Gives (tag, attributes) of every element with an event handler or a script address."""
    found = []
    for tag, attrs in elements:
        urls = ["".join(attrs.get(name, "").split()).lower()
                for name in ("href", "src", "action", "formaction", "data", "xlink:href")]
        if any(name.startswith("on") for name in attrs) or \
                any(url.startswith(("javascript:", "vbscript:", "data:text")) for url in urls):
            found.append((tag, repr(sorted(attrs.items()))))
    return found


@pytest.mark.parametrize("path", PAGES)
def test_no_element_from_content_is_active(sites: tuple[Path, Path], path: str) -> None:
    found, baseline = pages(sites, path)
    assert set(active(found.article_elements)) <= set(active(baseline.article_elements))
    for tag in ("script", "iframe", "img", "svg", "style", "object", "embed", "form"):
        assert found.count(tag) == baseline.count(tag), f"<{tag}> in the article of {path}"


@pytest.mark.parametrize("path", PAGES[:2])
def test_no_element_in_head_or_header_is_active(sites: tuple[Path, Path], path: str) -> None:
    found, baseline = pages(sites, path)
    assert set(active(found.elements)) <= set(active(baseline.elements))
    scripts = [tag for tag, _ in found.elements if tag == "script"]
    assert len(scripts) == len([tag for tag, _ in baseline.elements if tag == "script"])


@pytest.mark.parametrize("path", PAGES[:2])
def test_exercise_and_routine_pages_keep_their_layout(sites: tuple[Path, Path],
                                                      path: str) -> None:
    found, baseline = pages(sites, path)
    assert [tag for tag, _ in found.headings] == [tag for tag, _ in baseline.headings]
    for tag in ACTIVE_TAGS:
        assert found.count(tag) == baseline.count(tag), f"<{tag}> in {path}"


def test_headings_hold_the_hostile_text_as_text(sites: tuple[Path, Path]) -> None:
    exercise, baseline = pages(sites, "exercises/hostile")
    assert exercise.headings[0][1].startswith("Hostile <script>alert(1)</script>")
    assert [text for tag, text in exercise.headings if tag == "h2"] == \
        [text for tag, text in baseline.headings if tag == "h2"]
    routine, _ = pages(sites, "routines/hostile-set")
    titles = [text for tag, text in routine.headings if tag == "h2"]
    assert titles[0].startswith("section-one <script>alert(1)</script>")
    assert titles[1].startswith("section-two <script>alert(1)</script>")


@pytest.mark.parametrize("path", ["exercises/hostile", "routines/hostile-set"])
def test_text_that_opens_a_field_shows_as_text_and_starts_no_block(sites: tuple[Path, Path],
                                                                   path: str) -> None:
    found, _ = pages(sites, path)
    # Each payload alone is one list item (a cue, a note) that reads as the payload itself:
    # had Markdown taken "- " or "# " as markup, the item would hold a list or heading instead.
    for payload in AT_START:
        assert " ".join(payload.split()) in found.blocks, payload
    # And each field that opens with a payload shows it whole, just before the rest of its text.
    used = {"exercises/hostile": [1, 2, *range(4, 13)], "routines/hostile-set": [13, 14, 15]}[path]
    shown = [AT_START[i] for i in used
             if any(f"{' '.join(AT_START[i].split())} <script>alert(1)</script>" in block
                    for block in found.blocks)]
    assert shown == [AT_START[i] for i in used]


def test_a_definition_that_opens_with_a_list_marker_shows_it(sites: tuple[Path, Path]) -> None:
    glossary, baseline = pages(sites, "glossary")
    assert any(block.startswith("- list item <script>alert(1)</script>")
               for block in glossary.blocks)
    for tag in ("ul", "ol", "li", "blockquote", "hr", "pre", "h1", "h3"):
        assert glossary.count(tag) == baseline.count(tag), f"<{tag}> in the glossary"


@pytest.mark.parametrize("path", PAGES[2:])
def test_index_pages_keep_one_row_or_heading_per_item(sites: tuple[Path, Path],
                                                      path: str) -> None:
    found, baseline = pages(sites, path)
    added = {"exercises": ("tr", 1), "routines": ("tr", 1), "glossary": ("h2", 1)}[path]
    for tag in ACTIVE_TAGS | {"tr", "td", "th"}:
        extra = added[1] if tag == added[0] else 0
        if path != "glossary" and tag == "td":
            extra = baseline.count("td") // max(baseline.count("tr") - 1, 1)
        if path == "routines" and tag == "h2":
            extra = 1  # the routines index has a heading per routine
        assert found.count(tag) == baseline.count(tag) + extra, f"<{tag}> in {path}"


@pytest.mark.parametrize("path", ("exercises/hostile", "routines/hostile-set", "glossary"))
def test_the_payloads_show_as_text(sites: tuple[Path, Path], path: str) -> None:
    text = pages(sites, path)[0].article_text()
    for payload in VISIBLE:
        assert payload in text, payload


def search_fragments(site: Path) -> list[dict[str, object]]:
    """Gives Pagefind's stored record of every page: its text, title and fields."""
    import gzip
    import json

    records = []
    for file in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(file.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        records.append(json.loads(data[len(b"pagefind_dcd"):]))
    return records


def test_the_search_index_holds_the_payloads_as_text(sites: tuple[Path, Path]) -> None:
    records = [r for r in search_fragments(sites[0])
               if any(part in str(r["url"]) for part in ("hostile", "glossary"))]
    assert len(records) >= 3
    # Pagefind stores a page's text: the payloads are there as the characters they are ...
    assert any("<script>alert(1)</script>" in str(r["content"]) for r in records)


@pytest.mark.browser
def test_search_results_show_hostile_text_as_text(sites: tuple[Path, Path]) -> None:
    """... and the search box shows them as text: no element of a result comes from content."""
    from tests.browser import chromium, serve

    with serve(sites[0]) as base, chromium() as context:
        page = context.new_page()
        alerts: list[str] = []
        page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
        page.goto(f"{base}exercises/hostile/", wait_until="networkidle")
        page.locator("#ubg-search-input").fill("alias-one")
        page.wait_for_selector(".ubg-search__results a", timeout=30_000)
        results = page.locator("#ubg-search-results")
        tags = page.evaluate("[...document.querySelectorAll('#ubg-search-results *')]"
                             ".map(e => e.tagName.toLowerCase())")
        assert set(tags) <= {"li", "a", "strong", "span"}, tags
        shown = results.inner_text()
        assert "Hostile <script>alert(1)</script>" in shown, shown[:300]
        assert alerts == []


@pytest.mark.parametrize("path", ["exercises/hostile", "routines/hostile-set"])
def test_the_player_data_carries_the_payloads_as_plain_json_text(sites: tuple[Path, Path],
                                                                path: str) -> None:
    import json
    import re

    html = (sites[0] / path / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/json" class="ubg-timeline">(.*?)</script>',
                        html, re.DOTALL)
    assert len(blocks) == 1 and "<" not in blocks[0] and ">" not in blocks[0]
    data = json.loads(blocks[0])
    names = [exercise["name"] for exercise in data["exercises"]]
    assert any(name.startswith("Hostile <script>alert(1)</script>") for name in names)
    for template in re.findall(r"<template[^>]*>(.*?)</template>", html, re.DOTALL):
        assert not set(active(Page(template).elements)), template[:200]
        assert "<script" not in template and "<img" not in template


class _Meta(HTMLParser):
    """Collects the content of each <meta> by its name or property, as the browser reads it."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.content: dict[str, list[str | None]] = {}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        key = found.get("name") or found.get("property")
        if tag == "meta" and key:
            self.content.setdefault(key, []).append(found.get("content"))


@pytest.mark.parametrize("path", PAGES[:2])
def test_meta_tags_hold_the_hostile_summary_and_name_as_text(sites: tuple[Path, Path],
                                                             path: str) -> None:
    from generator.render.textmarkup import plain_words

    hostile_site, _ = sites
    meta = _Meta((hostile_site / path / "index.html").read_text(encoding="utf-8")).content
    source = hostile_site.parent / "content" / f"{path}.yml"  # the text as written
    summary = plain_words(yaml.safe_load(source.read_text(encoding="utf-8"))["summary"])
    assert meta["description"] == [summary]
    assert meta["og:description"] == [summary]
    name = hostile("Hostile" if path.startswith("exercises") else "Hostile routine")
    titles = [" ".join((title or "").split()) for title in meta["og:title"]]
    assert titles == [" ".join(name.split())]


# ---- every text field opened by every block-start payload ---------------------------------

EXERCISE_SLOTS = ("name", "aliases.0", "summary", "setup", "steps.0", "steps.1", "steps.2",
                  "cues.0", "mistakes.0", "breathing", "feel", "stop_if.0", "avoid_if.0",
                  "modify.0.who", "modify.0.how", "progress_when", "references.0.title")
ROUTINE_SLOTS = ("name", "summary", "goal", "how_often", "notes.0", "sections.0.title",
                 "sections.0.items.0.note")
GLOSSARY_SLOTS = ("term", "definition")


def opening(slot: int, page: int) -> str:
    """The text of one field: a block-start payload, then a word naming the page and field.

    Page p's field f opens with payload p + f, so across the pages every field opens with
    every payload; page -1 is the control, whose fields open with a plain word.
    """
    payload = "plain" if page < 0 else AT_START[(page + slot) % len(AT_START)]
    return f"{payload} p{page + 1}f{slot}"


def put(data: dict[str, object], slot: str, text: str) -> None:
    """Sets the field at a dotted path ("steps.0", "modify.0.who") to text."""
    *path, last = slot.split(".")
    place: object = data
    for key in path:
        place = place[int(key)] if isinstance(place, list) else place[key]  # type: ignore[index]
    if isinstance(place, list):
        place[int(last)] = text
    else:
        place[last] = text  # type: ignore[index]


def opening_exercise(page: int) -> dict[str, object]:
    data = yaml.safe_load((FIXTURE_CONTENT / "exercises" / "reach-up.yml").read_text())
    data.update(aliases=["x"], steps=["x", "x", "x"], harder=["wall-press"])
    for slot, field in enumerate(EXERCISE_SLOTS):
        put(data, field, opening(slot, page))
    return data


def opening_routine(page: int) -> dict[str, object]:
    data = yaml.safe_load((FIXTURE_CONTENT / "routines" / "short-set.yml").read_text())
    for slot, field in enumerate(ROUTINE_SLOTS):
        put(data, field, opening(slot, page))
    return data


OPENING_PAGES = range(-1, len(AT_START))


@pytest.fixture(scope="module")
def openings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with, for each page number, an exercise, a routine and a glossary
    term whose every text field opens with a payload; built strictly."""
    from generator.commands.site import build_site

    folder = tmp_path_factory.mktemp("openings")
    config = site_project(folder)
    content = folder / "content"
    glossary = yaml.safe_load((content / "glossary.yml").read_text())
    for page in OPENING_PAGES:
        write_yaml(content / "exercises" / f"opening{page + 1}.yml", opening_exercise(page))
        write_yaml(content / "routines" / f"opening{page + 1}.yml", opening_routine(page))
        glossary["terms"].append({"id": f"opening{page + 1}", "term": opening(0, page),
                                  "definition": opening(1, page)})
    write_yaml(content / "glossary.yml", glossary)
    wall_press = content / "exercises" / "wall-press.yml"
    easier = ", ".join(["reach-up", *(f"opening{page + 1}" for page in OPENING_PAGES)])
    wall_press.write_text(wall_press.read_text().replace("easier: [reach-up]",
                                                         f"easier: [{easier}]"))
    build_site(config, folder / "site")
    return folder / "site"


def opened_page(site: Path, path: str) -> Page:
    return Page((site / path / "index.html").read_text(encoding="utf-8"))


def shown_literally(page: Page, text: str) -> bool:
    """Whether a run of the article's text (between two tags) starts with the text as it is."""
    text = " ".join(text.split())
    return any(" ".join(run.split()).startswith(text) for run in page.text)


@pytest.mark.parametrize(("folder", "slots"), [("exercises", EXERCISE_SLOTS),
                                               ("routines", ROUTINE_SLOTS)])
def test_every_field_opened_by_every_payload_shows_it_literally(openings: Path, folder: str,
                                                                slots: tuple[str, ...]) -> None:
    missing = [(page + 1, field, opening(slot, page))
               for page in OPENING_PAGES
               for slot, field in enumerate(slots)
               if not shown_literally(opened_page(openings, f"{folder}/opening{page + 1}"),
                                       opening(slot, page))]
    assert missing == []


def test_every_glossary_term_opened_by_a_payload_shows_it_literally(openings: Path) -> None:
    glossary = opened_page(openings, "glossary")
    missing = [opening(slot, page) for page in OPENING_PAGES for slot in (0, 1)
               if not shown_literally(glossary, opening(slot, page))]
    assert missing == []


@pytest.mark.parametrize("folder", ["exercises", "routines"])
def test_a_payload_opening_a_field_changes_no_element_of_the_page(openings: Path,
                                                                  folder: str) -> None:
    # Every page has the same fields, so each has exactly the elements of the plain control
    # page: a payload read as a list, heading, quote, rule, table, code or HTML block adds some.
    control = opened_page(openings, f"{folder}/opening0")
    changed = {page + 1: opened_page(openings, f"{folder}/opening{page + 1}").article
               for page in OPENING_PAGES}
    assert {page: tags for page, tags in changed.items() if tags != control.article} == {}
    for page in OPENING_PAGES:  # and no handler or script address more than the control's
        elements = opened_page(openings, f"{folder}/opening{page + 1}").elements
        assert active(elements) == active(control.elements), page + 1
