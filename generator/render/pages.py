"""Renders the catalogue to Markdown pages: a pure function from models to {path: text}."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from functools import cache, partial
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.figure.markup import FIGURE_CSS
from generator.figure.schema import field_schemas
from generator.models.content import Catalogue
from generator.models.schema import schema_files
from generator.render.page_parts import figure_files, image_path
from generator.render.views import SiteView

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment(extra_dirs: tuple[Path, ...] = ()) -> jinja2.Environment:
    """Gives the Jinja2 environment: overrides first, then the built-in templates."""
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(d)) for d in extra_dirs]
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=True,  # any text the views did not make safe (escape_text) is still escaped
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["json"] = lambda value: Markup(json.dumps(value, ensure_ascii=False))
    return env


class Pages:
    """Every generated page of a catalogue, each rendered when asked for (and its views worked
    out then): the same text whether pages are asked for one by one or all at once."""

    def __init__(self, catalogue: Catalogue, site_url: str = "",
                 template_dirs: tuple[Path, ...] = ()) -> None:
        self._env = environment(template_dirs)
        self._site = SiteView.build(catalogue, site_url)
        site = self._site
        jobs: dict[str, tuple[str, Callable[[], Mapping[str, object]]]] = {}
        for exercise_id in catalogue.exercises:
            jobs[f"exercises/{exercise_id}.md"] = (
                "exercise.md.j2", partial(lambda i: {"exercise": site.exercise(i)}, exercise_id))
        for routine_id in catalogue.routines:
            jobs[f"routines/{routine_id}.md"] = (
                "routine.md.j2", partial(lambda i: {"routine": site.routine(i)}, routine_id))
        for path, template in (("exercises/index.md", "exercises_index.md.j2"),
                               ("routines/index.md", "routines_index.md.j2"),
                               ("glossary.md", "glossary.md.j2"),
                               ("my-routine.md", "my_routine.md.j2")):
            jobs[path] = (template, dict)
        self._jobs = dict(sorted(jobs.items()))

    @property
    def paths(self) -> list[str]:
        """Every page's path relative to docs, in order."""
        return list(self._jobs)

    def render(self, path: str) -> str:
        """Gives one page's Markdown."""
        template, context = self._jobs[path]
        return self._env.get_template(template).render(site=self._site, **context())


def render_pages(catalogue: Catalogue, site_url: str = "",
                 template_dirs: tuple[Path, ...] = ()) -> dict[str, str]:
    """Gives every generated page as {path relative to docs: Markdown}."""
    pages = Pages(catalogue, site_url, template_dirs)
    return {path: pages.render(path) for path in pages.paths}


def render_files(catalogue: Catalogue, figures: bool = True) -> dict[str, bytes]:
    """Gives the other files the site publishes: figure styles and files (unless not
    `figures`: all_figure_files gives those on their own), pictures and JSON Schemas."""
    files = {"assets/figure.css": FIGURE_CSS.read_bytes()}
    if figures:
        files |= dict(all_figure_files(catalogue))
    for exercise in catalogue.exercises.values():
        if exercise.image is not None:
            files[image_path(exercise)] = exercise.image.data
    for name, text in schema_files(catalogue.taxonomy, field_schemas()).items():
        files[f"schemas/{name}"] = text.encode("utf-8")
    return files


def all_figure_files(catalogue: Catalogue) -> Iterator[tuple[str, bytes]]:
    """Gives every figure file of the catalogue, path and bytes, one exercise at a time."""
    for exercise in catalogue.exercises.values():
        if exercise.figure is not None:
            yield from figure_files(exercise.id, exercise.figure).items()


def page_sources(catalogue: Catalogue) -> dict[str, str]:
    """Gives generated page path -> the content file it comes from, for edit links."""
    sources = {f"exercises/{k}.md": v.source for k, v in catalogue.exercises.items()}
    sources |= {f"routines/{k}.md": v.source for k, v in catalogue.routines.items()}
    sources["glossary.md"] = "content/glossary.yml"
    return sources

