"""Lighthouse scores for each kind of page, light and dark, as GitHub Pages would serve them.

Builds the site, serves it on 127.0.0.1 with gzip (as GitHub Pages does), runs Lighthouse from
tests/webcheck/ (npm) with Debian's Chromium on a phone profile, and prints a table of the
performance, accessibility, best-practices and SEO scores. Run by `make webcheck`; not a test,
because one run takes minutes. Dark pages come from Chromium's --force-dark-mode, which sets
prefers-color-scheme: dark (Lighthouse has no setting of its own for it).
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.browser import PAGE_KINDS

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "tests" / "webcheck" / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
PAGES = PAGE_KINDS
SCHEMES = {"light": "", "dark": " --force-dark-mode"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files like GitHub Pages: text gzipped when the browser accepts it, cached 10 min,
    over connections that stay open (HTTP/1.1 keep-alive; Pages speaks HTTP/2), so Lighthouse
    does not count a new connection for every file as a reader's browser would never open."""

    protocol_version = "HTTP/1.1"

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") \
                or path.suffix not in COMPRESSED or not path.is_file():
            return super().send_head()  # also redirects a folder's address without its "/"
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        pass


class _Body:
    """A finished response body that copyfile can read and the handler can close."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextlib.contextmanager
def serve_gzipped(folder: Path) -> Iterator[str]:
    """Serves a folder with gzip on 127.0.0.1 and gives its base URL (ending in /)."""
    handler = functools.partial(GzipHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse(url: str, extra_flags: str) -> tuple[dict[str, float], list[str]]:
    """Gives the four category scores (0 to 1) Lighthouse reports for url on a phone, and the
    scored audits that lost points."""
    result = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
         f"--only-categories={','.join(CATEGORIES)}",
         f"--chrome-flags={CHROME_FLAGS}{extra_flags}"],
        capture_output=True, text=True, check=True, timeout=300,
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
    report = json.loads(result.stdout)
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    weighted = {ref["id"] for category in report["categories"].values()
                for ref in category["auditRefs"] if ref["weight"]}
    lost = sorted(f"{audit['id']} {audit['score']:.2f}" for audit in report["audits"].values()
                  if audit["id"] in weighted and audit["score"] is not None
                  and audit["score"] < 1)
    return scores, lost


def main() -> int:
    from generator.commands.site import build_site

    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--prefix", str(LIGHTHOUSE.parents[2]), "--no-audit",
                        "--no-fund", "--silent"], check=True)
    with tempfile.TemporaryDirectory(prefix="webcheck-") as folder:
        site = Path(folder) / "site"
        build_site(ROOT / "mkdocs.yml", site)
        with serve_gzipped(site) as base:
            print(f"{'page':<16} {'scheme':<6} " + " ".join(f"{c:>14}" for c in CATEGORIES))
            low: dict[str, list[str]] = {}
            for kind, path in PAGES.items():
                for scheme, flags in SCHEMES.items():
                    scores, lost = lighthouse(base + path, flags)
                    print(f"{kind:<16} {scheme:<6} "
                          + " ".join(f"{scores[c]:>14.2f}" for c in CATEGORIES), flush=True)
                    if any(scores[c] < 1 for c in CATEGORIES if c != "performance") \
                            or scores["performance"] < 0.99:
                        low[f"{kind} ({scheme})"] = lost
            for page, audits in low.items():
                print(f"\n{page}: audits below full marks: {', '.join(audits) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
