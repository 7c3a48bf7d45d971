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

ACTIVE_TAGS = {"script", "iframe", "img", "svg", "style", "object", "embed", "form", "input",
               "table", "pre", "code", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
"""Elements whose number in an article must not change when the text does."""


def hostile(marker: str) -> str:
    """Gives the hostile text for one field, with a marker word to find it by."""
    return f"{marker} {HOSTILE}"


def hostile_exercise() -> dict[str, object]:
    data = yaml.safe_load((FIXTURE_CONTENT / "exercises" / "reach-up.yml").read_text())
    data.update(
        name=hostile("Hostile"), aliases=[hostile("alias-one"), hostile("alias-two")],
        summary=hostile("summary"), setup=hostile("setup"),
        steps=[hostile("step-one"), hostile("step-two"), hostile("step-three")],
        cues=[hostile("cue")], mistakes=[hostile("mistake")], breathing=hostile("breathing"),
        feel=hostile("feel"), stop_if=[hostile("stop")], avoid_if=[hostile("avoid")],
        modify=[{"who": hostile("who"), "how": hostile("how")}],
        harder=["wall-press"], progress_when=hostile("progress"),
        references=[{"title": hostile("reference"),
                     "url": "https://example.org/?next=javascript:alert%281%29"}])
    return data


def hostile_routine() -> dict[str, object]:
    return {
        "name": hostile("Hostile routine"), "summary": hostile("summary"),
        "goal": hostile("goal"), "level": "beginner", "how_often": hostile("often"),
        "notes": [hostile("note-one"), hostile("note-two")],
        "sections": [
            {"title": hostile("section-one"),
             "items": [{"exercise": "hostile", "note": hostile("item-note")}]},
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


class Page(HTMLParser):
    """Every element of a page, and the article's elements, headings and text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.article: list[str] = []
        self.article_elements: list[tuple[str, dict[str, str]]] = []
        self.headings: list[tuple[str, str]] = []
        self.text: list[str] = []
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

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if self._heading and tag == self._heading[0]:
                self.headings.append((tag, "".join(self._heading[1]).replace("¶", "").strip()))
                self._heading = None

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text.append(data)
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
                              "definition": hostile("definition")})
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


def test_the_search_index_holds_the_payloads_as_text(sites: tuple[Path, Path]) -> None:
    import json

    hostile_site, baseline_site = sites
    found = json.loads((hostile_site / "search" / "search_index.json").read_text("utf-8"))
    baseline = json.loads((baseline_site / "search" / "search_index.json").read_text("utf-8"))
    allowed = set(active(Page(" ".join(d["text"] for d in baseline["docs"])).elements))
    docs = [d for d in found["docs"] if "hostile" in d["location"] or "glossary" in d["location"]]
    assert len(docs) >= 3
    for doc in docs:
        page = Page(f'<article class="md-content__inner">{doc["title"]} {doc["text"]}</article>')
        assert set(active(page.elements)) <= allowed, doc["location"]
        for tag in ("script", "iframe", "img", "svg", "style", "object", "embed", "form"):
            assert tag not in page.article, (tag, doc["location"])
    text = " ".join(Page(f'<article class="md-content__inner">{d["text"]}</article>')
                    .article_text() for d in docs)
    assert "<script>alert(1)</script>" in text  # shown to a searcher as the text it is


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
    summary = plain_words(hostile("summary"))
    assert meta["description"] == [summary]
    assert meta["og:description"] == [summary]
    name = hostile("Hostile" if path.startswith("exercises") else "Hostile routine")
    titles = [" ".join((title or "").split()) for title in meta["og:title"]]
    assert titles == [" ".join(name.split())]
