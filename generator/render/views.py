"""Ready-to-print views of the models: labels looked up, times computed, text made safe.

Pieces every page uses are in page_parts; routine pages' views are in routine_views.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, partial

from markupsafe import Markup

from generator.models.content import Catalogue, Dose, Exercise, Routine, routine_items
from generator.models.dosage import dose_seconds, dose_words, duration_words
from generator.models.timeline import routine_phases
from generator.render.my_routine import MyRoutineView, dose_ref, my_routine_view, shipped_doses
from generator.render.page_parts import Link, exercise_url, illustration, labels, seconds_each
from generator.render.player import player_block
from generator.render.routine_views import RoutineView, routine_view
from generator.render.textmarkup import GlossaryLinker, escape_text, inline, plain, plain_words
from generator.render.urls import href


@dataclass(frozen=True)
class ExerciseView:
    """An exercise as its page shows it."""

    id: str
    path: str
    name: Markup
    summary: Markup
    aliases: list[Markup]
    level: Markup
    kind: Markup
    position: Markup
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
    player: Markup
    """The player's hidden data: the dose's timeline and the figure, an HTML block."""
    thumb: Markup
    """A small illustration on one line, for the exercises index (empty when none)."""
    plain_name: Markup
    """The name as escaped text, for raw HTML."""
    description: str
    """The summary as plain words, not escaped, for the meta description (the theme escapes it)."""
    filters: dict[str, str]
    """Facts the exercises index filters on: position, equipment, level, floor."""
    my_ref: str
    """The exercise at its usual dose as My routine names it ("cat-cow.2")."""


class SiteView:
    """Everything the templates show, each view worked out when first asked for: a page can be
    rendered as soon as its own views are ready (generator.build streams pages to MkDocs)."""

    def __init__(self, catalogue: Catalogue, site_url: str = "") -> None:
        self._catalogue = catalogue
        self._site_url = site_url
        self._used_by: dict[str, list[Routine]] = {}
        for routine in catalogue.routines.values():
            for exercise_id in dict.fromkeys(i.exercise for _, i in routine_items(routine)):
                self._used_by.setdefault(exercise_id, []).append(routine)
        self._shipped = shipped_doses(catalogue)
        self._exercises: dict[str, ExerciseView] = {}
        self._routines: dict[str, RoutineView] = {}

    @classmethod
    def build(cls, catalogue: Catalogue, site_url: str = "") -> SiteView:
        """Gives the views of the whole catalogue."""
        return cls(catalogue, site_url)

    def exercise(self, exercise_id: str) -> ExerciseView:
        """Gives the view of one exercise page."""
        found = self._exercises.get(exercise_id)
        if found is None:
            found = self._exercises[exercise_id] = exercise_view(
                self._catalogue.exercises[exercise_id], self._catalogue,
                self._used_by.get(exercise_id, []), self._shipped)
        return found

    def routine(self, routine_id: str) -> RoutineView:
        """Gives the view of one routine page."""
        found = self._routines.get(routine_id)
        if found is None:
            found = self._routines[routine_id] = routine_view(
                self._catalogue.routines[routine_id], self._catalogue, self._site_url,
                self._shipped)
        return found

    @cached_property
    def exercises(self) -> list[ExerciseView]:
        return [self.exercise(i) for i in self._catalogue.exercises]

    @cached_property
    def routines(self) -> list[RoutineView]:
        return [self.routine(i) for i in self._catalogue.routines]

    @cached_property
    def glossary(self) -> list[tuple[str, Markup, Markup]]:
        return [(t.id, Markup(escape_text(t.term)),
                 inline(t.definition, partial(exercise_url, prefix="exercises/")))
                for t in sorted(self._catalogue.glossary.terms, key=lambda t: t.term.lower())]

    @cached_property
    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """Vocabulary -> (value, label) pairs for the exercises index filters."""
        return {name: [(k, v.label) for k, v in self._catalogue.taxonomy[name].items()]
                for name in ("positions", "equipment", "levels")}

    @cached_property
    def my_routine(self) -> MyRoutineView:
        """The My routine page: every exercise with its allowed doses."""
        return my_routine_view(self._catalogue)


def exercise_view(exercise: Exercise, catalogue: Catalogue, used_by: list[Routine],
                  shipped: dict[str, tuple[Dose, ...]]) -> ExerciseView:
    """Gives the view of one exercise page."""
    page = f"exercises/{exercise.id}.md"
    glossary = href(page, "glossary.md")
    phrases = {m: f"{glossary}#{t.id}" for t in catalogue.glossary.terms for m in t.matches}
    text = partial(inline, exercise_url=lambda i: href(page, f"exercises/{i}.md"),
                   glossary=GlossaryLinker(phrases, html=True), html=True)
    position = catalogue.taxonomy["positions"][exercise.position]
    phases = routine_phases([exercise.dose], seconds_each(catalogue))
    seconds = dose_seconds(exercise.dose, seconds_each(catalogue))

    def links(ids: tuple[str, ...]) -> list[Link]:
        return [Link(Markup(escape_text(catalogue.exercises[i].name, False)),
                     href(page, f"exercises/{i}.md")) for i in ids]

    return ExerciseView(
        id=exercise.id, path=f"exercises/{exercise.id}.md",
        name=Markup(escape_text(exercise.name)),
        summary=text(exercise.summary), aliases=[Markup(escape_text(a)) for a in exercise.aliases],
        level=labels(catalogue, "levels", [exercise.level]),
        kind=labels(catalogue, "kinds", [exercise.kind]),
        position=labels(catalogue, "positions", [exercise.position]),
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
        routines=[Link(Markup(escape_text(r.name, False)), href(page, f"routines/{r.id}.md"))
                  for r in used_by],
        figure=illustration(exercise, "large", page),
        player=player_block("exercise", exercise.id, exercise.name, [(exercise, exercise.dose)],
                            phases, catalogue, page),
        thumb=illustration(exercise, "thumb", "exercises/index.md"),
        plain_name=plain(exercise.name), description=plain_words(exercise.summary),
        filters={"position": exercise.position, "equipment": " ".join(exercise.equipment),
                 "level": exercise.level, "floor": "yes" if position.extra.get("floor") else "no"},
        my_ref=dose_ref(exercise, exercise.dose, catalogue, shipped),
    )
