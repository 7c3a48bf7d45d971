"""The MkDocs hook: adds the generated pages in memory, has each page indexed for search as it
is written, and watches content/ (kept thin)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.build import WORKERS, Generated, generate_streaming
from generator.errors import CONTENT_PROBLEMS, ContentError, GuideError
from generator.render.description import first_paragraph
from generator.search_index import OUTPUT, SearchIndex

log = logging.getLogger("mkdocs.hooks.generator")


_generated: Generated | None = None
"""This build's generated pages and files (their worker may still be making them)."""

_index: SearchIndex | None = None
"""This build's search index, Pagefind reading each page as it is written."""

_serving = False
"""True under `mkdocs serve`: its web server and file watchers run in threads, and a process
forked while another thread holds a lock can wait on it for ever, so a preview reads and draws
in this process alone. A preview has no search index (the search box says so)."""


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    """Starts the search index (not for a preview)."""
    global _index
    _index = None if _serving else _guarded(SearchIndex)


def _guarded(step: Any, *args: Any) -> Any:
    """Runs a step of the search index, telling MkDocs when it fails (it prints the message,
    with no traceback, and the build stops)."""
    try:
        return step(*args)
    except GuideError as error:
        raise PluginError(str(error)) from error


def _content_dir(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent / "content"


def on_files(files: Files, config: Any) -> Files:
    """Adds every generated page and points each page's edit link at its source file.

    A large site's pages are rendered while MkDocs reads the ones before (on_page_read_source
    waits for each) and its figure files written while MkDocs writes the pages
    (on_post_build waits for them): generator.build.generate_streaming.
    """
    global _generated
    try:
        _generated = generated = generate_streaming(
            _content_dir(config), Path(config.site_dir), site_url=config.site_url or "",
            workers=1 if _serving else WORKERS)
    except ContentError as error:
        # MkDocs prints this message; generator.commands.site finds the ContentError behind it.
        raise PluginError(f"{CONTENT_PROBLEMS}\n{error}") from error
    for problem in generated.warnings:
        log.warning(str(problem))  # fails a --strict build, shows in make serve
    docs = Path(config.docs_dir).resolve().relative_to(_content_dir(config).parent).as_posix()
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    for path in generated.pages:
        file = File.generated(config, path, content="")  # on_page_read_source gives the text
        file.edit_uri = generated.sources.get(path)  # index pages have no single source
        files.append(file)
    for path, data in generated.files.items():
        files.append(File.generated(config, path, content=data))
    return files


def on_page_read_source(page: Any, config: Any) -> str | None:
    """Gives a generated page's Markdown, waiting for the worker that renders it if need be."""
    return None if _generated is None else _generated.pages.get(page.file.src_uri)


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Hands the written page to the search index."""
    if _index is not None:
        _index.add(page.file.dest_uri, output)
    return output


def on_post_build(config: Any) -> None:
    """Waits for the files still being written (a large site's figure files), then writes the
    search index."""
    generated, index = _this_build()
    if generated is not None:
        generated.finish()
    if index is not None:
        _guarded(index.write, Path(config.site_dir) / OUTPUT)


def on_build_error(error: Exception) -> None:
    """Stops the worker and Pagefind of a failed build before anything more is written."""
    generated, index = _this_build()
    if generated is not None:
        generated.abandon()
    if index is not None:
        index.close()


def _this_build() -> tuple[Generated | None, SearchIndex | None]:
    """Gives this build's generation and search index, which the next build will not see."""
    global _generated, _index
    taken = _generated, _index
    _generated = _index = None
    return taken


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Gives a page with no description in its front matter its first paragraph as one."""
    if not page.meta.get("description"):
        page.meta["description"] = first_paragraph(html)
    return html


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuilds the preview when any content file changes."""
    server.watch(str(_content_dir(config)))
    return server
