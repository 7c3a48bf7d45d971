"""Relative URLs between published pages, for links written as raw HTML.

MkDocs rewrites Markdown links to .md files, but not links inside raw HTML blocks. Those are
written here for directory URLs (MkDocs' and Zensical's default `use_directory_urls`): the page
``exercises/cat-cow.md`` is published at ``exercises/cat-cow/``.
"""

from __future__ import annotations

import posixpath


def page_dir(page: str) -> str:
    """Gives the folder a page is published in: "exercises/cat-cow.md" -> "exercises/cat-cow/"."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def href(from_page: str, to: str) -> str:
    """Gives a relative URL from a page to another page (.md) or to a published file."""
    target = page_dir(to) if to.endswith(".md") else to
    start = page_dir(from_page) or "."
    relative = posixpath.relpath(target or ".", start)
    return relative + "/" if to.endswith(".md") and not relative.endswith("/") else relative
