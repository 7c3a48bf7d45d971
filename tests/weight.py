"""`make weight`: what a reader's phone downloads on a first visit of each kind of page.

Builds the real site and a synthetic catalogue of 1,000 exercises (tests.bench), then for one
page of each kind adds up the gzip size of the HTML and of every stylesheet, script, icon and
picture it references, each file once: what a first visit transfers with a cold cache. Pictures
inside <template> are not fetched until shown; pictures marked loading="lazy" are fetched only
near the screen, so those after the first LAZY_ON_SCREEN are counted apart. When the build has
Material's search index, it is counted too: Material's script fetches it as every page loads.
Then it opens an exercise page in Chromium, types a query in the search box and adds up the
search files fetched before and after typing. Figures, not assertions; the target is printed
beside them.
"""

from __future__ import annotations

import gzip
import posixpath
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.bench import synthesize
from tests.browser import chromium, serve
from tests.conftest import ROOT

TARGET_KIB = 150
LAZY_ON_SCREEN = 12
"""Lazy pictures counted as fetched on load: about two phone screens of index thumbnails."""

PAGES = {
    "home": "index.html",
    "exercise": "exercises/cat-cow/index.html",
    "exercises index": "exercises/index.html",
    "routine": "routines/{routine}/index.html",
    "routines index": "routines/index.html",
    "my routine": "my-routine/index.html",
    "glossary": "glossary/index.html",
}


class References(HTMLParser):
    """Collects the files a page makes the browser fetch as it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.eager: list[str] = []
        self.lazy: list[str] = []
        self._in_template = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "template":
            self._in_template += 1
        elif self._in_template:
            return
        elif tag == "link" and found.get("rel") in ("stylesheet", "icon") and found.get("href"):
            self.eager.append(found["href"])
        elif tag == "script" and found.get("src"):
            self.eager.append(found["src"])
        elif tag == "img" and found.get("src"):
            (self.lazy if found.get("loading") == "lazy" else self.eager).append(found["src"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._in_template -= 1


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def page_weight(site: Path, page: str) -> tuple[int, int, int]:
    """Gives (bytes on load, files on load, lazy pictures left for later) for one page."""
    html = site / page
    parser = References()
    parser.feed(html.read_text(encoding="utf-8"))
    urls = parser.eager + parser.lazy[:LAZY_ON_SCREEN]
    files = {html}
    for url in urls:
        if "//" in url or url.startswith("data:"):
            continue  # another host, or inline: nothing this site serves
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), url.split("?")[0]))
        files.add(site / target)
    search_index = site / "search" / "search_index.json"
    if search_index.exists():
        files.add(search_index)
    return sum(gzip_size(f) for f in files), len(files), max(len(parser.lazy) - LAZY_ON_SCREEN, 0)


def build(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "generator", "site", "--out", "site"], cwd=folder,
                   check=True, capture_output=True, env={"PYTHONPATH": str(ROOT)})
    return folder / "site"


def report(label: str, site: Path) -> None:
    routine = sorted(p.parent.name for p in (site / "routines").glob("*/index.html"))[0]
    print(f"\n{label}")
    print(f"{'page':<16} {'gzip KiB':>9} {'files':>6} {'lazy later':>11}  target <= {TARGET_KIB}")
    for kind, page in PAGES.items():
        size, count, later = page_weight(site, page.format(routine=routine))
        mark = "ok" if size <= TARGET_KIB * 1024 else "OVER"
        print(f"{kind:<16} {size / 1024:>9.1f} {count:>6} {later:>11}  {mark}")


def search_cost(site: Path, query: str) -> tuple[int, int, int]:
    """Gives (search bytes fetched before typing, search bytes of one query, files of it),
    gzipped, measured in Chromium: an exercise page is opened, then the query typed."""
    with serve(site) as url, chromium() as context:
        page = context.new_page()
        fetched: list[str] = []
        page.on("request", lambda request: fetched.append(unquote(urlsplit(request.url).path)))
        page.goto(url + "exercises/cat-cow/", wait_until="networkidle")
        before = [p for p in fetched if "/pagefind/" in p or "search_index" in p]
        fetched.clear()
        page.locator("#ubg-search-input").click()
        page.keyboard.type(query)
        page.wait_for_selector(".ubg-search__results a", timeout=20_000)
        page.wait_for_load_state("networkidle")
        page.close()
    search = sorted({p for p in fetched if "/pagefind/" in p})
    return (sum(gzip_size(site / p.lstrip("/")) for p in set(before)),
            sum(gzip_size(site / p.lstrip("/")) for p in search), len(search))


def report_search(site: Path, query: str) -> None:
    before, query_bytes, files = search_cost(site, query)
    print(f"search: {before / 1024:.1f} KiB before typing; typing {query!r} fetches"
          f" {query_bytes / 1024:.1f} KiB in {files} files (target <= {TARGET_KIB})")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="guide-weight-") as tmp:
        real = Path(tmp) / "real"
        real.mkdir()
        synthesize(real, 0)  # the real content, with the project's configuration
        report("the guide as it is", build(real))
        report_search(real / "site", "Marjaryasana")
        large = Path(tmp) / "1000"
        large.mkdir()
        synthesize(large, 1000)
        report("1,000 exercises", build(large))
        report_search(large / "site", "Alias 0421")


if __name__ == "__main__":
    main()
