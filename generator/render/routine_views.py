"""A routine page's view: its steps with doses and pictures, computed time, the printed sheet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from markupsafe import Markup

from generator.models.content import Catalogue, Dose, Exercise, Routine, RoutineItem
from generator.models.dosage import (
    apply_change,
    dose_seconds,
    dose_words,
    duration_words,
)
from generator.models.timeline import routine_phases, total_seconds
from generator.render.my_routine import dose_ref, shipped_doses
from generator.render.page_parts import Link, exercise_url, illustration, labels, seconds_each
from generator.render.player import player_block
from generator.render.textmarkup import escape_text, inline, plain, plain_words
from generator.render.urls import href


@dataclass(frozen=True)
class ItemView:
    """One step of a routine."""

    link: Link
    dose: str
    time: str
    note: Markup | None
    start: Markup
    """Where to start, for the printed sheet: the setup (its first sentence in a long routine)."""
    stop_if: Markup
    """When to stop, for the printed sheet: every sign, or the first one in a longer routine."""
    position: Markup
    url: str
    """Relative URL of the exercise page from the routine page."""
    figure: Markup
    """A small illustration on one line (empty when none)."""
    thumb: Markup
    """A thumbnail for the printed sheet, on one line (empty when none)."""


@dataclass(frozen=True)
class SectionView:
    """A part of a routine; the title is empty when the routine has no sections."""

    title: Markup
    items: list[ItemView]


@dataclass(frozen=True)
class RoutineView:
    """A routine as its page shows it."""

    id: str
    path: str
    name: Markup
    summary: Markup
    """The summary as HTML, for the routine's own page."""
    listed_summary: Markup
    """The summary as Markdown, for the routines index."""
    description: str
    """The summary as plain words, not escaped, for the meta description (the theme escapes it)."""
    level: Markup
    notes: list[Markup]
    sections: list[SectionView]
    count: int
    time: str
    time_s: int
    equipment: Markup
    positions: Markup
    goal_text: Markup
    """The goal as plain escaped text (for raw HTML such as the printed sheet)."""
    how_often_text: Markup
    """How often, as plain escaped text."""
    notes_text: list[Markup]
    """The notes as plain escaped text (for the printed sheet)."""
    url: str
    """The page's address on the published site (empty when the site has no URL)."""
    qr: Markup
    """An inline SVG QR code of the address, for the printed sheet."""
    days: list[int]
    """Day numbers for the printed tick-box grid."""
    compact: bool
    """True for a long routine: the printed sheet uses smaller pictures and one cue each."""
    has_figures: bool
    """True when any exercise has an illustration (the printed sheet then has a picture column)."""
    columns: int
    """How many columns the printed table has."""
    player: Markup
    """The player's hidden data: the routine's timeline and figures, an HTML block."""
    my_refs: str
    """The routine as a My routine link names it: "cat-cow.2,chin-tuck.0"."""


def qr_svg(url: str, label: str) -> Markup:
    """Gives a QR code of url as inline SVG (black on white, sized by CSS)."""
    import segno  # only routine pages need it

    # A fixed mask skips segno scoring all eight (most of the time a QR code takes to make).
    svg = segno.make(url, error="m", micro=False, mask=0).svg_inline(
        scale=1, border=2, dark="#000", light="#fff", omitsize=True)
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape_text(label)}" '
                              f'data-qr-payload="{escape_text(url)}" ', 1))


def routine_view(routine: Routine, catalogue: Catalogue, site_url: str = "",
                 shipped: dict[str, tuple[Dose, ...]] | None = None) -> RoutineView:
    """Gives the view of one routine page, with its time and needs computed."""
    page = f"routines/{routine.id}.md"
    text = partial(inline, exercise_url=lambda i: href(page, f"exercises/{i}.md"), html=True)
    each = seconds_each(catalogue)
    shipped = shipped if shipped is not None else shipped_doses(catalogue)
    groups = [("", routine.items)] if routine.items else \
        [(s.title, s.items) for s in routine.sections or ()]
    sections, doses, used = [], [], []
    # The printed sheet holds each exercise's start position and stop signs on one page: all
    # of them up to four exercises, the first stop sign up to eight, and past eight the setup's
    # first sentence too (the same rule as My routine's sheet).
    count = sum(len(items or ()) for _, items in groups)
    cue_count = 2 if count <= 4 else 1 if count <= 8 else 0
    for title, items in groups:
        views = []
        for item in items:
            exercise = catalogue.exercises[item.exercise]
            dose = apply_change(exercise.dose, item.dose)
            doses.append(dose)
            used.append(exercise)
            views.append(_item_view(routine, item, exercise, dose_seconds(dose, each),
                                    dose, cue_count, catalogue))
        sections.append(SectionView(Markup(escape_text(title)), views))
    phases = routine_phases(doses, each)
    total = total_seconds(phases)
    has_figures = any(item.thumb for section in sections for item in section.items)
    url = f"{site_url.rstrip('/')}/routines/{routine.id}/" if site_url else ""
    equipment = sorted({e for ex in used for e in ex.equipment})
    positions = list(dict.fromkeys(ex.position for ex in used))
    return RoutineView(
        id=routine.id, path=f"routines/{routine.id}.md",
        name=Markup(escape_text(routine.name)), summary=text(routine.summary),
        listed_summary=inline(routine.summary, exercise_url),
        description=plain_words(routine.summary),
        level=labels(catalogue, "levels", [routine.level]),
        notes=[text(n) for n in routine.notes],
        sections=sections, count=len(doses), time=duration_words(total), time_s=total,
        equipment=labels(catalogue, "equipment", equipment),
        positions=labels(catalogue, "positions", positions),
        goal_text=plain(routine.goal), how_often_text=plain(routine.how_often),
        notes_text=[plain(n) for n in routine.notes],
        url=url,
        qr=qr_svg(url, f"QR code for {routine.name}") if url else Markup(""),
        days=list(range(1, 8)), compact=count > 8, has_figures=has_figures,
        columns=3 + 7 + has_figures,
        player=player_block("routine", routine.id, routine.name, list(zip(used, doses,
                                                                         strict=True)),
                            phases, catalogue, page),
        my_refs=",".join(dose_ref(e, d, catalogue, shipped or {})
                         for e, d in zip(used, doses, strict=True)))


def _item_view(routine: Routine, item: RoutineItem, exercise: Exercise, seconds: int,
               dose: Dose, cue_count: int, catalogue: Catalogue) -> ItemView:
    """Gives one exercise of a routine as the routine page and its printed sheet show it."""
    page = f"routines/{routine.id}.md"
    return ItemView(
        link=Link(Markup(escape_text(exercise.name, False)), exercise_url(exercise.id)),
        dose=dose_words(dose), time=duration_words(seconds),
        note=plain(item.note) if item.note else None,
        start=plain(exercise.setup if cue_count else _first_sentence(exercise.setup)),
        stop_if=plain(" ".join(exercise.stop_if if cue_count == 2 else exercise.stop_if[:1])),
        position=labels(catalogue, "positions", [exercise.position]),
        url=href(page, f"exercises/{exercise.id}.md"),
        figure=illustration(exercise, "small", page),
        thumb=illustration(exercise, "thumb", page))


def _first_sentence(text: str) -> str:
    """Gives a text's first sentence (all of it when it has one)."""
    match = re.search(r"[.!?](?=\s+[A-Z])", text)
    return text[: match.end()] if match else text
