"""Relative URLs between published pages, for links written as raw HTML.

MkDocs rewrites Markdown links to .md files, but not links inside raw HTML blocks. Those are
written here for directory URLs (MkDocs' and Zensical's default `use_directory_urls`): the page
``exercises/cat-cow.md`` is published at ``exercises/cat-cow/``.
"""

from __future__ import annotations


def page_dir(page: str) -> str:
    """Gives the folder a page is published in: "exercises/cat-cow.md" -> "exercises/cat-cow/"."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def href(from_page: str, to: str) -> str:
    """Gives a relative URL from a page to another page (.md) or to a published file."""
    target = page_dir(to) if to.endswith(".md") else to
    relative = _relative(target, page_dir(from_page))
    return relative + "/" if to.endswith(".md") and not relative.endswith("/") else relative


def _relative(target: str, start: str) -> str:
    """posixpath.relpath(target or ".", start or ".") for the site's relative paths, without
    the two calls to os.getcwd() it makes (a large build asks some 10,000 times)."""
    ups = [part for part in start.split("/") if part]
    downs = [part for part in target.split("/") if part]
    common = 0
    for up, down in zip(ups, downs, strict=False):
        if up != down:
            break
        common += 1
    return "/".join([".."] * (len(ups) - common) + downs[common:]) or "."
