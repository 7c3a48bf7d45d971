"""Renders the catalogue to Markdown pages: a pure function from models to {path: text}."""

from __future__ import annotations

import json
from functools import cache
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


def render_pages(catalogue: Catalogue, site_url: str = "",
                 template_dirs: tuple[Path, ...] = ()) -> dict[str, str]:
    """Gives every generated page as {path relative to docs: Markdown}."""
    env = environment(template_dirs)
    site = SiteView.build(catalogue, site_url)
    pages: dict[str, str] = {}

    def put(path: str, template: str, **context: object) -> None:
        pages[path] = env.get_template(template).render(site=site, **context)

    for exercise in site.exercises:
        put(exercise.path, "exercise.md.j2", exercise=exercise)
    for routine in site.routines:
        put(routine.path, "routine.md.j2", routine=routine)
    put("exercises/index.md", "exercises_index.md.j2")
    put("routines/index.md", "routines_index.md.j2")
    put("glossary.md", "glossary.md.j2")
    put("my-routine.md", "my_routine.md.j2")
    return dict(sorted(pages.items()))


def render_files(catalogue: Catalogue) -> dict[str, bytes]:
    """Gives the other files the site publishes: figure styles and files, pictures and JSON
    Schemas."""
    files = {"assets/figure.css": FIGURE_CSS.read_bytes()}
    for exercise in catalogue.exercises.values():
        if exercise.figure is not None:
            files |= figure_files(exercise.id, exercise.figure)
        if exercise.image is not None:
            files[image_path(exercise)] = exercise.image.data
    for name, text in schema_files(catalogue.taxonomy, field_schemas()).items():
        files[f"schemas/{name}"] = text.encode("utf-8")
    return files


def page_sources(catalogue: Catalogue) -> dict[str, str]:
    """Gives generated page path -> the content file it comes from, for edit links."""
    sources = {f"exercises/{k}.md": v.source for k, v in catalogue.exercises.items()}
    sources |= {f"routines/{k}.md": v.source for k, v in catalogue.routines.items()}
    sources["glossary.md"] = "content/glossary.yml"
    return sources

