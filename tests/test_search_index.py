"""The search index made beside the build: Pagefind's service, handed each page as it is
written, makes the index its command line makes of the written site."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import GuideError
from generator.search_index import CLI_ARGS, SearchIndex, indexed_part, pagefind_binary

PAGES = {
    "index.html": "<h1>Upper back</h1><p>Gentle moves for a stiff upper back.</p>",
    "exercises/cat-cow/index.html": (
        '<h1 id="cat-cow">Cat-Cow</h1><p>Round and arch the back.</p>'
        '<p data-pagefind-weight="7"><em>Also called:</em> Cat-Camel</p>'
        '<dl class="ubg-facts"><div><dt>Dose</dt> <dd>6 reps</dd></div></dl>'
        '<div class="ubg-actions"><button type="button">Start this exercise</button>'
        '<a class="ubg-my-link" href="../../my-routine/">Open My routine (0 exercises)</a>'
        '<a class="md-button ubg-copy" href="../../my-routine/#r=cat-cow.0">Copy it</a></div>'
        '<div class="ubg-week"><p class="ubg-week__title">Done this week</p></div>'
        '<h2 id="steps">Steps</h2><ol><li>Kneel on all fours.</li></ol>'
        '<div data-search-exclude><script type="application/json">{"secret": "timeline"}'
        "</script></div>"),
    "exercises/thread-the-needle/index.html": (
        '<h1 id="thread">Thread the Needle</h1><p>Slide one arm under the other.</p>'),
}


def page(article: str) -> str:
    """A page as MkDocs writes it: header, navigation and footer around the article."""
    return ('<!doctype html>\n<html lang="en" class="no-js"><head><title>T</title></head><body>'
            '<header><a href="/">Upper Back Mobility Guide</a> navigation words</header>'
            f'<main><article class="md-content__inner">{article}</article></main>'
            "<footer>Made with words nobody searches</footer></body></html>")


def fragments(folder: Path) -> dict[str, dict]:
    """Gives each page's stored record (url, text, title) by its fragment's file name."""
    import gzip
    records = {}
    for file in sorted((folder / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(file.read_bytes())
        records[file.name] = json.loads(data[len(b"pagefind_dcd"):])
    return records


def test_the_index_holds_what_the_command_line_makes_of_the_written_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for path, article in PAGES.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(page(article), encoding="utf-8")
    index = SearchIndex()
    for path, article in PAGES.items():
        index.add(path, page(article))
    index.write(tmp_path / "streamed")
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), *CLI_ARGS],
                   check=True, capture_output=True)
    streamed, written = fragments(tmp_path / "streamed"), fragments(site / "pagefind")
    # A fragment is named by its content's hash: the same names are the same records.
    assert sorted(streamed) == sorted(written)
    records = {r["url"]: r for r in streamed.values()}
    assert sorted(records) == ["/", "/exercises/cat-cow/", "/exercises/thread-the-needle/"]
    cat_cow = records["/exercises/cat-cow/"]
    assert cat_cow["meta"]["title"] == "Cat-Cow"
    assert "Cat-Camel" in cat_cow["content"] and "Kneel on all fours." in cat_cow["content"]
    assert "Dose 6 reps" in cat_cow["content"]  # a fact's name and value stay two words
    # The page's controls are on every page: their words would match every page.
    for control in ("Start", "My routine", "Copy it", "Done this week"):
        assert control not in cat_cow["content"]
    for record in records.values():  # only the article: no header, footer or excluded data
        assert "navigation" not in record["content"] and "nobody" not in record["content"]
        assert "timeline" not in record["content"]
    entry = json.loads((tmp_path / "streamed" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 3
    # Pagefind's program files are whole: Pagefind is stopped as soon as write() returns.
    program = {f: hashlib.sha256((site / "pagefind" / f).read_bytes()).hexdigest()
               for f in PROGRAM_FILES}
    assert {f: hashlib.sha256((tmp_path / "streamed" / f).read_bytes()).hexdigest()
            for f in PROGRAM_FILES} == program
    assert min((site / "pagefind" / f).stat().st_size for f in PROGRAM_FILES) > 1000


PROGRAM_FILES = ("pagefind.js", "pagefind-worker.js", "pagefind-highlight.js", "wasm.en.pagefind",
                 "wasm.unknown.pagefind", "pagefind-ui.js", "pagefind-ui.css",
                 "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js",
                 "pagefind-component-ui.css")
"""The files of Pagefind's bundle that are the same for every site."""


def test_the_part_indexed_is_the_html_tag_and_the_article() -> None:
    assert indexed_part(page("<h1>A</h1><p>b</p>")) == (
        '<html lang="en" class="no-js"><body><article class="md-content__inner"><h1>A</h1>'
        "<p>b</p></article></body></html>")


@pytest.mark.parametrize("html", ["<html><body><p>No article.</p></body></html>",
                                  "<article>Never closed", "<p>No html tag</p><article>a</article>",
                                  "</article><article>"])
def test_a_page_without_a_whole_article_is_given_whole(html: str) -> None:
    assert indexed_part(html) == html


def test_pagefind_missing_from_the_environment_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import pagefind.service
    monkeypatch.setattr(pagefind.service, "get_executable", lambda: None)
    with pytest.raises(GuideError) as error:
        pagefind_binary()
    assert str(error.value) == ("could not find the Pagefind program; install the project's "
                                "dependencies (pip install -e .)")


def test_a_program_that_cannot_run_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "pagefind"
    with pytest.raises(GuideError) as error:
        SearchIndex(binary=missing)
    assert str(error.value) == (f"could not run Pagefind ([Errno 2] No such file or directory: "
                                f"'{missing}'); install the project's dependencies "
                                "(pip install -e .)")


def fake_pagefind(tmp_path: Path, behaviour: str) -> Path:
    """Writes a stand-in for `pagefind --service` that answers as told."""
    script = tmp_path / "fake_pagefind.py"
    script.write_text(f"""import base64, json, sys
def answer(message_id, payload):
    sys.stdout.buffer.write(base64.b64encode(json.dumps(
        {{"message_id": message_id, "payload": payload}}).encode()) + b",")
    sys.stdout.buffer.flush()
pending = b""
while chunk := sys.stdin.buffer.read1(65536):
    pending += chunk
    *complete, pending = pending.split(b",")
    for message in complete:
        request = json.loads(base64.b64decode(message))
        kind = request["payload"]["type"]
        if kind == "NewIndex":
            answer(request["message_id"], {{"type": "NewIndex", "index_id": 1}})
        elif {behaviour!r} == "exit":
            sys.exit(3)
        elif {behaviour!r} == "give" and kind == "AddFile":
            answer(request["message_id"], {{"type": "IndexedFile"}})
        elif {behaviour!r} == "give" and kind == "GetFiles":
            answer(request["message_id"], {{"type": "GetFiles", "files": [
                {{"path": path, "content": base64.b64encode(data.encode()).decode()}}
                for path, data in (("pagefind.js", "x" * 300000), ("fragment/en_1.pf_fragment",
                                                                    "page"))]}})
        elif kind == "AddFile":
            answer(request["message_id"], {{"type": "Error", "message": "cannot read page",
                                            "original_message": None}})
        else:
            answer(None, {{"type": "Error", "message": "disk full",
                          "original_message": json.dumps(request)}})
""", encoding="utf-8")
    program = tmp_path / "fake-pagefind"  # a short #! line, wherever Python is installed
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{script}" "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    return program


@pytest.mark.parametrize(("behaviour", "pages", "message"), [
    ("refuse", 1, "Pagefind could not index the site: cannot read page"),
    # No page: the stand-in refuses GetFiles quoting the request, not numbering its answer.
    ("refuse", 0, "Pagefind could not index the site: disk full"),
    ("exit", 1, "Pagefind stopped while indexing the site (exit status 3)"),
])
def test_a_failure_of_pagefind_stops_the_build_with_its_message(
        tmp_path: Path, behaviour: str, pages: int, message: str) -> None:
    index = SearchIndex(binary=fake_pagefind(tmp_path, behaviour))
    for _ in range(pages):
        index.add("index.html", page("<h1>A</h1>"))
    with pytest.raises(GuideError) as error:
        index.write(tmp_path / "out")
    assert str(error.value) == message
    assert not index.running


def test_the_index_is_written_whole_from_the_files_pagefind_hands_over(tmp_path: Path) -> None:
    # Pagefind's WriteFiles answers before its last files are written: Pagefind stopped then
    # leaves them empty. The stand-in refuses WriteFiles, as if its disk were full.
    index = SearchIndex(binary=fake_pagefind(tmp_path, "give"))
    index.add("index.html", page("<h1>A</h1>"))
    index.write(tmp_path / "out" / "pagefind")
    assert not index.running
    assert tree(tmp_path / "out") == {"pagefind/pagefind.js": b"x" * 300000,
                                      "pagefind/fragment/en_1.pf_fragment": b"page"}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file()}


def test_closing_stops_pagefind_at_once() -> None:
    index = SearchIndex()
    index.add("index.html", page("<h1>A</h1>"))
    assert index.running
    index.close()
    assert not index.running
