"""The My routine page's data: every exercise with the doses a reader may choose, as JSON.

A reader builds a routine in the browser, but its time is still the generator's arithmetic:
each allowed dose is published with its words, its phases (models.timeline.dose_phases) and
its seconds, with READY_S and CHANGE_S. The page script only joins phases and adds published
seconds: ready + each dose + a change-over between doses, which is what routine_phases gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.models.content import Catalogue, Dose, Exercise, routine_items
from generator.models.dosage import apply_change, dose_words
from generator.models.dose_options import dose_options
from generator.models.timeline import CHANGE_S, READY_S, dose_phases, total_seconds
from generator.render.page_parts import illustration, seconds_each
from generator.render.player import exercise_json, json_script, phase_json
from generator.render.textmarkup import plain_words

PAGE = "my-routine.md"
"""Where the My routine page is published (my-routine/)."""


@dataclass(frozen=True)
class MyRoutineView:
    """The My routine page: the data its script reads, the player's block and the figures."""

    data: Markup
    """A JSON script element: every exercise, its allowed doses, READY_S and CHANGE_S."""
    player: Markup
    """The player's block: an empty timeline the script fills, and a thumbnail per exercise."""


def shipped_doses(catalogue: Catalogue) -> dict[str, tuple[Dose, ...]]:
    """Gives exercise id -> the doses shipped routines use for it (besides its usual dose)."""
    used: dict[str, dict[Dose, None]] = {}
    for routine in catalogue.routines.values():
        for _, item in routine_items(routine):
            dose = apply_change(catalogue.exercises[item.exercise].dose, item.dose)
            used.setdefault(item.exercise, {})[dose] = None
    return {exercise_id: tuple(doses) for exercise_id, doses in used.items()}


def allowed_doses(exercise: Exercise, catalogue: Catalogue,
                  shipped: dict[str, tuple[Dose, ...]]) -> list[Dose]:
    """Gives the doses a reader may choose for an exercise, shortest first."""
    level = catalogue.taxonomy["levels"][exercise.level]
    max_hold_s = int(level.extra.get("max_hold_s", 180))
    return dose_options(exercise.dose, max_hold_s, seconds_each(catalogue),
                        shipped.get(exercise.id, ()))


def dose_ref(exercise: Exercise, dose: Dose, catalogue: Catalogue,
             shipped: dict[str, tuple[Dose, ...]]) -> str:
    """Gives how a link names an exercise at a dose: "cat-cow.2" (its id and the dose's index)."""
    return f"{exercise.id}.{allowed_doses(exercise, catalogue, shipped).index(dose)}"


def my_routine_view(catalogue: Catalogue) -> MyRoutineView:
    """Gives the My routine page's view."""
    shipped = shipped_doses(catalogue)
    each = seconds_each(catalogue)
    exercises = [_choice(e, catalogue, shipped, each) for e in catalogue.exercises.values()]
    data = {"ready_s": READY_S, "change_s": CHANGE_S, "exercises": exercises}
    empty = {"kind": "routine", "id": "my-routine", "title": "My routine", "total_s": 0,
             "exercises": [], "phases": []}
    # Thumbnails only (one keyframe each): the list, the printed sheet and the player share them.
    templates = "".join(
        f'<template id="ubg-player-figure-{e.id}">{illustration(e, "thumb", PAGE)}</template>'
        for e in catalogue.exercises.values())
    player = (f'<div class="ubg-player-data" hidden data-search-exclude>'
              f'{json_script(empty, "ubg-timeline")}{templates}</div>')
    return MyRoutineView(Markup(json_script(data, "ubg-my-catalogue")), Markup(player))


def _choice(exercise: Exercise, catalogue: Catalogue, shipped: dict[str, tuple[Dose, ...]],
            each: dict[str, int]) -> dict[str, object]:
    """Gives one exercise as the page script reads it: the player's fields and its doses."""
    doses = allowed_doses(exercise, catalogue, shipped)
    position = catalogue.taxonomy["positions"][exercise.position]
    doses_json = []
    for dose in doses:
        phases = dose_phases(dose, each)
        doses_json.append({"words": dose_words(dose), "seconds": total_seconds(phases),
                           "phases": [phase_json(p) for p in phases]})
    return {**exercise_json(exercise, exercise.dose, catalogue),
            "stop_if": [plain_words(s) for s in exercise.stop_if],
            "floor": bool(position.extra.get("floor")),
            "easier": list(exercise.easier), "harder": list(exercise.harder),
            "usual": doses.index(exercise.dose), "doses": doses_json}
