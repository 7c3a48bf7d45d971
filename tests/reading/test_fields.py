"""Reading YAML into the real models (Dose, Modification, Glossary) field by field."""

from __future__ import annotations

import yaml

from generator.models.content import Dose, DoseChange, Glossary, GlossaryTerm, Modification
from generator.reading.fields import _required, read_model, read_value
from generator.reading.nodes import Reading

DISPLAY = "content/exercises/x.yml"


def reading(**special: object) -> Reading:
    return Reading(DISPLAY, {"dose_modes": {"reps", "hold", "time", "breaths"}},
                   special=special)  # type: ignore[arg-type]


def root(text: str) -> yaml.Node:
    return yaml.compose(text, Loader=yaml.SafeLoader)


def said(state: Reading) -> list[str]:
    return [str(p).removeprefix(DISPLAY + ":") for p in state.problems]


def test_a_dose_is_read_with_its_types_and_defaults() -> None:
    state = reading()
    dose = read_model(Dose, root("mode: hold\nsets: 2\nreps: 0x0A\nhold_s: 1_0\n"
                                 "per_side: yes\nrest_s: 0\n"), state, "dose")
    assert dose == Dose(mode="hold", sets=2, reps=10, hold_s=10, per_side=True, rest_s=0)
    assert state.problems == []
    assert state.marks == {"dose.mode": (1, 7), "dose.sets": (2, 7), "dose.reps": (3, 7),
                           "dose.hold_s": (4, 9), "dose.per_side": (5, 11),
                           "dose.rest_s": (6, 9)}


def test_booleans_in_each_spelling() -> None:
    for text, value in (("true", True), ("On", True), ("Yes", True), ("TRUE", True),
                        ("false", False), ("no", False), ("off", False), ("y", None)):
        state = reading()
        dose = read_model(Dose, root(f"mode: reps\nper_side: {text}\n"), state)
        assert (dose.per_side if dose else None) is value, (text, said(state))


def test_a_null_is_none_only_where_the_field_may_be_empty() -> None:
    state = reading()
    assert read_model(DoseChange, root("reps: ~\nper_side:\n"), state) == DoseChange()
    assert read_model(Dose, root("mode: reps\nsets: ~\n"), state) is None
    assert said(state) == [
        "2:7: E103 field 'sets': expected a whole number, got nothing (an empty value)"]


def test_wrong_types_and_numbers() -> None:
    state = reading()
    text = ("mode: [reps]\nsets: '2'\nreps: 0x_\nhold_s: " + "9" * 45 + "\nrest_s: 007\n"
            "breaths: 1.5\nper_side: 1\nduration_s: 1:30\n")
    assert read_model(Dose, root(text), state) is None
    assert said(state) == [
        "1:7: E103 field 'mode': expected text, got a list",
        "2:7: E103 field 'sets': expected a whole number, got '2'",
        "3:7: E103 field 'reps': expected a whole number, got 0x_",
        "4:9: E104 field 'hold_s': " + "9" * 45 + " is out of range; expected 1 to 180",
        "6:10: E103 field 'breaths': expected a whole number, got 1.5",
        "7:11: E103 field 'per_side': expected true or false, got 1",
    ]
    assert read_model(Dose, root("mode: time\nduration_s: 1:30\nrest_s: 007\n"),
                      reading()) == Dose(mode="time", duration_s=90, rest_s=7)
    # YAML 1.1, which the loader reads: a leading 0 makes a number octal.
    assert read_model(Dose, root("mode: reps\nrest_s: 010\nreps: 017\n"),
                      reading()) == Dose(mode="reps", rest_s=8, reps=15)


def test_long_plain_numbers_are_read_the_slow_way_and_range_checked() -> None:
    state = reading()
    assert read_model(Dose, root("mode: reps\nreps: " + "1" * 19 + "\n"), state) is None
    assert read_model(Dose, root("mode: reps\nreps: " + "1" * 40 + "\n"), state) is None
    assert read_model(Dose, root("mode: reps\nreps: 50\n"), state) == Dose(mode="reps", reps=50)
    assert said(state) == [
        "2:7: E104 field 'reps': " + "1" * 19 + " is out of range; expected 1 to 50",
        "2:7: E104 field 'reps': " + "1" * 40 + " is out of range; expected 1 to 50",
    ]


def test_missing_and_derived_fields() -> None:
    _required.cache_clear()  # worked out afresh here, not taken from an earlier test's cache
    state = reading()
    assert read_model(Modification, root("who: People with sore wrists\n"), state) is None
    state2 = reading()
    assert read_model(GlossaryTerm, root("term: Arch\ndefinition: A curve.\nid: arch\n"),
                      state2, id="arch") is None
    assert said(state) == ["1:1: E101 missing required field 'how' (what they should do "
                           "instead)"]
    assert said(state2) == [
        "3:1: E102 field 'id' is not written in the file: it comes from the file's name and "
        "place ('arch'); remove it, and rename the file to change it"]
    assert read_model(Modification, root("- a\n"), reading()) is None


def test_lists_of_models_with_their_labels_and_minimum() -> None:
    state = reading()
    glossary = read_model(Glossary, root(
        "terms:\n  - id: arch\n    term: Arch\n    definition: A curve.\n"
        "    matches: [arch, arches]\n  - id: Bad Id\n    term: x\n    definition: y\n"),
        state)
    assert glossary is None
    assert said(state) == ["6:9: E103 field 'terms[2].id': 'Bad Id' does not match "
                           "^[a-z0-9]+(-[a-z0-9]+)*$"]
    assert state.marks["terms[1].matches[2]"] == (5, 21)
    good = read_model(Glossary, root("terms: []\n"), reading())
    assert good == Glossary(terms=())


def test_too_few_items_is_reported_once_with_its_number() -> None:
    from generator.models.content import Exercise
    _, meta, _ = __import__("generator.models.content", fromlist=["model_fields"]).model_fields(
        Exercise)["steps"]
    state = reading()
    assert read_value(tuple[str, ...], meta, root("[]"), state, "steps") == ()
    assert read_value(tuple[str, ...], {**meta, "min_items": 2}, root("[a]"), state,
                      "steps") == ("a",)
    assert said(state) == ["1:1: E108 field 'steps': needs at least 1 item",
                           "1:1: E108 field 'steps': needs at least 2 items"]
    assert read_value(tuple[str, ...], meta, root("a"), state, "steps") is None


def test_a_special_field_is_read_by_its_own_reader() -> None:
    seen = []

    def figure(node: yaml.Node, state: Reading, label: str) -> str:
        seen.append((node.value, label))
        return "drawn"

    state = reading(figure=figure)
    assert read_value(object, {"reader": "figure", "doc": "x"}, root("side"), state,
                      "figure") == "drawn"
    assert seen == [("side", "figure")]
    assert state.marks == {"figure": (1, 1)}


def test_what_a_required_field_holds_is_its_doc_in_lower_case_without_the_full_stop() -> None:
    from generator.reading.fields import _what_it_holds
    assert _what_it_holds({"doc": "What they should do instead."}) == "what they should do instead"
    assert _what_it_holds({"doc": "How many rounds to do"}) == "how many rounds to do"
    assert _what_it_holds({"doc": "The X. Or the Y..."}) == "the X. Or the Y"
    assert _what_it_holds({"doc": "Where to put the X."}) == "where to put the X"


def test_every_field_after_a_derived_one_is_still_read() -> None:
    state = reading()
    assert read_model(GlossaryTerm, root("id: arch\nterm: [Arch]\ndefinition: A curve.\n"),
                      state, id="arch") is None
    assert said(state) == [
        "1:1: E102 field 'id' is not written in the file: it comes from the file's name and "
        "place ('arch'); remove it, and rename the file to change it",
        "2:7: E103 field 'term': expected text, got a list"]
