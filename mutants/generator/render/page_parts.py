"""Pieces every page view uses: links, vocabulary labels, timings and illustrations."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.figure.markup import figure_html
from generator.models.content import Catalogue, Exercise
from generator.render.textmarkup import escape_text
from generator.render.urls import href


@dataclass(frozen=True)
class Link:
    """A labelled link."""

    label: Markup
    """Safe link text."""
    url: str
    """Relative URL (a .md path MkDocs resolves)."""


def exercise_url(exercise_id: str, prefix: str = "../exercises/") -> str:
    return f"{prefix}{exercise_id}.md"


def image_path(exercise: Exercise) -> str:
    """Gives where an exercise's picture file is published."""
    return f"assets/images/exercises/{exercise.id}{exercise.image.path.suffix.lower()}"


def illustration(exercise: Exercise, size: str, page: str, name: str = "") -> Markup:
    """Gives the exercise's figure or picture as HTML for a page; thumbs and smalls on one line.

    name makes the figure's element ids unique (the exercise id unless given).
    """
    if exercise.figure is not None:
        html = figure_html(exercise.figure, size=size, name=name or exercise.id)
    elif exercise.image is not None:
        image = exercise.image
        credit = (f"<figcaption>Picture: {escape(image.author)} ({escape(image.licence)})"
                  "</figcaption>") if size == "large" else ""
        html = (f'<figure class="ubg-image ubg-image--{size}"><img src="'
                f'{href(page, image_path(exercise))}" alt="{escape(image.alt)}" loading="lazy">'
                f"{credit}</figure>")
    else:
        return Markup("")
    return Markup(html if size == "large" else html.replace("\n", ""))


def labels(catalogue: Catalogue, vocabulary: str, values: tuple[str, ...] | list[str],
           empty: str = "None") -> Markup:
    """Gives the human labels of vocabulary values, joined (or `empty`), as escaped text."""
    names = [catalogue.taxonomy[vocabulary][v].label for v in values]
    return Markup(escape_text(", ".join(names) if names else empty, at_start=False))


def seconds_each(catalogue: Catalogue) -> dict[str, int]:
    """Gives dose mode -> seconds one rep or breath takes."""
    return {k: v.extra.get("seconds_each", 0) for k, v in catalogue.taxonomy["dose_modes"].items()}
