"""Pieces every page view uses: links, vocabulary labels, timings and illustrations."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.figure.drawn import layout
from generator.figure.files import figure_dimensions, figure_file
from generator.figure.models import Figure
from generator.models.content import Catalogue, Exercise
from generator.render.textmarkup import escape_text
from generator.render.urls import href


@dataclass(frozen=True)
class Link:
    """A labelled link."""

    label: Markup
    """Safe link text."""
    url: str
    """Relative URL: a .md path MkDocs resolves in Markdown, or the page's address (urls.href)
    in finished HTML."""


def exercise_url(exercise_id: str, prefix: str = "../exercises/") -> str:
    return f"{prefix}{exercise_id}.md"


def image_path(exercise: Exercise) -> str:
    """Gives where an exercise's picture file is published."""
    return f"assets/images/exercises/{exercise.id}{exercise.image.path.suffix.lower()}"


FILE_SIZES = ("large", "thumb")
"""The sizes a figure is published at. Other sizes show the large file scaled down by their
<img>: the drawing is the same, so one file is fetched and cached for both."""


def figure_path(exercise_id: str, size: str, steps: bool = False) -> str:
    """Gives where the file that shows an exercise's figure at a size is published."""
    drawn = size if size in FILE_SIZES else FILE_SIZES[0]
    return f"assets/figures/{exercise_id}-{drawn}{'-steps' if steps else ''}.svg"


def has_steps(figure: Figure, size: str) -> bool:
    """True when the figure at this size also has a still, side-by-side file for readers who
    reduce motion (several keyframes, shown larger than a thumbnail)."""
    return len(figure.keyframes) > 1 and size != "thumb"


def figure_files(exercise_id: str, figure: Figure) -> dict[str, bytes]:
    """Gives every published file of a figure: path -> SVG bytes."""
    files = {}
    for size in FILE_SIZES:
        for steps in (False, True) if has_steps(figure, size) else (False,):
            svg = figure_file(figure, size, steps).svg
            files[figure_path(exercise_id, size, steps)] = svg.encode("utf-8")
    return files


def figure_img(exercise_id: str, figure: Figure, size: str, page: str) -> str:
    """Gives a figure as an <img> of its published file (a <picture> whose still, side-by-side
    file stands in when motion is reduced); the file is fetched once and cached."""
    width, height = figure_dimensions(figure, size)
    alt = escape(layout(figure).alt)
    # The large figure is an exercise page's one picture, near its top: it loads at once. The
    # smaller ones come in lists (an index, a routine's steps) and wait until they are near.
    lazy = "" if size == "large" else ' loading="lazy"'
    img = (f'<img src="{href(page, figure_path(exercise_id, size))}" alt="{alt}" '
           f'width="{width}" height="{height}"{lazy} decoding="async">')
    if has_steps(figure, size):
        width, height = figure_dimensions(figure, size, steps=True)
        img = (f'<picture><source media="(prefers-reduced-motion: reduce)" srcset="'
               f'{href(page, figure_path(exercise_id, size, steps=True))}" '
               f'width="{width}" height="{height}">{img}</picture>')
    steps = " ubg-figure--steps" if has_steps(figure, size) else ""
    return f'<div class="ubg-figure ubg-figure--{size}{steps}">{img}</div>'


def illustration(exercise: Exercise, size: str, page: str) -> Markup:
    """Gives the exercise's figure or picture as HTML for a page, on one line."""
    if exercise.figure is not None:
        html = figure_img(exercise.id, exercise.figure, size, page)
    elif exercise.image is not None:
        image = exercise.image
        credit = (f"<figcaption>Picture: {escape(image.author)} ({escape(image.licence)})"
                  "</figcaption>") if size == "large" else ""
        html = (f'<figure class="ubg-image ubg-image--{size}"><img src="'
                f'{href(page, image_path(exercise))}" alt="{escape(image.alt)}" loading="lazy">'
                f"{credit}</figure>")
    else:
        return Markup("")
    return Markup(html)


def labels(catalogue: Catalogue, vocabulary: str, values: tuple[str, ...] | list[str],
           empty: str = "None") -> Markup:
    """Gives the human labels of vocabulary values, joined (or `empty`), as escaped text."""
    names = [catalogue.taxonomy[vocabulary][v].label for v in values]
    return Markup(escape_text(", ".join(names) if names else empty, at_start=False))


def seconds_each(catalogue: Catalogue) -> dict[str, int]:
    """Gives dose mode -> seconds one rep or breath takes."""
    return {k: v.extra.get("seconds_each", 0) for k, v in catalogue.taxonomy["dose_modes"].items()}
