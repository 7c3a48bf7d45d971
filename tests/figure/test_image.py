"""A contributed picture instead of a drawn figure: checked, published and shown with credit."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.commands.site import build_site
from tests.conftest import copy_project

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
       '<circle cx="5" cy="5" r="4"/></svg>')


def test_an_exercise_with_a_picture_is_built_with_alt_text_and_credit(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    exercises = tmp_path / "content" / "exercises"
    (exercises / "images").mkdir()
    (exercises / "images" / "neck-circle.svg").write_text(SVG)
    data = yaml.safe_load((exercises / "chin-tuck.yml").read_text())
    data.pop("figure")
    data.update(name="Picture Test", aliases=["Picture test one", "Picture test two"],
                easier=[], harder=[],
                # a main movement no shipped exercise has, so no version is asked for (W307)
                movements=["scapular-depression"],
                image={"file": "images/neck-circle.svg", "alt": "A circle & a <b>line</b>",
                       "author": "A. Contributor", "licence": "CC-BY-4.0"})
    data.pop("progress_when", None)
    (exercises / "picture-test.yml").write_text(yaml.safe_dump(data, sort_keys=False))
    build_site(config, tmp_path / "site")

    site = tmp_path / "site"
    published = site / "assets" / "images" / "exercises" / "picture-test.svg"
    assert published.read_text() == SVG
    page = (site / "exercises" / "picture-test" / "index.html").read_text()
    # The picture on its page and in the player's copy of it, by its address from the page,
    # with the alt text escaped and the credit under it.
    shown = ('<figure class="ubg-image ubg-image--large"><img src="../../assets/images/exercises/'
             'picture-test.svg" alt="A circle &amp; a &lt;b&gt;line&lt;/b&gt;" loading="lazy">'
             '<figcaption>Picture: A. Contributor (CC-BY-4.0)</figcaption></figure>')
    assert re.findall(r'<figure class="ubg-image.*?</figure>', page) == [shown, shown]
    assert f'<template id="ubg-player-figure-picture-test">{shown}</template>' in page
    assert len(re.findall("<img ", page)) == 2
    index = (site / "exercises" / "index.html").read_text()
    assert re.findall(r'<figure class="ubg-image.*?</figure>', index) == [  # no credit there
        '<figure class="ubg-image ubg-image--thumb"><img src="../assets/images/exercises/'
        'picture-test.svg" alt="A circle &amp; a &lt;b&gt;line&lt;/b&gt;" loading="lazy">'
        '</figure>']
