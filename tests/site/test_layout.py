"""Nothing on a page moves once it is shown: the layout shifts Chromium reports add up to 0.

Lighthouse weighs layout shift a quarter of its performance score; the guide's scripts used to
add their buttons, filters and controls after the first paint and push the page down. They now
come with the page and only start working when the scripts run (data-ubg-pending), which is
what these tests hold on a phone (Lighthouse's Moto G, 412 px) and a desktop, in both schemes.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.browser import PAGE_KINDS, QuietHandler

pytestmark = pytest.mark.browser

SCHEMES = ("light", "dark")

# Records every layout shift from the first paint on, as Lighthouse counts them (not those
# right after the reader's own input).
RECORD_SHIFTS = """
window.__ubgShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__ubgShifts.push({
      value: entry.value,
      nodes: entry.sources.map((s) => (s.node ? s.node.outerHTML || s.node.textContent : "")
        .slice(0, 120))});
  }
}).observe({ type: "layout-shift", buffered: true });
"""

# Resolves once the scripts are ready (no control still waiting for its script) and two more
# frames have been drawn, so any shift they caused has been reported.
SETTLED = """() => new Promise((resolve) => {
  const ready = () => !document.querySelector("[data-ubg-pending]");
  const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
  if (ready()) { frames(); return; }
  new MutationObserver((_, observer) => {
    if (ready()) { observer.disconnect(); frames(); }
  }).observe(document.body,
             { attributes: true, subtree: true, attributeFilter: ["data-ubg-pending"] });
})"""


def shifts(browser: Any, url: str, scheme: str, width: int) -> list[dict[str, Any]]:
    """Gives the layout shifts of a first visit to url, from the first paint until it settles."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 823 if width < 600 else 900})
    page.emulate_media(color_scheme=scheme)
    page.add_init_script("localStorage.clear()")
    page.add_init_script(RECORD_SHIFTS)
    page.goto(url, wait_until="load")
    page.evaluate(SETTLED)
    found = page.evaluate("window.__ubgShifts")
    page.close()
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_nothing_moves_on_a_phone(browser: Any, site_url: str, kind: str, scheme: str) -> None:
    found = shifts(browser, site_url + PAGE_KINDS[kind], scheme, 412)
    assert found == [], f"{kind} page, {scheme}: {found}"


@pytest.mark.parametrize("kind", ["home", "exercise", "routine", "exercises index"])
def test_nothing_moves_on_a_desktop(browser: Any, site_url: str, kind: str) -> None:
    found = shifts(browser, site_url + PAGE_KINDS[kind], "light", 1280)
    assert found == [], f"{kind} page: {found}"


def test_every_control_a_script_wires_up_is_ready_after_load(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    for path in PAGE_KINDS.values():
        page.goto(site_url + path, wait_until="load")
        page.evaluate(SETTLED)  # would never resolve while a control still waits
        assert page.locator("[data-ubg-pending]").count() == 0
    page.close()


def test_without_javascript_no_control_that_needs_it_shows(browser: Any, site_url: str) -> None:
    plain = browser.new_page()
    browser.new_cdp_session(plain).send("Emulation.setScriptExecutionDisabled", {"value": True})
    for path in PAGE_KINDS.values():
        plain.goto(site_url + path)
        shown = plain.locator(".md-content :is(button, select, input, .ubg-my-link, .ubg-copy)")
        assert [shown.nth(i).evaluate("e => e.outerHTML.slice(0, 80)")
                for i in range(shown.count()) if shown.nth(i).is_visible()] == [], path
        assert not plain.locator(".ubg-search").is_visible()
    plain.close()


class _HeldPage:
    """Serves the built site, but sends one page in two parts: up to the end of its header,
    then, once released, the rest. What a slow phone's parser sees when it pauses mid-page."""

    def __init__(self, site: Path, path: str) -> None:
        self.html = (site / path / "index.html").read_bytes()
        self.cut = self.html.index(b"</header>") + len(b"</header>")
        self.first_part_sent = threading.Event()
        self.release = threading.Event()
        held = self

        class Handler(QuietHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(site), **kwargs)

            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                if self.path != "/" + path:
                    super().do_GET()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(held.html)))
                self.end_headers()
                self.wfile.write(held.html[:held.cut])
                self.wfile.flush()
                held.first_part_sent.set()
                held.release.wait(timeout=60)
                self.wfile.write(held.html[held.cut:])

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/{path}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


# Keeps (not awaits) a promise of what the first frame drawn from now on finds: whether the
# mark after the page's content had been parsed by then.
FIRST_FRAME = """() => {
  window.__ubgFirstFrame = new Promise((resolve) => requestAnimationFrame(
    () => resolve(document.getElementById("ubg-parsed") !== null)));
}"""


@pytest.mark.parametrize("kind", ["routine", "exercise"])
def test_no_frame_is_drawn_before_the_content_is_parsed(browser: Any, built_site: Path,
                                                        kind: str) -> None:
    # The parser has the header and waits for the rest: a frame drawn now would show a header
    # whose buttons move once the rest arrives (a layout shift seen on a busy machine).
    held = _HeldPage(built_site, PAGE_KINDS[kind])
    page = browser.new_page()
    try:
        page.goto(held.url, wait_until="commit")
        held.first_part_sent.wait(timeout=60)
        page.wait_for_selector(".md-header", state="attached")
        page.evaluate(FIRST_FRAME)
        held.release.set()
        assert page.evaluate("window.__ubgFirstFrame") is True
        page.wait_for_load_state("load")
    finally:
        page.close()
        held.close()
