"""Figures as files of their own: what a page's <img> shows, with its own styles."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from generator.figure.alt import figure_alt
from generator.figure.files import WIDTH_PX, figure_file
from generator.render.page_parts import figure_files, figure_img
from tests.figure.test_figure import FIGURES

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_a_figure_file_is_standalone_svg_with_its_own_colours(name: str) -> None:
    figure = FIGURES[name]
    file = figure_file(figure, "large")
    root = ET.fromstring(file.svg)
    assert root.tag == f"{SVG}svg" and root.get("width") == str(WIDTH_PX["large"])
    assert root.findtext(f"{SVG}title") == figure_alt(figure)
    style = root.findtext(f"{SVG}style") or ""
    assert "prefers-color-scheme:dark" in style and "@media print" in style
    frames = root.findall(f"{SVG}g")
    if len(figure.keyframes) > 1:  # each keyframe keeps its own title; they take turns
        assert [g.findtext(f"{SVG}title") for g in frames][0].startswith("Step 1 of")
        assert len(frames) == len(figure.keyframes)
        assert "@keyframes" in style and "prefers-reduced-motion:reduce" in style
    else:
        assert "@keyframes" not in style
    assert "http" not in file.svg.replace("http://www.w3.org/2000/svg", "")


def test_the_steps_file_lays_keyframes_side_by_side_without_motion() -> None:
    figure = FIGURES["cat"] if len(FIGURES["cat"].keyframes) > 1 else FIGURES["band-row"]
    moving, still = figure_file(figure, "large"), figure_file(figure, "large", steps=True)
    assert still.width == 2 * moving.width
    assert "@keyframes" not in still.svg
    assert still.svg.count('class="ubg-f"') == len(figure.keyframes)


def test_a_thumbnail_is_one_keyframe() -> None:
    figure = FIGURES["band-row"]
    thumb = figure_file(figure, "thumb")
    assert 'class="ubg-f"' not in thumb.svg and thumb.width == WIDTH_PX["thumb"]


def test_a_page_shows_the_file_with_img_and_the_still_one_for_reduced_motion() -> None:
    figure = FIGURES["band-row"]
    assert len(figure.keyframes) > 1
    html = figure_img("band-row", figure, "large", "exercises/band-row.md")
    assert '<source media="(prefers-reduced-motion: reduce)" ' in html
    assert 'srcset="../../assets/figures/band-row-large-steps.svg"' in html
    assert 'src="../../assets/figures/band-row-large.svg"' in html
    assert 'loading="lazy"' not in html and 'width="384"' in html and "height=" in html
    # The large figure is near the top of its page; pictures in lists wait until they are near.
    assert 'loading="lazy"' in figure_img("band-row", figure, "small", "routines/x.md")
    assert f'alt="{figure_alt(figure)}"' in html.replace("&#x27;", "'")
    assert set(figure_files("band-row", figure)) == {
        f"assets/figures/band-row-{s}.svg" for s in ("large", "large-steps", "thumb")}


def test_a_small_figure_shows_the_large_file_at_its_own_size() -> None:
    figure = FIGURES["band-row"]
    html = figure_img("band-row", figure, "small", "routines/r.md")
    assert 'src="../../assets/figures/band-row-large.svg"' in html
    assert 'srcset="../../assets/figures/band-row-large-steps.svg"' in html
    small, large = figure_file(figure, "small"), figure_file(figure, "large")
    assert f'width="{small.width}" height="{small.height}"' in html
    assert small.svg.replace(f'width="{small.width}" height="{small.height}"',
                             f'width="{large.width}" height="{large.height}"') == large.svg
