"""The shipped guide keeps the promises of its content issue: coverage, counts and routines."""

from __future__ import annotations

import pytest
import yaml

from generator.build import load_catalogue
from generator.models.content import Catalogue, routine_items
from generator.models.dosage import apply_change, dose_problem
from generator.render.views import routine_view
from tests.conftest import ROOT

CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    found, warnings = load_catalogue(CONTENT)
    assert warnings == []
    return found


def test_the_seed_exercises_and_routine_are_there(catalogue: Catalogue) -> None:
    seed = ["cat-cow", "shoulder-blade-squeeze", "childs-pose", "upper-back-extension"]
    assert set(seed) <= set(catalogue.exercises)
    order = [item.exercise for _, item in routine_items(catalogue.routines["seed-routine"])]
    assert order == seed


def test_every_movement_position_and_piece_of_equipment_is_covered(catalogue: Catalogue) -> None:
    exercises = catalogue.exercises.values()
    assert len(catalogue.exercises) >= 24
    used = {"movements": {m for e in exercises for m in e.movements},
            "positions": {e.position for e in exercises},
            "equipment": {q for e in exercises for q in e.equipment}}
    for vocabulary, values in used.items():
        assert set(catalogue.taxonomy[vocabulary]) == values, vocabulary
    assert any(not e.equipment for e in exercises)


def test_at_least_eight_exercises_need_only_a_chair(catalogue: Catalogue) -> None:
    positions = catalogue.taxonomy["positions"]
    desk = [e.id for e in catalogue.exercises.values()
            if set(e.equipment) <= {"chair"} and not positions[e.position].extra["floor"]]
    assert len(desk) >= 8, desk


def test_every_exercise_is_filled_in_with_care(catalogue: Catalogue) -> None:
    for exercise in catalogue.exercises.values():
        assert 3 <= len(exercise.steps) <= 8, exercise.id
        assert exercise.feel and exercise.stop_if and exercise.avoid_if and exercise.modify
        assert exercise.cues and exercise.mistakes and exercise.breathing and exercise.setup
        assert len(exercise.aliases) >= 2, exercise.id
        # Illustrated, by the figure its file draws (the image fields, if ever used instead).
        written = yaml.safe_load((CONTENT / "exercises" / f"{exercise.id}.yml").read_text())
        figure, image = exercise.figure, exercise.image
        if "figure" in written:
            assert figure and [k.posture for k in figure.keyframes] == [
                k["posture"] for k in written["figure"]["keyframes"]], exercise.id
        else:
            assert image and image.file == written["image"]["file"], exercise.id
        if exercise.harder:
            assert exercise.progress_when, exercise.id


def test_progressions_link_the_library_into_chains(catalogue: Catalogue) -> None:
    linked = [e for e in catalogue.exercises.values() if e.easier or e.harder]
    assert len(linked) >= len(catalogue.exercises) * 2 // 3


def test_the_routines_keep_their_promises(catalogue: Catalogue) -> None:
    routines = catalogue.routines
    assert len(routines) >= 7
    for needed in ("seed-routine", "desk-break", "morning-ten", "evening-wind-down",
                   "posture-reset-band", "foam-roller-routine", "first-week"):
        assert needed in routines
    positions = catalogue.taxonomy["positions"]

    def used(routine_id: str) -> list:
        return [catalogue.exercises[i.exercise] for _, i in routine_items(routines[routine_id])]

    desk = routine_view(routines["desk-break"], catalogue)
    assert desk.time_s <= 300
    assert all(set(e.equipment) <= {"chair"} and not positions[e.position].extra["floor"]
               for e in used("desk-break"))
    assert 540 <= routine_view(routines["morning-ten"], catalogue).time_s <= 600
    assert routines["morning-ten"].sections
    assert all(positions[e.position].extra["floor"] for e in used("evening-wind-down"))
    assert any("band" in e.equipment for e in used("posture-reset-band"))
    assert any("foam-roller" in e.equipment for e in used("foam-roller-routine"))
    assert all(e.level == "beginner" for e in used("first-week"))
    for routine in routines.values():
        assert routine.goal and routine.how_often and routine.notes, routine.id
    # Every routine's dose, with its changes laid over the exercise's, can be timed ...
    untimed = [(routine.id, item.exercise, problem) for routine in routines.values()
               for _, item in routine_items(routine)
               if (problem := dose_problem(apply_change(catalogue.exercises[item.exercise].dose,
                                                        item.dose), "dose"))]
    assert untimed == []
    # ... and a change replaces only the fields it gives (worked out by hand from the YAML).
    for routine_id, expected in (("morning-ten", ("reps", 1, 8, 2, 20)),  # {sets: 1}
                                 ("first-week", ("reps", 1, 6, 2, 20))):  # {sets: 1, reps: 6}
        item = next(item for _, item in routine_items(routines[routine_id])
                    if item.exercise == "cat-cow")
        dose = apply_change(catalogue.exercises["cat-cow"].dose, item.dose)
        assert (dose.mode, dose.sets, dose.reps, dose.hold_s, dose.rest_s) == expected


def test_the_guide_pages_and_glossary_are_there(catalogue: Catalogue) -> None:
    pages = {p.name for p in (CONTENT / "pages").glob("*.md")}
    assert {"index.md", "benefits.md", "safety.md", "how-to-use.md",
            "see-a-professional.md"} <= pages
    terms = {t.id for t in catalogue.glossary.terms}
    for needed in ("thoracic-spine", "shoulder-blade", "retraction", "extension", "rotation"):
        assert needed in terms
