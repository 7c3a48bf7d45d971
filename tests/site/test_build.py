"""The real project builds into a complete, self-contained site."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from tests.conftest import ROOT

CONTENT = ROOT / "content"


class _Refs(HTMLParser):
    """Collects (tag, attribute, url) of every reference in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "link" and dict(attrs).get("rel") in ("canonical", "alternate"):
            tag = "a"  # names another address; the browser fetches nothing from it
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.refs.append((tag, name, value))


def refs(page: Path) -> list[tuple[str, str, str]]:
    parser = _Refs()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.refs


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_a_page_for_every_content_file(built_site: Path) -> None:
    for folder in ("exercises", "routines"):
        for source in (CONTENT / folder).glob("*.yml"):
            assert (built_site / folder / source.stem / "index.html").is_file(), source


class _StepsList(HTMLParser):
    """Collects the text of each item of the list that follows the Steps heading, and only it."""

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[str] = []
        self._state = "before"  # -> "heading" -> "list" -> "after"
        self._depth = 0  # lists open inside the steps list

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._state == "before" and tag == "h2" and dict(attrs).get("id") == "steps":
            self._state = "heading"
        elif self._state == "heading" and tag == "h2":
            self._state = "after"  # another section began: there was no list
        elif self._state == "heading" and tag == "ol":
            self._state = "list"
        elif self._state == "list" and tag in ("ol", "ul"):
            self._depth += 1
        elif self._state == "list" and tag == "li" and self._depth == 0:
            self.steps.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._state == "list" and tag in ("ol", "ul"):
            if self._depth == 0:
                self._state = "after"
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._state == "list" and self.steps:
            self.steps[-1] += data


def steps_shown(page: str) -> list[str]:
    """The text of each step on an exercise page, spaces collapsed."""
    parser = _StepsList()
    parser.feed(page)
    return [" ".join(step.split()) for step in parser.steps]


def as_text(markdown: str) -> str:
    """A step as the reader sees it: a link's words without its address, emphasis unmarked."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)
    return " ".join(re.sub(r"\*\*?([^*\s](?:[^*]*[^*\s])?)\*\*?", r"\1", text).split())


def test_every_exercise_shows_exactly_its_steps_in_order(built_site: Path) -> None:
    wrong = {}
    for source in sorted((CONTENT / "exercises").glob("*.yml")):
        page = (built_site / "exercises" / source.stem / "index.html").read_text()
        steps = yaml.safe_load(source.read_text(encoding="utf-8"))["steps"]
        if steps_shown(page) != [as_text(step) for step in steps]:
            wrong[source.stem] = steps_shown(page)
    assert wrong == {}


def test_the_steps_list_is_the_one_after_the_steps_heading() -> None:
    page = ('<h2 id="setup">Setup</h2><ol><li>not a step</li></ol>'
            '<h2 id="steps">Steps</h2><div><img alt=""></div>\n<ol>\n<li>One, with a '
            '<a href="../../glossary/#x">linked  term</a>.</li>\n<li>Two<ul><li> a note</li></ul>'
            '</li>\n</ol><h2 id="cues">Cues</h2><ul><li>a cue</li></ul>')
    assert steps_shown(page) == ["One, with a linked term.", "Two a note"]
    assert steps_shown('<h2 id="steps">Steps</h2><p>none</p><h2>Cues</h2><ol><li>x</li></ol>') == []


def test_search_indexes_every_page_and_gives_aliases_weight(built_site: Path) -> None:
    # Pagefind's index is binary; the browser tests search it. Here: it was written, it holds
    # every page, and each exercise page gives its names the weight of its title.
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text())
    pages = sum(language["page_count"] for language in entry["languages"].values())
    assert pages >= len(list((CONTENT / "exercises").glob("*.yml")))
    assert not (built_site / "search" / "search_index.json").exists()
    for source in (CONTENT / "exercises").glob("*.yml"):
        data = yaml.safe_load(source.read_text())
        page = (built_site / "exercises" / source.stem / "index.html").read_text()
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", page)))
        for name in [data["name"], *data.get("aliases", [])]:
            assert name in text, f"{name!r} ({source.name}) is not in its page's text"
        if data.get("aliases"):
            assert 'data-pagefind-weight="7"' in page


def test_every_internal_link_resolves(built_site: Path) -> None:
    broken = []
    # 404.html is served at any address, so MkDocs writes its links from the site root.
    pages = [p for p in html_pages(built_site) if p != built_site / "404.html"]
    for page in pages:
        for tag, _, url in refs(page):
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("#", "mailto:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)}: <{tag}> {url}")
    assert broken == []


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    loaded = []
    for page in html_pages(built_site):
        for tag, attr, url in refs(page):
            if tag == "a":
                continue  # a link is not a request until a reader follows it
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                loaded.append(f"{page.relative_to(built_site)}: <{tag} {attr}={url}>")
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
    assert loaded == []


def test_edit_links_open_the_source_file(built_site: Path) -> None:
    def edit_link(page: str) -> str:
        html = (built_site / page).read_text()
        found = re.findall(r'<a href="([^"]+)" title="Edit this page"', html)
        assert len(found) == 1, page
        return found[0]

    repo = "https://github.com/upper-back-guide/upper-back-guide/edit/main/"
    assert edit_link("exercises/cat-cow/index.html") == repo + "content/exercises/cat-cow.yml"
    assert edit_link("routines/desk-break/index.html") == repo + "content/routines/desk-break.yml"
    assert edit_link("safety/index.html") == repo + "content/pages/safety.md"


def test_navigation_does_not_list_every_exercise(built_site: Path) -> None:
    # The nav holds index pages only, so page weight does not grow with the catalogue.
    home = (built_site / "index.html").read_text()
    nav = home[home.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[:nav.index('md-sidebar--secondary')]
    assert "Exercises" in nav
    listed = [e.stem for e in (CONTENT / "exercises").glob("*.yml") if f"/{e.stem}/" in nav]
    assert listed == []


class _Figures(HTMLParser):
    """Collects the alt text of the pictures in a page's article."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.names.append(dict(attrs).get("alt") or "")

    def accessible_names(self) -> list[str]:
        return self.names


def test_every_exercise_page_has_a_named_figure(built_site: Path) -> None:
    for source in sorted((CONTENT / "exercises").glob("*.yml")):
        html = (built_site / "exercises" / source.stem / "index.html").read_text()
        article = html[html.index("<article"):html.index("</article>")]
        parser = _Figures()
        parser.feed(article)
        names = parser.accessible_names()
        assert names, f"{source.stem}: no figure"
        assert all(name.strip() for name in names), f"{source.stem}: a figure has no name"


class _Head(HTMLParser):
    """Collects a page's <meta> contents by name or property, and its canonical link."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.canonical: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        if tag == "meta" and (found.get("name") or found.get("property")):
            self.meta.setdefault(found.get("name") or found["property"], []).append(
                found.get("content", ""))
        if tag == "link" and found.get("rel") == "canonical":
            self.canonical.append(found["href"])


def test_every_page_has_a_description_and_open_graph_tags(built_site: Path) -> None:
    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["site_url"]
    pages = sorted(built_site.rglob("index.html"))
    assert len(pages) > 40
    for page in pages:
        head = _Head(page.read_text(encoding="utf-8"))
        folder = page.parent.relative_to(built_site).as_posix()
        url = site_url if folder == "." else f"{site_url}{folder}/"
        where = page.relative_to(built_site).as_posix()
        assert head.canonical == [url], where
        assert head.meta["og:url"] == [url], where
        assert len(head.meta["description"]) == 1 and head.meta["description"][0], where
        assert head.meta["og:description"] == head.meta["description"], where
        assert len(head.meta["og:title"]) == 1 and head.meta["og:title"][0], where
        assert head.meta["og:type"] in (["website"], ["article"]), where
    wall_angel = yaml.safe_load((ROOT / "content" / "exercises" / "wall-angel.yml").read_text())
    head = _Head((built_site / "exercises" / "wall-angel" / "index.html").read_text())
    assert head.meta["description"] == [" ".join(wall_angel["summary"].split())]
    assert head.meta["og:title"] == ["Wall Angel"]


def test_a_page_without_a_paragraph_gets_the_site_description(built_site: Path) -> None:
    description = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["site_description"]
    head = _Head((built_site / "404.html").read_text(encoding="utf-8"))
    assert head.meta["description"] == [description]


def test_the_sitemap_lists_every_page(built_site: Path) -> None:
    listed = set(re.findall(r"<loc>([^<]+)</loc>",
                            (built_site / "sitemap.xml").read_text(encoding="utf-8")))
    canonical = {_Head(page.read_text(encoding="utf-8")).canonical[0]
                 for page in built_site.rglob("index.html")}
    assert listed == canonical


def test_every_page_holds_its_first_frame_for_a_mark_it_has(built_site: Path) -> None:
    # A page whose mark were missing would show nothing until it was parsed to its very end.
    pages = html_pages(built_site)
    assert len(pages) > 40
    for page in pages:
        text = page.read_text(encoding="utf-8")
        where = page.relative_to(built_site).as_posix()
        assert text.count('<link rel="expect" href="#ubg-parsed" blocking="render">') == 1, where
        assert text.count('id="ubg-parsed"') == 1, where
        assert text.index('id="ubg-parsed"') > text.index("</article>"), where
