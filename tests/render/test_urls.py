"""Relative URLs between published pages (directory URLs: exercises/cat-cow.md is at
exercises/cat-cow/)."""

from __future__ import annotations

import itertools
import posixpath

import pytest

from generator.render.urls import href, page_dir


@pytest.mark.parametrize(("page", "folder"), [
    ("index.md", ""), ("exercises/index.md", "exercises/"), ("my-routine.md", "my-routine/"),
    ("exercises/cat-cow.md", "exercises/cat-cow/"),
])
def test_a_page_is_published_in_a_folder_of_its_own(page: str, folder: str) -> None:
    assert page_dir(page) == folder


@pytest.mark.parametrize(("page", "to", "url"), [
    ("exercises/cat-cow.md", "glossary.md", "../../glossary/"),
    ("exercises/cat-cow.md", "exercises/wall-angel.md", "../wall-angel/"),
    ("exercises/cat-cow.md", "routines/morning-ten.md", "../../routines/morning-ten/"),
    ("exercises/cat-cow.md", "exercises/cat-cow.md", "./"),
    ("exercises/cat-cow.md", "index.md", "../../"),
    ("exercises/index.md", "exercises/cat-cow.md", "cat-cow/"),
    ("exercises/index.md", "assets/figures/cat-thumb.svg", "../assets/figures/cat-thumb.svg"),
    ("index.md", "my-routine.md", "my-routine/"),
    ("index.md", "index.md", "./"),
    ("my-routine.md", "assets/qrcode.js", "../assets/qrcode.js"),
    ("routines/morning-ten.md", "assets/figures/x-large.svg", "../../assets/figures/x-large.svg"),
])
def test_links_between_pages_and_files(page: str, to: str, url: str) -> None:
    assert href(page, to) == url


PAGES = ["index.md", "glossary.md", "exercises/index.md", "exercises/cat-cow.md",
         "exercises/cat/cow.md", "routines/morning-ten.md", "exercises-extra/index.md"]
FILES = ["assets/figures/a.svg", "assets/b.js", "exercises/cat-cow/x.svg"]


@pytest.mark.parametrize(("page", "to"), list(itertools.product(PAGES, PAGES + FILES)))
def test_every_link_is_what_the_standard_library_works_out(page: str, to: str) -> None:
    target = page_dir(to) if to.endswith(".md") else to
    expected = posixpath.relpath(target or ".", page_dir(page) or ".")
    assert href(page, to) == (expected + "/" if to.endswith(".md") else expected)
