"""`python -m generator site`: a strict MkDocs build that replaces site/ only when it succeeds."""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
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
        with staging(out) as new_dir, _build_date(config_file.resolve().parent / "content"):
            config = load_config(str(config_file), site_dir=str(new_dir), strict=strict)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)  # the hook writes the search index too (generator.search_index)
            finally:
                config.plugins.on_shutdown()
    except MkDocsException as error:
        cause = _content_error(error)
        if cause is not None:
            raise cause from None
        raise GuideError(f"the site was not built ({error}); {out} is unchanged") from None


def content_date(content: Path) -> int:
    """Gives the content's date in Unix seconds: its last commit's, else its newest file's.

    The sitemap says when each page last changed; the content's commit says that truly, and
    the same commit built on another day gives the same bytes (a reproducible build).
    """
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct", "--", "."], cwd=content,
                                capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        result = None
    if result is not None and result.returncode == 0 and result.stdout.strip().isdigit():
        return int(result.stdout.strip())
    # Not a git checkout (an unpacked archive, a copy): the newest file is the last change.
    return int(max((p.stat().st_mtime for p in content.rglob("*") if p.is_file()), default=0))


@contextmanager
def _build_date(content: Path) -> Iterator[None]:
    """Sets SOURCE_DATE_EPOCH, which MkDocs dates the sitemap by, unless the caller set it."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(content_date(content))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


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
