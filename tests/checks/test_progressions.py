"""Easier and harder chains (E204, W307-W309) on catalogues made from the real content."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from generator.checks.marks import Marks
from generator.checks.progressions import find_cycles, lonely_exercises, loops, step_problems
from generator.models.content import Catalogue
from generator.validate import validate_content
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def real() -> Catalogue:
    catalogue, problems = validate_content(ROOT / "content")
    assert catalogue is not None, problems
    return catalogue


def make(real: Catalogue, **exercises: dict[str, Any]) -> Catalogue:
    """Gives the real catalogue's taxonomy with these exercises, each a copy of Cat-Cow."""
    base = real.exercises["cat-cow"]
    made = {}
    for key, changes in exercises.items():
        fields = {"easier": (), "harder": (), "progress_when": None, **changes}
        made[key] = dataclasses.replace(base, id=key, source=f"content/exercises/{key}.yml",
                                        **fields)
    return dataclasses.replace(real, exercises=made)


MARKS = Marks({"content/exercises/a.yml": {"harder": (30, 9), "harder[1]": (30, 10),
                                           "easier": (28, 9),
                                           "movements[1]": (8, 5)},
               "content/exercises/b.yml": {"easier[1]": (29, 11)}})


def said(problems: Any) -> list[str]:
    return [str(p) for p in problems]


def test_find_cycles_finds_each_loop_once() -> None:
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}) == []
    assert find_cycles({"a": {"a"}}) == [["a"]]
    assert find_cycles({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}) == [["a", "b"],
                                                                             ["c", "d"]]
    assert find_cycles({"b": {"c"}, "a": {"b"}, "c": {"b"}}) == [["b", "c"]]


def test_a_loop_through_harder_links(real: Catalogue) -> None:
    catalogue = make(real, a={"harder": ("b",)}, b={"harder": ("a",)})
    assert said(loops(catalogue, MARKS)) == [
        "content/exercises/a.yml:30:9: E204 easier and harder versions form a loop: "
        "a → b → a; a chain must only go one way"]


def test_a_loop_through_easier_links_alone(real: Catalogue) -> None:
    # Each names the other as its easier version: the loop is found from 'easier' links only.
    catalogue = make(real, a={"easier": ("b",)}, b={"easier": ("a",)})
    assert said(loops(catalogue, MARKS)) == [
        "content/exercises/a.yml:28:9: E204 easier and harder versions form a loop: "
        "a → b → a; a chain must only go one way"]


def test_links_to_unknown_exercises_make_no_loop(real: Catalogue) -> None:
    catalogue = make(real, a={"harder": ("b", "zz")}, b={"easier": ("a", "yy")})
    assert loops(catalogue, MARKS) == []


def test_a_lone_exercise_is_told_its_peers(real: Catalogue) -> None:
    move = real.exercises["cat-cow"].movements
    catalogue = make(real, a={}, b={}, c={}, d={}, e={"movements": ("rotation", *move)})
    found = said(lonely_exercises(catalogue, MARKS))
    label = real.taxonomy["movements"][move[0]].label
    assert found[0] == (
        f"content/exercises/a.yml:8:5: W307 field 'movements[1]': no easier or harder version, "
        f"yet 'b', 'c', 'd' also have {label!r} as the main movement; link the nearest one in "
        "'easier' or 'harder' so a reader who finds this too hard or too easy has a next step")
    assert found[1].startswith("content/exercises/b.yml:1:1: W307 field 'movements[1]': no "
                               "easier or harder version, yet 'a', 'c', 'd' also have")
    assert len(found) == 4  # e is alone in its movement: no peers to link


def test_one_peer_has_and_linked_exercises_are_left_alone(real: Catalogue) -> None:
    move = real.exercises["cat-cow"].movements[0]
    label = real.taxonomy["movements"][move].label
    catalogue = make(real, a={}, b={})
    assert said(lonely_exercises(catalogue, MARKS))[0] == (
        f"content/exercises/a.yml:8:5: W307 field 'movements[1]': no easier or harder version, "
        f"yet 'b' also has {label!r} as the main movement; link the nearest one in 'easier' or "
        "'harder' so a reader who finds this too hard or too easy has a next step")
    linked = make(real, a={"harder": ("b",)}, b={"easier": ("a",)}, c={"easier": ("zz",)})
    assert said(lonely_exercises(linked, MARKS)) == []


def test_a_step_of_two_levels(real: Catalogue) -> None:
    catalogue = make(real, a={"level": "beginner", "harder": ("b",)},
                     b={"level": "advanced", "easier": ("a",)})
    assert said(step_problems(catalogue, MARKS)) == [
        "content/exercises/a.yml:30:10: W308 field 'harder[1]': 'a' is beginner and 'b' is "
        "advanced, more than one level apart; link a version in between"]
    one_level = make(real, a={"level": "beginner", "harder": ("b",)},
                     b={"level": "intermediate"})
    assert said(step_problems(one_level, MARKS)) == []
    easier_way = make(real, a={"level": "advanced"},
                      b={"level": "beginner", "easier": ("a",)})
    assert said(step_problems(easier_way, MARKS)) == []  # b is easier than a by its level


def test_a_step_onto_the_floor_must_say_so(real: Catalogue) -> None:
    catalogue = make(real, a={"position": "seated", "level": "beginner"},
                     b={"position": "hands-and-knees", "level": "beginner", "easier": ("a",)})
    assert said(step_problems(catalogue, MARKS)) == [
        "content/exercises/b.yml:29:11: W309 field 'easier[1]': 'a' is done seated and 'b' "
        "hands-and-knees, one on the floor and one off it; say so in the 'progress_when' of "
        "'a' (mention the floor)"]
    told = make(real, a={"position": "seated", "progress_when": "When the FLOOR is easy."},
                b={"position": "hands-and-knees", "easier": ("a",)})
    assert said(step_problems(told, MARKS)) == []
    not_a_word = make(real, a={"position": "seated", "progress_when": "On floors."},
                      b={"position": "hands-and-knees", "easier": ("a",)})
    assert len(said(step_problems(not_a_word, MARKS))) == 1
    both_floor = make(real, a={"position": "kneeling"},
                      b={"position": "hands-and-knees", "easier": ("a",)})
    assert said(step_problems(both_floor, MARKS)) == []


def test_each_linked_pair_is_judged_once_at_the_easier_end_first(real: Catalogue) -> None:
    catalogue = make(real, a={"level": "beginner", "position": "seated", "harder": ("b",)},
                     b={"level": "advanced", "position": "kneeling", "easier": ("a",)},
                     c={"level": "beginner", "harder": ("zz",), "easier": ("yy",)})
    assert [p.code + " " + p.path for p in step_problems(catalogue, MARKS)] == [
        "W308 content/exercises/a.yml", "W309 content/exercises/a.yml"]
    second = make(real, a={"level": "beginner", "position": "seated", "harder": ("x", "b")},
                  b={"level": "advanced", "position": "seated"})
    assert [(p.code, p.line, p.col) for p in step_problems(second, MARKS)] == [("W308", 30, 9)]
    assert "'harder[2]'" in str(next(iter(step_problems(second, MARKS))))


def test_the_real_catalogue_has_none_of_these(real: Catalogue) -> None:
    marks = Marks({})
    assert [*loops(real, marks), *lonely_exercises(real, marks),
            *step_problems(real, marks)] == []



def test_lone_exercises_after_linked_ones_are_still_told(real: Catalogue) -> None:
    catalogue = make(real, a={"harder": ("b",)}, b={"easier": ("a",)}, c={}, d={})
    assert [p.path for p in lonely_exercises(catalogue, MARKS)] == [
        "content/exercises/c.yml", "content/exercises/d.yml"]


def test_three_peers_are_named_and_a_fourth_is_dotted(real: Catalogue) -> None:
    four = make(real, a={}, b={}, c={}, d={}, e={})
    first = str(next(iter(lonely_exercises(four, MARKS))))
    assert "yet 'b', 'c', 'd' ... also have" in first
    three = make(real, a={}, b={}, c={}, d={})
    assert "yet 'b', 'c', 'd' also have" in str(next(iter(lonely_exercises(three, MARKS))))


def test_a_level_without_a_rank_counts_as_below_every_ranked_one(real: Catalogue) -> None:
    levels = dict(real.taxonomy["levels"])
    levels["beginner"] = dataclasses.replace(levels["beginner"], extra={
        k: v for k, v in levels["beginner"].extra.items() if k != "rank"})
    taxonomy = {**real.taxonomy, "levels": levels}
    catalogue = dataclasses.replace(
        make(real, a={"level": "beginner", "harder": ("b",)}, b={"level": "intermediate"}),
        taxonomy=taxonomy)
    assert [p.code for p in step_problems(catalogue, MARKS)] == ["W308"]  # 0 to 2


def test_a_pair_named_twice_is_judged_once(real: Catalogue) -> None:
    catalogue = make(real, a={"level": "beginner"},
                     b={"level": "advanced", "easier": ("a", "a")},
                     c={"level": "beginner", "harder": ("d", "d")}, d={"level": "advanced"})
    assert [(p.code, p.path) for p in step_problems(catalogue, MARKS)] == [
        ("W308", "content/exercises/c.yml"), ("W308", "content/exercises/b.yml")]
