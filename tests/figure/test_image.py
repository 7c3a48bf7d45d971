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
    img = re.search(r'<img src="([^"]+)" alt="([^"]*)"', page)
    assert img is not None
    assert (site / "exercises" / "picture-test" / img.group(1)).resolve() == published.resolve()
    assert img.group(2) == "A circle &amp; a &lt;b&gt;line&lt;/b&gt;"
    assert "Picture: A. Contributor (CC-BY-4.0)" in page
    index = (site / "exercises" / "index.html").read_text()
    thumb = re.search(r'<img src="([^"]+picture-test\.svg)"', index)
    assert thumb is not None and (site / "exercises" / thumb.group(1)).resolve() == published
