"""A field's value against its rules (range, emptiness, placeholder, vocabulary, pattern)."""

from __future__ import annotations

import yaml

from generator.reading.nodes import Reading
from generator.reading.values import check_range, check_text

NODE = yaml.compose("x: 1\n", Loader=yaml.SafeLoader).value[0][1]  # at line 1, column 4
WHERE = "content/exercises/x.yml:1:4:"


def reading() -> Reading:
    return Reading("content/exercises/x.yml", {"positions": {"seated", "standing"}})


def said(state: Reading) -> list[str]:
    return [str(p).removeprefix(WHERE + " ") for p in state.problems]


def test_a_number_inside_its_range_is_kept_at_both_ends() -> None:
    state = reading()
    meta = {"minimum": 1, "maximum": 180}
    assert [check_range(v, meta, NODE, state, "hold_s") for v in (1, 180, 90)] == [1, 180, 90]
    assert check_range(-5, {"maximum": 3}, NODE, state, "n") == -5
    assert check_range(10**6, {"minimum": 0}, NODE, state, "n") == 10**6
    assert state.problems == []


def test_a_number_outside_its_range_is_reported() -> None:
    state = reading()
    meta = {"minimum": 1, "maximum": 180}
    assert check_range(0, meta, NODE, state, "hold_s") is None
    assert check_range(181, meta, NODE, state, "dose.hold_s") is None
    assert check_range(-1, {"minimum": 0}, NODE, state, "n") is None
    assert check_range(4, {"maximum": 3}, NODE, state, "n") is None
    assert said(state) == [
        "E104 field 'hold_s': 0 is out of range; expected 1 to 180",
        "E104 field 'dose.hold_s': 181 is out of range; expected 1 to 180",
        "E104 field 'n': -1 is out of range; expected 0 to None",
        "E104 field 'n': 4 is out of range; expected None to 3",
    ]


def test_a_huge_or_missing_number_is_shown_as_written() -> None:
    state = reading()
    huge = yaml.compose("x: " + "9" * 70 + "\n", Loader=yaml.SafeLoader).value[0][1]
    assert check_range(int("9" * 70), {"maximum": 3}, huge, state, "n") is None
    assert check_range(10**18, {"maximum": 3}, NODE, state, "n") is None
    assert check_range(10**18 - 1, {"maximum": 3}, NODE, state, "n") is None
    assert check_range(None, {}, NODE, state, "n") is None
    assert [str(p) for p in state.problems] == [
        "content/exercises/x.yml:1:4: E104 field 'n': " + "9" * 57 + "... is out of range; "
        "expected None to 3",
        "content/exercises/x.yml:1:4: E104 field 'n': 1 is out of range; expected None to 3",
        f"content/exercises/x.yml:1:4: E104 field 'n': {10**18 - 1} is out of range; "
        "expected None to 3",
        "content/exercises/x.yml:1:4: E104 field 'n': 1 is out of range; expected None to None",
    ]


SETUP = {"doc": "How to get into the starting position."}


def test_good_text_is_kept() -> None:
    state = reading()
    assert check_text("Sit tall.", SETUP, NODE, state, "setup") == "Sit tall."
    assert check_text("seated", {"doc": "x", "vocab": "positions"}, NODE, state, "p") == "seated"
    assert check_text("https://a.org/x%20y", {"doc": "x", "pattern": r"https://"}, NODE, state,
                      "url") == "https://a.org/x%20y"
    assert check_text("a (b)", {"doc": "x"}, NODE, state, "t") == "a (b)"  # no pattern: kept
    assert state.problems == []


def test_empty_placeholder_and_bad_characters() -> None:
    state = reading()
    assert check_text("\u200b ", SETUP, NODE, state, "setup") is None
    assert check_text("TODO: say how", SETUP, NODE, state, "setup") is None
    assert check_text("a TODO: later", SETUP, NODE, state, "setup") == "a TODO: later"
    assert check_text("a\x00", SETUP, NODE, state, "setup") is None
    assert check_text("", {"doc": "Where to put the X."}, NODE, state, "where") is None
    assert said(state) == [
        "E106 field 'setup': is empty; write how to get into the starting position",
        "E107 field 'setup': still holds the placeholder 'TODO: say how'; replace it with "
        "real text",
        "E109 field 'setup': holds the control character U+0000 (character 2); delete it",
        "E106 field 'where': is empty; write where to put the X",
    ]


def test_a_value_outside_its_vocabulary() -> None:
    state = reading()
    meta = {"doc": "x", "vocab": "positions"}
    assert check_text("sated", meta, NODE, state, "position") is None
    assert check_text("lying", meta, NODE, state, "position") is None
    assert said(state) == [
        "E105 field 'position': unknown value 'sated'; did you mean 'seated'? (values come "
        "from content/taxonomy.yml)",
        "E105 field 'position': unknown value 'lying'; expected one of: seated, standing "
        "(values come from content/taxonomy.yml)",
    ]


def test_a_patterned_value_that_does_not_match_or_would_break_its_link() -> None:
    state = reading()
    meta = {"doc": "x", "pattern": r"https://"}
    assert check_text("http://a.org", meta, NODE, state, "source") is None
    assert check_text("https://a)[x](javascript:1)", meta, NODE, state, "source") is None
    assert check_text("https://a.org/\\", meta, NODE, state, "source") is None
    assert check_text("xhttps://a.org", meta, NODE, state, "source") is None
    assert said(state) == [
        "E103 field 'source': 'http://a.org' does not match https://",
        "E103 field 'source': 'https://a)[x](javascript:1)' holds ')', which would break the "
        "link; write it as %29",
        "E103 field 'source': 'https://a.org/\\\\' holds '\\\\', which would break the link; "
        "write it as %5C",
        "E103 field 'source': 'xhttps://a.org' does not match https://",
    ]
