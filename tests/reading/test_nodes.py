"""The one reader of YAML nodes: each function on real parsed YAML, with its exact messages."""

from __future__ import annotations

import yaml

from generator.reading.nodes import (
    Reading,
    bad_characters,
    describe,
    field_label,
    is_blank,
    join,
    read_choice,
    read_list,
    read_mapping,
    read_text,
)


def node(text: str) -> yaml.Node:
    """Gives the root node of a YAML text, with its marks."""
    return yaml.compose(text, Loader=yaml.SafeLoader)


def inner(text: str) -> yaml.Node:
    """Gives the value node of 'key: text', which starts at line 1, column 6."""
    return node(f"key: {text}").value[0][1]


def reading() -> Reading:
    return Reading("content/exercises/x.yml", {})


def said(state: Reading) -> list[str]:
    return [str(p) for p in state.problems]


def test_describe_names_each_kind_of_value() -> None:
    assert describe(node("{a: 1}")) == "a mapping"
    assert describe(node("[1]")) == "a list"
    assert describe(node("a: ~").value[0][1]) == "nothing (an empty value)"
    assert describe(node("'ten'")) == "'ten'"
    assert describe(node("12")) == "12"
    assert describe(node("x" * 70)) == repr("x" * 57 + "...")
    assert describe(node("1" * 70)) == "1" * 57 + "..."


def test_labels_and_joins() -> None:
    assert field_label("reps") == "field 'reps': "
    assert field_label("") == ""
    assert join("figure", "view") == "figure.view"
    assert join("", "view") == "view"


def test_report_places_a_problem_at_its_node_or_at_the_start() -> None:
    state = reading()
    state.report(node("a: 1\nbb: 2\n").value[1][1], "E104", "too big")
    state.report(None, "E101", "missing")
    assert said(state) == ["content/exercises/x.yml:2:5: E104 too big",
                           "content/exercises/x.yml:1:1: E101 missing"]


def test_read_mapping_gives_the_allowed_keys_and_reports_the_rest() -> None:
    state = reading()
    root = node("reps: 1\nrepz: 2\nextra: 3\n[a]: 4\n")
    given = read_mapping(root, state, "dose", allowed={"reps", "hold_s"},
                         required={"hold_s": "how long to hold"}, passed={"extra"})
    assert given is not None and {k: v.value for k, (_, v) in given.items()} == {
        "reps": "1", "extra": "3"}
    assert given["reps"][0].value == "reps"
    assert said(state) == [
        "content/exercises/x.yml:2:1: E102 unknown field 'repz' in 'dose'; did you mean 'reps'?",
        "content/exercises/x.yml:4:1: E102 field 'dose': a field name must be a word such as "
        "'name', got a list",
        "content/exercises/x.yml:1:1: E101 missing required field 'dose.hold_s' "
        "(how long to hold)",
    ]


def test_read_mapping_at_the_top_and_of_other_kinds_of_key() -> None:
    state = reading()
    assert read_mapping(node("zzz: 1\n"), state, "", allowed={"name"}, required={}) == {}
    given = read_mapping(node("{a: 1}: 2\n"), state, "joints", allowed={"knee"}, required={},
                         kind="joint")
    assert given == {}
    assert read_mapping(node("{}: 2\n"), state, "joints", allowed=(), required={},
                        kind="joint") == {}
    assert said(state) == [
        "content/exercises/x.yml:1:1: E102 unknown field 'zzz'; expected one of: name",
        "content/exercises/x.yml:1:1: E102 field 'joints': a joint name must be a word such "
        "as 'knee', got a mapping",
        "content/exercises/x.yml:1:1: E102 field 'joints': a joint name must be a word such "
        "as 'name', got a mapping",
    ]


def test_read_mapping_refuses_what_is_not_a_mapping() -> None:
    state = reading()
    assert read_mapping(inner("[a]"), state, "dose", allowed=(), required={"x": "y"}) is None
    assert said(state) == ["content/exercises/x.yml:1:6: E103 field 'dose': expected a "
                           "mapping of fields, got a list"]


def test_read_list() -> None:
    state = reading()
    items = read_list(node("[a, b]"), state, "steps")
    assert [i.value for i in items or []] == ["a", "b"]
    assert read_list(node("a"), state, "steps") is None
    assert said(state) == ["content/exercises/x.yml:1:1: E103 field 'steps': expected a list, "
                           "got 'a'"]


def test_read_text_strips_and_refuses_other_types() -> None:
    state = reading()
    assert read_text(node("'  Stand tall.  '"), state, "setup") == "Stand tall."
    assert read_text(inner("12"), state, "setup") is None
    assert read_text(node("[a]"), state, "setup") is None
    assert said(state) == [
        "content/exercises/x.yml:1:6: E103 field 'setup': expected text, got 12",
        "content/exercises/x.yml:1:1: E103 field 'setup': expected text, got a list",
    ]


def test_bad_characters_name_the_character_and_where_it_is() -> None:
    state = reading()
    text = node("x")
    assert bad_characters("fine\ttext\n", text, state, "feel") is False
    assert bad_characters("ab\x07c", text, state, "feel") is True
    assert bad_characters("a\x7f", text, state, "") is True
    assert bad_characters("abc\ufffe", text, state, "feel") is True
    assert bad_characters("\U0010ffff", text, state, "feel") is True
    assert bad_characters("a\ufdd0\x01", text, state, "feel") is True  # the control first
    assert said(state) == [
        "content/exercises/x.yml:1:1: E109 field 'feel': holds the control character U+0007 "
        "(character 3); delete it",
        "content/exercises/x.yml:1:1: E109 holds the control character U+007F (character 2); "
        "delete it",
        "content/exercises/x.yml:1:1: E109 field 'feel': holds U+FFFE (character 4), which "
        "Unicode reserves as a noncharacter and no text may hold; delete it",
        "content/exercises/x.yml:1:1: E109 field 'feel': holds U+10FFFF (character 1), which "
        "Unicode reserves as a noncharacter and no text may hold; delete it",
        "content/exercises/x.yml:1:1: E109 field 'feel': holds the control character U+0001 "
        "(character 3); delete it",
    ]
    assert read_text(node('"a\\x07"'), reading(), "feel") is None


def test_is_blank() -> None:
    assert is_blank("") and is_blank(" \n\u200b\ufeff\u2060")
    assert not is_blank(" a ")


def test_read_choice() -> None:
    state = reading()
    assert read_choice(node("side"), state, "view", "view", {"side", "front"}) == "side"
    assert read_choice(inner("sde"), state, "view", "view", {"side", "front"}) is None
    assert read_choice(node("[side]"), state, "view", "view", {"side"}) is None
    assert said(state) == [
        "content/exercises/x.yml:1:6: E105 field 'view': unknown view 'sde'; did you mean "
        "'side'?",
        "content/exercises/x.yml:1:1: E103 field 'view': expected text, got a list",
    ]
