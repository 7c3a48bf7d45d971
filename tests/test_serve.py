"""`make serve`: editing an exercise's YAML updates the open page in the browser."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.browser import chromium
from tests.conftest import ROOT, copy_project

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"mkdocs serve stopped: {server.stdout.read().decode()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {seconds} s")


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
        wait_until_up(url, server)
        with chromium() as context:
            page = context.new_page()
            page.goto(url, wait_until="load")  # livereload keeps a request open
            assert "Cat-Cow" in page.locator("h1").inner_text()
            source = tmp_path / "content" / "exercises" / "cat-cow.yml"
            text = source.read_text(encoding="utf-8")
            source.write_text(text.replace("name: Cat-Cow", "name: Cat-Cow Renamed", 1),
                              encoding="utf-8")
            page.wait_for_function(
                "document.querySelector('h1').textContent.includes('Renamed')", timeout=60_000)
    finally:
        server.terminate()
        server.wait(timeout=20)
