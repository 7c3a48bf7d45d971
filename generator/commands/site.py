"""`python -m generator site`: a strict MkDocs build that replaces site/ only when it succeeds."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from generator.errors import CONTENT_PROBLEMS, ContentError, GuideError
from generator.writer import recover, staging


def run_site(config_file: Path, out: Path) -> int:
    """Builds the site strictly into out and says where it is."""
    build_site(config_file, out)
    print(f"site built in {out}")
    return 0


def build_site(config_file: Path, out: Path, strict: bool = True) -> None:
    """Builds the site into out; on any failure the previous out stays as it was."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _show_mkdocs_log()
    recover(out)
    try:
        with staging(out) as new_dir:
            config = load_config(str(config_file), site_dir=str(new_dir), strict=strict)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
            index_for_search(new_dir)
    except MkDocsException as error:
        cause = _content_error(error)
        if cause is not None:
            raise cause from None
        raise GuideError(f"the site was not built ({error}); {out} is unchanged") from None


PAGEFIND_ARGS = (
    "--root-selector", "article",  # the page's text, not the header, navigation or footer
    "--exclude-selectors", "[data-search-exclude], .headerlink",  # player data, print sheets
    "--output-subdir", "pagefind", "--quiet",
)
"""How Pagefind indexes the built pages (a plain `mkdocs build` or `make serve` has no index,
and the search box says so)."""


def index_for_search(site: Path) -> None:
    """Writes Pagefind's search index into site/pagefind/, from the built pages."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), *PAGEFIND_ARGS]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise GuideError(f"could not run Pagefind ({error}); install the project's "
                         "dependencies (pip install -e .)") from None
    if done.returncode != 0:
        raise GuideError(f"Pagefind could not index the site: "
                         f"{(done.stderr or done.stdout).strip()[-800:]}")


def _content_error(error: BaseException | None) -> ContentError | None:
    """Gives the content error behind MkDocs' abort, if that is what stopped the build."""
    while error is not None:
        if isinstance(error, ContentError):
            return error
        error = error.__cause__ or error.__context__
    return None


def _show_mkdocs_log() -> None:
    """Prints MkDocs' warnings and errors the way its own command line does."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        # The command line lists content problems itself, one per line.
        handler.addFilter(lambda record: CONTENT_PROBLEMS not in record.getMessage())
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
