"""The MkDocs hook: adds the generated pages in memory and watches content/ (kept thin)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.build import WORKERS, generate
from generator.errors import CONTENT_PROBLEMS, ContentError
from generator.render.description import first_paragraph

log = logging.getLogger("mkdocs.hooks.generator")


_serving = False
"""True under `mkdocs serve`: its web server and file watchers run in threads, and a process
forked while another thread holds a lock can wait on it for ever, so a preview reads and draws
in this process alone."""


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def _content_dir(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent / "content"


def on_files(files: Files, config: Any) -> Files:
    """Adds every generated page and points each page's edit link at its source file."""
    try:
        generated = generate(_content_dir(config), site_url=config.site_url or "",
                             workers=1 if _serving else WORKERS)
    except ContentError as error:
        # MkDocs prints this message; generator.commands.site finds the ContentError behind it.
        raise PluginError(f"{CONTENT_PROBLEMS}\n{error}") from error
    for problem in generated.warnings:
        log.warning(str(problem))  # fails a --strict build, shows in make serve
    docs = Path(config.docs_dir).resolve().relative_to(_content_dir(config).parent).as_posix()
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    for path, markdown in generated.pages.items():
        file = File.generated(config, path, content=markdown)
        file.edit_uri = generated.sources.get(path)  # index pages have no single source
        files.append(file)
    for path, data in generated.files.items():
        files.append(File.generated(config, path, content=data))
    return files


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Gives a page with no description in its front matter its first paragraph as one."""
    if not page.meta.get("description"):
        page.meta["description"] = first_paragraph(html)
    return html


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuilds the preview when any content file changes."""
    server.watch(str(_content_dir(config)))
    return server
