"""The data the routine player reads: a page's timeline as JSON, and its figures as templates.

The generator computes every phase from the validated models with the same arithmetic as the
page's stated time (models.timeline); the browser only counts it. Text reaches the JSON as plain
words, and the script sets it with textContent, so nothing from content becomes markup.
"""

from __future__ import annotations

import json
from dataclasses import fields

from markupsafe import Markup

from generator.models.content import Catalogue, Dose, Exercise
from generator.models.dosage import dose_words
from generator.models.timeline import WORK_KINDS, Phase, total_seconds
from generator.render.page_parts import illustration
from generator.render.textmarkup import plain_words

_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))
"""So the JSON can never close its script element or start markup."""


def player_block(kind: str, ref: str, title: str, items: list[tuple[Exercise, Dose]],
                 phases: list[Phase], catalogue: Catalogue, page: str) -> Markup:
    """Gives the hidden block that carries a page's timeline and the player's figures."""
    unknown = {p.kind for p in phases} - {*WORK_KINDS, "ready", "change", "rest", "switch"}
    if unknown:  # the validator refuses such doses first; this keeps a stalled player out
        raise ValueError(f"the player cannot pace phases of kind {sorted(unknown)}")
    timeline = {
        "kind": kind, "id": ref, "title": plain_words(title), "total_s": total_seconds(phases),
        "exercises": [exercise_json(exercise, dose, catalogue) for exercise, dose in items],
        "phases": [phase_json(phase) for phase in phases],
    }
    figures = {exercise.id: exercise for exercise, _ in items}
    templates = "".join(
        f'<template id="ubg-player-figure-{exercise_id}">'
        f'{illustration(exercise, "large", page)}</template>'
        for exercise_id, exercise in figures.items())
    return Markup(f'<div class="ubg-player-data" hidden data-search-exclude>'
                  f'{json_script(timeline, "ubg-timeline")}{templates}</div>')


def json_script(data: object, css_class: str) -> str:
    """Gives data as a JSON script element that can never close itself or start markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for character, escaped in _JSON_ESCAPES:  # replace() is many times faster than translate()
        text = text.replace(character, escaped)
    return f'<script type="application/json" class="{css_class}">{text}</script>'


def exercise_json(exercise: Exercise, dose: Dose, catalogue: Catalogue) -> dict[str, object]:
    """Gives what the player shows of an exercise: name, setup, first cue, dose and position."""
    position = catalogue.taxonomy["positions"][exercise.position].label
    return {"id": exercise.id, "name": plain_words(exercise.name),
            "setup": plain_words(exercise.setup), "cue": plain_words(exercise.cues[0]),
            "dose": dose_words(dose), "position": position,
            "figure": exercise.figure is not None or exercise.image is not None}


_PHASE_FIELDS = tuple(field.name for field in fields(Phase))


def phase_json(phase: Phase) -> dict[str, object]:
    """Gives a phase as JSON, without the fields that are zero (a smaller page)."""
    # Field by field, not asdict(): the My routine page turns some 20,000 phases into JSON at
    # 1,000 exercises, and asdict deep-copies each one.
    return {key: value for key in _PHASE_FIELDS
            if (value := getattr(phase, key)) or key == "seconds"}
