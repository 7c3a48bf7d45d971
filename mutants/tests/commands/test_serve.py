"""`make serve`: editing an exercise's YAML updates the open page in the browser.

Every wait is on an event: the server's own log line saying it watches for changes, the
page's live-reload request being open, and the reload itself; never on a time.
"""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.browser import chromium
from tests.conftest import ROOT, copy_project

pytestmark = pytest.mark.browser

WATCHING = "Watching paths for changes"
"""What `mkdocs serve` logs once its file watcher is running (after the first build)."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def log_lines(server: subprocess.Popen[bytes]) -> queue.Queue[str]:
    """Gives a queue that receives every line the server prints, read by a thread."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert server.stdout is not None
        for raw in server.stdout:
            lines.put(raw.decode(errors="replace"))
        lines.put("")  # the server ended

    threading.Thread(target=read, daemon=True).start()
    return lines


def wait_for_line(lines: queue.Queue[str], text: str, seconds: float = 120) -> None:
    """Waits until the server prints a line holding text; fails if it ends first."""
    seen = []
    while True:
        line = lines.get(timeout=seconds)  # a generous bound, only against a hung server
        if not line:
            raise AssertionError("mkdocs serve stopped:\n" + "".join(seen))
        seen.append(line)
        if text in line:
            return


def test_editing_yaml_reloads_the_page(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}",
         "--livereload"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"})
    # mkdocs serve serves the site under site_url's path.
    base = urlsplit(yaml.safe_load(config.read_text())["site_url"]).path
    url = f"http://127.0.0.1:{port}{base}exercises/cat-cow/"
    try:
        wait_for_line(log_lines(server), WATCHING)
        with chromium() as context:
            page = context.new_page()
            with page.expect_request(lambda request: "/livereload/" in request.url,
                                     timeout=120_000):
                page.goto(url, wait_until="load")  # livereload keeps a request open
            assert "Cat-Cow" in page.locator("h1").inner_text()
            source = tmp_path / "content" / "exercises" / "cat-cow.yml"
            text = source.read_text(encoding="utf-8")
            with page.expect_event("load", timeout=120_000):  # the live reload
                source.write_text(text.replace("name: Cat-Cow", "name: Cat-Cow Renamed", 1),
                                  encoding="utf-8")
            assert "Cat-Cow Renamed" in page.locator("h1").inner_text()
    finally:
        server.terminate()
        server.wait(timeout=20)
