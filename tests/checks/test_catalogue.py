"""Cross-file checks run in this process on the fixture content: which files a problem is
reported for, which ids a file names, and which fields hold text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.checks.catalogue import (
    MAX_ROUTINE_ITEMS,
    check_catalogue,
    named_ids,
    text_fields,
)
from generator.checks.marks import Marks
from generator.models.content import Catalogue, DoseChange, Limits, Routine, RoutineItem
from generator.models.dosage import routine_seconds
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT

EX = "content/exercises"


def edit(project: Path, path: str, old: str, new: str) -> None:
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, (path, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_named_ids_of_an_exercise_and_of_a_routine() -> None:
    catalogue, problems = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None, problems
    assert named_ids(catalogue, f"{EX}/reach-up.yml") == {"wall-press"}  # harder, and a link
    assert named_ids(catalogue, f"{EX}/wall-press.yml") == {"reach-up"}
    assert named_ids(catalogue, "content/routines/short-set.yml") == {
        "reach-up", "wall-press", "quiet-breath"}
    assert named_ids(catalogue, f"{EX}/nothing.yml") == set()


def test_text_fields_are_every_free_text_field_nested_ones_too() -> None:
    catalogue, _ = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None
    labels = dict(text_fields(catalogue.exercises["reach-up"]))
    assert list(labels) == [
        "name", "aliases[1]", "aliases[2]", "summary", "setup", "steps[1]", "steps[2]",
        "steps[3]", "cues[1]", "cues[2]", "mistakes[1]", "breathing", "feel", "stop_if[1]",
        "avoid_if[1]", "modify[1].who", "modify[1].how", "progress_when", "references[1].title"]
    assert labels["steps[3]"] == "10 times is enough: try [Wall Press](wall-press) next."
    routine = dict(text_fields(catalogue.routines["short-set"]))
    assert routine["sections[1].items[1].note"] == "Small reaches first."
    assert "sections[1].title" in routine and "sections[1].items[1].exercise" not in routine


def test_checking_some_files_reports_them_and_the_exercises_they_name(
        project: Path) -> None:
    edit(project, f"{EX}/wall-press.yml", "Stand an arm's length from a wall.", '"TODO: x"')
    edit(project, f"{EX}/quiet-breath.yml", "cues: [Let the floor hold you.]", "cues: []")
    edit(project, f"{EX}/reach-up.yml", "Lift one arm up beside your ear.",
         "Lift one arm; see [Side Lift](side-lift).")
    content = project / "content"
    everything = [str(p) for p in validate_content(content)[1]]
    assert [p.split(": ")[0].split(":")[0] for p in everything] == [
        f"{EX}/quiet-breath.yml", f"{EX}/reach-up.yml", f"{EX}/wall-press.yml"]
    def only(*paths: str) -> list[str]:
        return [str(p) for p in validate_content(content, only=[project / p for p in paths])[1]]

    assert only(f"{EX}/quiet-breath.yml") == [everything[0]] == [
        f"{EX}/quiet-breath.yml:17:7: E108 field 'cues': needs at least 1 item"]
    # A file that could not be read names nothing: only its own problems show.
    assert only(f"{EX}/wall-press.yml") == [everything[2]]
    # reach-up was read, and names wall-press (harder): its problems come too, not quiet-breath's.
    assert only(f"{EX}/reach-up.yml") == everything[1:]
    assert only("content/routines/short-set.yml") == everything
    assert only(f"{EX}/quiet-breath.yml", f"{EX}/wall-press.yml") == [everything[0],
                                                                     everything[2]]


def test_named_ids_take_links_as_well_as_easier_and_harder() -> None:
    catalogue, _ = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None
    reach = catalogue.exercises["reach-up"]
    linked = dataclasses.replace(reach, cues=("Breathe as in [Quiet Breath](quiet-breath).",))
    changed = dataclasses.replace(catalogue, exercises={**catalogue.exercises,
                                                        "reach-up": linked})
    assert named_ids(changed, f"{EX}/reach-up.yml") == {"wall-press", "quiet-breath"}


def test_a_routine_linking_to_an_unknown_exercise_is_told_where(project: Path) -> None:
    edit(project, "content/routines/short-set.yml", "note: Small reaches first.",
         "note: Then try [Side Lift](side-lift).")
    assert [str(p) for p in validate_content(project / "content")[1]] == [
        "content/routines/short-set.yml:14:15: E209 field 'sections[1].items[1].note': link to "
        "unknown exercise 'side-lift'; expected one of: quiet-breath, reach-up, wall-press"]


def routine_with(items: list[str], **changes: object) -> tuple[Catalogue, Routine]:
    """Gives the fixture catalogue with short-set holding these exercise ids as plain items."""
    catalogue, _ = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None
    routine = dataclasses.replace(
        catalogue.routines["short-set"], sections=None, limits=None,
        items=tuple(RoutineItem(exercise=i) for i in items), **changes)
    return dataclasses.replace(catalogue, routines={"short-set": routine}), routine


def test_a_routine_holds_thirty_exercises_and_not_one_more() -> None:
    marks = Marks({"content/routines/short-set.yml": {"items": (9, 3), "sections": (5, 1)}})
    ids = ["reach-up", "wall-press", "quiet-breath"]
    full, _ = routine_with([ids[n % 3] for n in range(MAX_ROUTINE_ITEMS)])
    assert [p.code for p in check_catalogue(full, marks)] == []
    over, _ = routine_with([ids[n % 3] for n in range(MAX_ROUTINE_ITEMS + 1)])
    assert [str(p) for p in check_catalogue(over, marks)] == [
        "content/routines/short-set.yml:9:3: E213 the routine has 31 exercises; a routine holds "
        "at most 30 so it fits on one printed page: split it into two routines"]


def test_every_item_after_an_unreadable_exercise_is_still_checked() -> None:
    catalogue, _ = routine_with(["broken", "wall-pres", "reach-up"])
    found = check_catalogue(catalogue, Marks({}), unreadable=frozenset({"broken"}))
    assert [str(p) for p in found] == [
        "content/routines/short-set.yml:1:1: E203 field 'items[2].exercise': unknown exercise "
        "'wall-pres'; did you mean 'wall-press'?"]


def test_a_routine_may_take_exactly_its_time_limit() -> None:
    catalogue, routine = routine_with(["reach-up"])
    seconds_each = {k: v.extra.get("seconds_each", 0)
                    for k, v in catalogue.taxonomy["dose_modes"].items()}
    total = routine_seconds([catalogue.exercises["reach-up"].dose], seconds_each)

    def told(limit: int, taxonomy: object = None) -> list[str]:
        changed = dataclasses.replace(routine, limits=Limits(max_time_s=limit))
        made = dataclasses.replace(catalogue, routines={"short-set": changed},
                                   taxonomy=taxonomy or catalogue.taxonomy)
        return [p.code for p in check_catalogue(made, Marks({}))]

    assert told(total) == [] and told(total - 1) == ["E207"]
    # A mode that gives no seconds for each repetition counts none, not one.
    modes = {k: dataclasses.replace(v, extra={}) for k, v in
             catalogue.taxonomy["dose_modes"].items()}
    bare = routine_seconds([catalogue.exercises["reach-up"].dose], dict.fromkeys(modes, 0))
    assert bare < total
    assert told(bare, {**catalogue.taxonomy, "dose_modes": modes}) == []


def test_a_position_limit_names_what_it_allows() -> None:
    catalogue, routine = routine_with(["reach-up"])
    for positions, allowed in ((("seated", "lying-back"), "seated, lying-back"), ((), "none")):
        changed = dataclasses.replace(routine, limits=Limits(positions=positions))
        made = dataclasses.replace(catalogue, routines={"short-set": changed})
        assert [str(p) for p in check_catalogue(made, Marks({}))] == [
            "content/routines/short-set.yml:1:1: E207 field 'items[1].exercise': 'reach-up' is "
            f"done standing, which 'limits.positions' does not allow ({allowed})"]


def test_an_equipment_limit_names_what_is_needed_and_what_it_allows() -> None:
    catalogue, routine = routine_with(["quiet-breath"])
    breath = dataclasses.replace(catalogue.exercises["quiet-breath"], equipment=("towel", "wall"))
    catalogue = dataclasses.replace(catalogue, exercises={**catalogue.exercises,
                                                          "quiet-breath": breath})
    for equipment, allowed in ((("chair", "band"), "chair, band"), ((), "none")):
        changed = dataclasses.replace(routine, limits=Limits(equipment=equipment))
        made = dataclasses.replace(catalogue, routines={"short-set": changed})
        assert [str(p) for p in check_catalogue(made, Marks({}))] == [
            "content/routines/short-set.yml:1:1: E207 field 'items[1].exercise': 'quiet-breath' "
            f"needs towel, wall, which 'limits.equipment' does not allow ({allowed})"]


def test_every_item_after_an_unknown_exercise_or_a_bad_dose_is_still_checked() -> None:
    catalogue, routine = routine_with(["wall-pres", "reach-pu", "reach-up", "reach-up"])
    bad = DoseChange(mode="time")  # time needs duration_s, which reach-up's dose lacks
    items = (*routine.items[:2], dataclasses.replace(routine.items[2], dose=bad),
             dataclasses.replace(routine.items[3], dose=bad))
    made = dataclasses.replace(catalogue, routines={
        "short-set": dataclasses.replace(routine, items=items)})
    assert [(p.code, p.message.split(":")[0]) for p in check_catalogue(made, Marks({}))] == [
        ("E203", "field 'items[1].exercise'"), ("E203", "field 'items[2].exercise'"),
        ("E206", "field 'items[3].dose'"), ("E206", "field 'items[4].dose'")]


def test_the_glossarys_own_path_is_the_default_place_of_its_problems() -> None:
    catalogue, _ = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None
    term = dataclasses.replace(catalogue.glossary.terms[0], definition="See [x](side-lift).")
    glossary = dataclasses.replace(catalogue.glossary, terms=(term, *catalogue.glossary.terms[1:]))
    found = check_catalogue(dataclasses.replace(catalogue, glossary=glossary), Marks({}))
    assert [(p.path, p.code) for p in found] == [("content/glossary.yml", "E209")]


def test_each_easier_and_harder_entry_is_checked_after_a_bad_one() -> None:
    catalogue, _ = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None
    reach = dataclasses.replace(catalogue.exercises["reach-up"],
                                harder=("broken", "wall-pres", "side-lift", "wall-press"))
    made = dataclasses.replace(catalogue, exercises={**catalogue.exercises, "reach-up": reach})
    found = check_catalogue(made, Marks({}), unreadable=frozenset({"broken"}))
    assert [(p.code, p.message.split(":")[0]) for p in found] == [
        ("E203", "field 'harder[2]'"), ("E203", "field 'harder[3]'")]


def test_a_level_without_a_rank_is_below_every_ranked_one_for_e205() -> None:
    catalogue, _ = validate_content(FIXTURE_CONTENT)
    assert catalogue is not None
    levels = dict(catalogue.taxonomy["levels"])
    levels["intermediate"] = dataclasses.replace(levels["intermediate"], extra={})
    made = dataclasses.replace(catalogue, taxonomy={**catalogue.taxonomy, "levels": levels})
    assert made.exercises["reach-up"].level == "beginner"
    assert made.exercises["wall-press"].level == "intermediate"
    assert [str(p) for p in check_catalogue(made, Marks({}))] == [
        "content/exercises/reach-up.yml:1:1: E205 field 'harder[1]': 'wall-press' is "
        "intermediate, but this exercise is beginner; a harder version must not be easier by "
        "level",
        "content/exercises/wall-press.yml:1:1: E205 field 'easier[1]': 'reach-up' is beginner, "
        "but this exercise is intermediate; an easier version must not be harder by level"]
