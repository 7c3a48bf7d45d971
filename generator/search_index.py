"""The search index: Pagefind's, made from each page as MkDocs writes it.

Pagefind runs beside the build as a service (`pagefind --service`, its documented protocol:
requests and responses as base64 JSON, each followed by a comma). MkDocs writes its pages one
after another in one process; each page is handed to Pagefind as it is written, so Pagefind
reads it on the other core while MkDocs renders the next, and only the writing of the index
waits for the last page. (Pagefind's own Python API polls for each answer a tenth of a second
apart: two minutes for a thousand pages.)

A page makes no request for search data until the reader types (overrides/partials/search.html).
"""

from __future__ import annotations

import base64
import json
import queue
import subprocess
import threading
from pathlib import Path
from typing import IO, Any

from generator.errors import GuideError

ROOT_SELECTOR = "article"
"""The page's text, not the header, navigation or footer."""
EXCLUDE_SELECTORS = ("[data-search-exclude]", ".headerlink", "button", ".ubg-actions",
                     ".ubg-my-link", ".ubg-week")
"""Left out of the index: player data, print sheets, the safety box, the exercises list (it
names every exercise, so it would be a result of every search for one), permalink signs, and the
page's controls (Start, Add to my routine, Copy, Open My routine, the week's tick boxes), whose
words are on every page."""
OUTPUT = "pagefind"
"""The index's folder in the site."""

CLI_ARGS = ("--root-selector", ROOT_SELECTOR, "--exclude-selectors", ", ".join(EXCLUDE_SELECTORS),
            "--output-subdir", OUTPUT, "--quiet")
"""Pagefind's command line indexing a built site the same way (`python -m pagefind --site`)."""


def indexed_part(html: str) -> str:
    """Gives the part of a page Pagefind reads: its <html> tag (the page's language) and its
    <article>, the root it indexes; the rest of the page is a quarter of its size and none of
    its text. A page with no article is given whole."""
    start, end = html.find("<article"), html.rfind("</article>")
    opening = html.find("<html")
    if start < 0 or end < start or not 0 <= opening < start:
        return html
    return (f"{html[opening:html.index('>', opening) + 1]}<body>{html[start:end]}</article>"
            "</body></html>")


def pagefind_binary() -> Path:
    """Gives the Pagefind program the pagefind package installed (pagefind[bin])."""
    from pagefind.service import get_executable
    found = get_executable()
    if found is None:
        raise GuideError("could not find the Pagefind program; install the project's "
                         "dependencies (pip install -e .)")
    return found


class SearchIndex:
    """A search index being made by a Pagefind process: add() each page, then write()."""

    def __init__(self, binary: Path | None = None) -> None:
        command = [str(binary or pagefind_binary()), "--service"]
        try:
            self._process = subprocess.Popen(command, stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise GuideError(f"could not run Pagefind ({error}); install the project's "
                             "dependencies (pip install -e .)") from None
        self._sent = 0
        self._answers: dict[int, dict[str, Any]] = {}
        self._answered = threading.Condition()
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        assert self._process.stdin is not None and self._process.stdout is not None
        # Threads, so that MkDocs never waits on a full pipe while Pagefind reads a page.
        self._writer = threading.Thread(target=self._write_requests,
                                        args=(self._process.stdin,), daemon=True)
        self._reader = threading.Thread(target=self._read_answers,
                                        args=(self._process.stdout,), daemon=True)
        self._writer.start()
        self._reader.start()
        config = {"root_selector": ROOT_SELECTOR, "exclude_selectors": list(EXCLUDE_SELECTORS)}
        self._index = self._wait(self._send({"type": "NewIndex", "config": config}))["index_id"]

    def add(self, path: str, html: str) -> None:
        """Hands Pagefind a page: its path in the site (index.html of a folder is published as
        the folder) and its HTML. Returns at once; Pagefind reads it meanwhile."""
        self._send({"type": "AddFile", "index_id": self._index, "file_path": path, "url": None,
                    "file_contents": indexed_part(html)})

    def write(self, folder: Path) -> None:
        """Writes the index into folder once every page is read, and stops Pagefind; raises
        GuideError if Pagefind refused any page or could not make the index.

        Pagefind hands over its files and this process writes them: Pagefind's own WriteFiles
        answers before it has finished writing its interface files, and Pagefind stopped then
        leaves them empty.
        """
        try:
            last = self._send({"type": "GetFiles", "index_id": self._index})
            for number in range(1, last):
                self._wait(number)
            files = self._wait(last)["files"]
        finally:
            self.close()
        for file in files:
            target = folder / file["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(base64.b64decode(file["content"]))

    @property
    def running(self) -> bool:
        """Whether the Pagefind process is still running."""
        return self._process.poll() is None

    def close(self) -> None:
        """Stops Pagefind, whatever it was doing."""
        self._outbox.put(None)
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()

    def _send(self, payload: dict[str, Any]) -> int:
        self._sent += 1
        message = json.dumps({"message_id": self._sent, "payload": payload})
        self._outbox.put(base64.b64encode(message.encode("utf-8")) + b",")
        return self._sent

    def _wait(self, number: int) -> dict[str, Any]:
        """Gives the answer to a request, once it comes; raises GuideError for an error."""
        with self._answered:
            self._answered.wait_for(lambda: number in self._answers
                                    or self._process.poll() is not None)
            answer = self._answers.get(number)
        if answer is None:
            raise GuideError(f"Pagefind stopped while indexing the site (exit status "
                             f"{self._process.returncode})")
        if answer.get("type") == "Error":
            raise GuideError(f"Pagefind could not index the site: {answer.get('message')}")
        return answer

    def _write_requests(self, pipe: IO[bytes]) -> None:
        try:
            while (request := self._outbox.get()) is not None:
                pipe.write(request)
                pipe.flush()
            pipe.close()
        except (BrokenPipeError, ValueError):  # Pagefind stopped: _wait says so
            pass

    def _read_answers(self, pipe: IO[bytes]) -> None:
        pending: list[bytes] = []  # an answer's parts so far: the index's files are megabytes
        while chunk := pipe.read1(1 << 16):  # type: ignore[attr-defined]
            if b"," not in chunk:
                pending.append(chunk)
                continue
            first, *complete, rest = chunk.split(b",")
            complete.insert(0, b"".join([*pending, first]))
            pending = [rest]
            with self._answered:
                for message in complete:
                    answer = json.loads(base64.b64decode(message))
                    self._answers[answer.get("message_id") or _original_id(answer)] = \
                        answer["payload"]
                self._answered.notify_all()
        with self._answered:
            self._answered.notify_all()


def _original_id(answer: dict[str, Any]) -> int:
    """Gives the request an error answers when Pagefind did not say (a request it could not
    read quotes the request)."""
    try:
        return int(json.loads(answer["payload"]["original_message"])["message_id"])
    except (KeyError, TypeError, ValueError):
        return 0
