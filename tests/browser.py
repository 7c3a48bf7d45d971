"""Real headless Chromium for the browser tests: a local server and a Playwright browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.commands.figures import CHROMIUM, CHROMIUM_ARGS  # one place for the flags

AXE = Path(__file__).resolve().parent / "node" / "node_modules" / "axe-core" / "axe.min.js"
"""axe-core from the npm registry (tests/node, installed by make test), injected into pages."""

PAGE_KINDS = {
    "home": "",
    "exercise": "exercises/wall-angel/",
    "routine": "routines/morning-ten/",
    "exercises index": "exercises/",
    "routines index": "routines/",
    "glossary": "glossary/",
    "guide page": "safety/",
    "my routine": "my-routine/",
}
"""One page of each kind the site has (its address below the site's root), for the
accessibility scans and Lighthouse."""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without printing a line for each request."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serves a folder on 127.0.0.1 and gives its base URL (ending in /)."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Gives a Playwright browser running Debian's Chromium with a fresh profile."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile, \
            sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield context
        finally:
            context.close()


def screenshot(url: str, png: Path, width: int = 390, height: int = 844,
               full_page: bool = True) -> None:
    """Saves a screenshot of a page at a phone-sized viewport (for people to look at)."""
    with chromium() as context:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        page.goto(url, wait_until="networkidle")
        page.screenshot(path=str(png), full_page=full_page)


if __name__ == "__main__":
    import sys

    site, path, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    width = int(sys.argv[4]) if len(sys.argv) > 4 else 390
    with serve(site) as base:
        screenshot(base + path, out, width=width)
    print(out)
