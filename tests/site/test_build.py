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


def test_seed_exercises_show_their_steps(built_site: Path) -> None:
    for exercise_id in ("cat-cow", "shoulder-blade-squeeze", "childs-pose", "upper-back-extension"):
        page = (built_site / "exercises" / exercise_id / "index.html").read_text()
        steps = yaml.safe_load((CONTENT / "exercises" / f"{exercise_id}.yml").read_text())["steps"]
        assert len(steps) >= 3
        assert page.count("<li>", page.index('id="steps"')) >= len(steps)


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
