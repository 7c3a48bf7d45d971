"""Ready-to-print views of the models: labels looked up, times computed, text made safe."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from markupsafe import Markup, escape

from generator.dosage import apply_change, dose_seconds, dose_words, duration_words, routine_seconds
from generator.models import Catalogue, Exercise, Routine
from generator.rules import routine_items
from generator.textmarkup import GlossaryLinker, escape_text, inline, plain
from generator.urls import href


@dataclass(frozen=True)
class Link:
    """A labelled link."""

    label: Markup
    """Safe link text."""
    url: str
    """Relative URL (a .md path MkDocs resolves)."""


@dataclass(frozen=True)
class ExerciseView:
    """An exercise as its page shows it."""

    id: str
    path: str
    source: str
    name: Markup
    title: str
    summary: Markup
    aliases: list[Markup]
    level: Markup
    kind: Markup
    position: Markup
    needs_floor: bool
    equipment: Markup
    regions: Markup
    movements: Markup
    dose: str
    time: str
    time_s: int
    setup: Markup
    steps: list[Markup]
    cues: list[Markup]
    mistakes: list[Markup]
    breathing: Markup
    feel: Markup
    stop_if: list[Markup]
    avoid_if: list[Markup]
    modify: list[tuple[Markup, Markup]]
    easier: list[Link]
    harder: list[Link]
    progress_when: Markup | None
    references: list[Link]
    routines: list[Link]
    figure: Markup
    """The large illustration, an HTML block."""
    thumb: Markup
    """A small illustration on one line, for the exercises index (empty when none)."""
    plain_name: Markup
    """The name as escaped text, for raw HTML."""
    filters: dict[str, str]
    """Facts the exercises index filters on: position, equipment, level, floor."""


@dataclass(frozen=True)
class ItemView:
    """One step of a routine."""

    link: Link
    dose: str
    time: str
    note: Markup | None
    cues: list[Markup]
    """The exercise's first cues (two, or one in a long routine) as plain escaped text."""
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
    source: str
    name: Markup
    title: str
    summary: Markup
    goal: Markup
    level: Markup
    how_often: Markup
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


@dataclass(frozen=True)
class SiteView:
    """Everything the templates show."""

    exercises: list[ExerciseView]
    routines: list[RoutineView]
    glossary: list[tuple[str, Markup, Markup]]
    choices: dict[str, list[tuple[str, str]]]
    """Vocabulary -> (value, label) pairs for the exercises index filters."""

    @classmethod
    def build(cls, catalogue: Catalogue, site_url: str = "") -> SiteView:
        """Gives the views of the whole catalogue."""
        used_by: dict[str, list[Routine]] = {}
        for routine in catalogue.routines.values():
            for exercise_id in dict.fromkeys(i.exercise for _, i in routine_items(routine)):
                used_by.setdefault(exercise_id, []).append(routine)
        exercises = [exercise_view(e, catalogue, used_by.get(e.id, []))
                     for e in catalogue.exercises.values()]
        routines = [routine_view(r, catalogue, site_url) for r in catalogue.routines.values()]
        glossary = [(t.id, Markup(escape_text(t.term)), inline(t.definition, _exercise_url))
                    for t in sorted(catalogue.glossary.terms, key=lambda t: t.term.lower())]
        choices = {name: [(k, v.label) for k, v in catalogue.taxonomy[name].items()]
                    for name in ("positions", "equipment", "levels")}
        return cls(exercises, routines, glossary, choices)


def _exercise_url(exercise_id: str, prefix: str = "../exercises/") -> str:
    return f"{prefix}{exercise_id}.md"


def image_path(exercise: Exercise) -> str:
    """Gives where an exercise's picture file is published."""
    return f"assets/images/exercises/{exercise.id}{exercise.image.path.suffix.lower()}"


def illustration(exercise: Exercise, size: str, page: str) -> Markup:
    """Gives the exercise's figure or picture as HTML for a page; thumbs and smalls on one line."""
    if exercise.figure is not None:
        from generator.figure import figure_html

        html = figure_html(exercise.figure, size=size, name=f"{exercise.id}")
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


def exercise_view(exercise: Exercise, catalogue: Catalogue,
                  used_by: list[Routine]) -> ExerciseView:
    """Gives the view of one exercise page."""
    phrases = {m: f"../glossary.md#{t.id}" for t in catalogue.glossary.terms for m in t.matches}
    text = partial(inline, exercise_url=partial(_exercise_url, prefix=""),
                   glossary=GlossaryLinker(phrases))
    position = catalogue.taxonomy["positions"][exercise.position]
    seconds = dose_seconds(exercise.dose, seconds_each(catalogue))

    def links(ids: tuple[str, ...]) -> list[Link]:
        return [Link(Markup(escape_text(catalogue.exercises[i].name, False)), f"{i}.md")
                for i in ids]

    return ExerciseView(
        id=exercise.id, path=f"exercises/{exercise.id}.md", source=exercise.source,
        name=Markup(escape_text(exercise.name)), title=exercise.name,
        summary=text(exercise.summary), aliases=[Markup(escape_text(a)) for a in exercise.aliases],
        level=labels(catalogue, "levels", [exercise.level]),
        kind=labels(catalogue, "kinds", [exercise.kind]),
        position=labels(catalogue, "positions", [exercise.position]),
        needs_floor=bool(position.extra.get("floor")),
        equipment=labels(catalogue, "equipment", exercise.equipment),
        regions=labels(catalogue, "regions", exercise.regions),
        movements=labels(catalogue, "movements", exercise.movements),
        dose=dose_words(exercise.dose), time=duration_words(seconds), time_s=seconds,
        setup=text(exercise.setup), steps=[text(s) for s in exercise.steps],
        cues=[text(c) for c in exercise.cues], mistakes=[text(m) for m in exercise.mistakes],
        breathing=text(exercise.breathing), feel=text(exercise.feel),
        stop_if=[text(s) for s in exercise.stop_if], avoid_if=[text(a) for a in exercise.avoid_if],
        modify=[(text(m.who), text(m.how)) for m in exercise.modify],
        easier=links(exercise.easier), harder=links(exercise.harder),
        progress_when=text(exercise.progress_when) if exercise.progress_when else None,
        references=[Link(Markup(escape_text(r.title, False)), r.url) for r in exercise.references],
        routines=[Link(Markup(escape_text(r.name, False)), f"../routines/{r.id}.md")
                  for r in used_by],
        figure=illustration(exercise, "large", f"exercises/{exercise.id}.md"),
        thumb=illustration(exercise, "thumb", "exercises/index.md"),
        plain_name=plain(exercise.name),
        filters={"position": exercise.position, "equipment": " ".join(exercise.equipment),
                 "level": exercise.level, "floor": "yes" if position.extra.get("floor") else "no"},
    )


def qr_svg(url: str, label: str) -> Markup:
    """Gives a QR code of url as inline SVG (black on white, sized by CSS)."""
    import segno  # only routine pages need it

    # A fixed mask skips segno scoring all eight (most of the time a QR code takes to make).
    svg = segno.make(url, error="m", micro=False, mask=0).svg_inline(
        scale=1, border=2, dark="#000", light="#fff", omitsize=True)
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape_text(label)}" '
                              f'data-qr-payload="{escape_text(url)}" ', 1))


def routine_view(routine: Routine, catalogue: Catalogue, site_url: str = "") -> RoutineView:
    """Gives the view of one routine page, with its time and needs computed."""
    text = partial(inline, exercise_url=_exercise_url)
    each = seconds_each(catalogue)
    groups = [("", routine.items)] if routine.items else \
        [(s.title, s.items) for s in routine.sections or ()]
    sections, doses, used = [], [], []
    # Two cues each fit a printed sheet up to eight exercises; longer routines get one.
    cue_count = 2 if sum(len(items or ()) for _, items in groups) <= 8 else 1
    for title, items in groups:
        views = []
        for item in items:
            exercise = catalogue.exercises[item.exercise]
            dose = apply_change(exercise.dose, item.dose)
            doses.append(dose)
            used.append(exercise)
            views.append(ItemView(
                link=Link(Markup(escape_text(exercise.name, False)), _exercise_url(exercise.id)),
                dose=dose_words(dose), time=duration_words(dose_seconds(dose, each)),
                note=plain(item.note) if item.note else None,
                cues=[plain(c) for c in exercise.cues[:cue_count]],
                position=labels(catalogue, "positions", [exercise.position]),
                url=href(f"routines/{routine.id}.md", f"exercises/{exercise.id}.md"),
                figure=illustration(exercise, "small", f"routines/{routine.id}.md"),
                thumb=illustration(exercise, "thumb", f"routines/{routine.id}.md")))
        sections.append(SectionView(Markup(escape_text(title)), views))
    total = routine_seconds(doses, each)
    has_figures = any(item.thumb for section in sections for item in section.items)
    url = f"{site_url.rstrip('/')}/routines/{routine.id}/" if site_url else ""
    equipment = sorted({e for ex in used for e in ex.equipment})
    positions = list(dict.fromkeys(ex.position for ex in used))
    return RoutineView(
        id=routine.id, path=f"routines/{routine.id}.md", source=routine.source,
        name=Markup(escape_text(routine.name)), title=routine.name, summary=text(routine.summary),
        goal=text(routine.goal), level=labels(catalogue, "levels", [routine.level]),
        how_often=text(routine.how_often), notes=[text(n) for n in routine.notes],
        sections=sections, count=len(doses), time=duration_words(total), time_s=total,
        equipment=labels(catalogue, "equipment", equipment),
        positions=labels(catalogue, "positions", positions),
        goal_text=plain(routine.goal), how_often_text=plain(routine.how_often),
        notes_text=[plain(n) for n in routine.notes],
        url=url,
        qr=qr_svg(url, f"QR code for {routine.name}") if url else Markup(""),
        days=list(range(1, 8)), compact=cue_count == 1, has_figures=has_figures,
        columns=3 + 7 + has_figures)
