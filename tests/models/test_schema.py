"""The JSON Schemas editors use: generated from the models, committed, and true to the content."""

from __future__ import annotations

import copy
import dataclasses
import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.build import load_taxonomy
from generator.commands.new import render_scaffold
from generator.figure.schema import field_schemas
from generator.models.content import Exercise, Routine, model_fields
from generator.models.schema import SCHEMAS, schema_files
from tests.conftest import ROOT

CONTENT = ROOT / "content"
SCHEMA_DIR = ROOT / "schemas"
DRAFT_07 = "http://json-schema.org/draft-07/schema#"
TAXONOMY = load_taxonomy(CONTENT)
FOLDERS = {"exercise": "exercises", "routine": "routines"}


def committed(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


def validator(kind: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(committed(kind))


def content_files() -> list[tuple[str, Path]]:
    return [(kind, path) for kind, folder in FOLDERS.items()
            for path in sorted((CONTENT / folder).glob("*.yml"))]


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# ---- one source of truth ------------------------------------------------------------------


def test_committed_schemas_are_what_the_model_generates() -> None:
    generated = schema_files(TAXONOMY, field_schemas())
    assert sorted(p.name for p in SCHEMA_DIR.iterdir()) == sorted(generated), \
        "schemas/ holds other files than the generator writes; run `make schema`"
    for name, text in generated.items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, \
            f"schemas/{name} differs from what the models generate; run `make schema` and commit it"


@pytest.mark.parametrize("kind", SCHEMAS)
def test_schemas_are_valid_draft_07(kind: str) -> None:
    schema = committed(kind)
    assert schema["$schema"] == DRAFT_07
    jsonschema.Draft7Validator.check_schema(schema)


def test_the_site_publishes_the_committed_schemas(built_site: Path) -> None:
    for kind in SCHEMAS:
        published = built_site / "schemas" / f"{kind}.schema.json"
        assert json.loads(published.read_text(encoding="utf-8")) == committed(kind)


# ---- the schema accepts the content and rejects mistakes ----------------------------------


@pytest.mark.parametrize(("kind", "path"), content_files(),
                         ids=[p.relative_to(CONTENT).as_posix() for _, p in content_files()])
def test_every_content_file_validates_against_its_schema(kind: str, path: Path) -> None:
    errors = [f"{e.json_path}: {e.message}" for e in validator(kind).iter_errors(load(path))]
    assert errors == []


@pytest.mark.parametrize(("kind", "path"), content_files(),
                         ids=[p.relative_to(CONTENT).as_posix() for _, p in content_files()])
def test_every_content_file_names_its_schema_on_the_first_line(kind: str, path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json", \
        "start the file with the schema line, as `python -m generator new` writes it"
    target = path.parent / first.split("=", 1)[1]
    assert target.resolve() == (SCHEMA_DIR / f"{kind}.schema.json").resolve()


def _exercise() -> dict[str, Any]:
    return copy.deepcopy(load(CONTENT / "exercises" / "cat-cow.yml"))


def _routine() -> dict[str, Any]:
    return copy.deepcopy(load(CONTENT / "routines" / "desk-break.yml"))


def _with(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """Gives document with the value at a dotted path ('dose.reps', 'items.0.exercise')."""
    *parents, last = path.split(".")
    here: Any = document
    for part in parents:
        here = here[int(part)] if isinstance(here, list) else here[part]
    if isinstance(here, list):
        here[int(last)] = value
    else:
        here[last] = value
    return document


def _without(document: dict[str, Any], key: str) -> dict[str, Any]:
    del document[key]
    return document


BAD_DOCUMENTS = {
    "unknown field": ("exercise", lambda: _with(_exercise(), "dose.hold_secs", 5),
                      "additionalProperties", "$.dose"),
    "misspelled top-level field": ("exercise", lambda: _with(_exercise(), "stopif", ["x"]),
                                   "additionalProperties", "$"),
    "wrong vocabulary value": ("exercise", lambda: _with(_exercise(), "position", "standin"),
                               "enum", "$.position"),
    "wrong value in a vocabulary list": ("exercise",
                                         lambda: _with(_exercise(), "regions", ["upper back"]),
                                         "enum", "$.regions[0]"),
    "text for a whole number": ("exercise", lambda: _with(_exercise(), "dose.reps", "ten"),
                                "type", "$.dose.reps"),
    "number out of range": ("exercise", lambda: _with(_exercise(), "dose.hold_s", 3600),
                            "maximum", "$.dose.hold_s"),
    "missing required field": ("exercise", lambda: _without(_exercise(), "feel"),
                               "required", "$"),
    "empty list": ("exercise", lambda: _with(_exercise(), "stop_if", []), "minItems",
                   "$.stop_if"),
    "mapping for an address": ("exercise", lambda: _with(_exercise(), "references.0.url",
                                                         {"x": 1}), "type",
                               "$.references[0].url"),
    "routine: unknown field in an item": ("routine", lambda: _with(_routine(), "items.0.reps",
                                                                    5),
                                          "additionalProperties", "$.items[0]"),
    "routine: text for a dose number": ("routine", lambda: _with(_routine(), "items.1.dose",
                                                                  {"reps": "six"}),
                                        "type", "$.items[1].dose.reps"),
    "routine: neither items nor sections": ("routine", lambda: _without(_routine(), "items"),
                                            "oneOf", "$"),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_the_schema_rejects_typical_mistakes(case: str) -> None:
    kind, make, keyword, where = BAD_DOCUMENTS[case]
    errors = [(e.validator, e.json_path) for e in validator(kind).iter_errors(make())]
    assert errors == [(keyword, where)]


def test_the_schema_accepts_an_empty_optional_value_as_the_validator_does() -> None:
    document = _with(_exercise(), "progress_when", None)
    assert list(validator("exercise").iter_errors(document)) == []


@pytest.mark.parametrize("kind", SCHEMAS)
def test_a_fresh_scaffold_shows_no_schema_error_in_the_editor(kind: str) -> None:
    vocabularies = {name: list(values) for name, values in TAXONOMY.items()}
    document = yaml.safe_load(render_scaffold(kind, "Wall Angel", vocabularies))
    assert [e.message for e in validator(kind).iter_errors(document)] == []


# ---- descriptions, vocabularies and examples ----------------------------------------------


def properties(schema: dict[str, Any], path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Gives (path, schema) of every named property at every depth, figures included."""
    for name, sub in schema.get("properties", {}).items():
        yield f"{path}.{name}", sub
        yield from properties(sub, f"{path}.{name}")
    if isinstance(schema.get("items"), dict):
        yield from properties(schema["items"], f"{path}[]")
    for keyword in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(keyword, []):
            yield from properties(sub, path)


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_property_at_every_depth_has_a_description(kind: str) -> None:
    found = list(properties(committed(kind)))
    assert len(found) > 20
    assert [path for path, sub in found if not sub.get("description", "").strip()] == []


def model_properties(model: type, schema: dict[str, Any],
                     path: str = "$") -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Gives (path, metadata, schema) of every field of a model, walking nested models."""
    for name, (tp, meta, _) in model_fields(model).items():
        sub = schema["properties"][name]
        yield f"{path}.{name}", meta, sub
        inner = next(t for t in typing.get_args(tp) if t is not type(None)) \
            if isinstance(tp, types.UnionType) else tp
        if typing.get_origin(inner) is tuple:
            inner, sub = typing.get_args(inner)[0], sub["items"]
        if dataclasses.is_dataclass(inner):
            yield from model_properties(inner, sub, f"{path}.{name}")


def _values(sub: dict[str, Any]) -> list[Any]:
    return sub.get("enum") or sub.get("items", {}).get("enum") or []


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_vocabulary_field_lists_the_taxonomy_values(kind: str) -> None:
    fields = [(path, meta, sub) for path, meta, sub in model_properties(SCHEMAS[kind],
                                                                        committed(kind))
              if "vocab" in meta]
    assert fields
    for path, meta, sub in fields:
        expected = list(TAXONOMY[meta["vocab"]])
        assert [v for v in _values(sub) if v is not None] == expected, path


def test_the_vocabulary_fields_are_the_expected_ones() -> None:
    paths = {path for kind in SCHEMAS
             for path, meta, _ in model_properties(SCHEMAS[kind], committed(kind))
             if "vocab" in meta}
    assert {"$.regions", "$.movements", "$.position", "$.equipment", "$.level", "$.kind",
            "$.dose.mode", "$.limits.positions", "$.limits.equipment"} <= paths


@pytest.mark.parametrize("kind", SCHEMAS)
def test_examples_are_given_for_numbers_vocabularies_and_every_field_the_model_exemplifies(
        kind: str) -> None:
    missing = []
    for path, meta, sub in model_properties(SCHEMAS[kind], committed(kind)):
        kinds = sub.get("type") if isinstance(sub.get("type"), list) else [sub.get("type")]
        if "example" in meta:
            given = sub.get("examples") == [meta["example"]]
        else:
            given = bool(sub.get("examples")) or not ("vocab" in meta or "integer" in kinds)
        if not given:
            missing.append(path)
    assert missing == []


def test_the_figure_and_picture_formats_carry_examples() -> None:
    schema = committed("exercise")["properties"]
    for field in ("figure", "image"):
        examples = [path for path, sub in properties(schema[field]) if sub.get("examples")]
        assert len(examples) >= 3, field
    assert schema["image"]["properties"]["licence"]["enum"] == \
        ["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "public-domain"]


def test_every_example_is_valid_for_its_own_property() -> None:
    for kind in SCHEMAS:
        for path, sub in properties(committed(kind)):
            for example in sub.get("examples", []):
                errors = list(jsonschema.Draft7Validator(sub).iter_errors(example))
                assert errors == [], f"{kind} {path}: example {example!r}"


def test_the_schema_lists_every_model_field_in_order() -> None:
    for kind, model in SCHEMAS.items():
        assert list(committed(kind)["properties"]) == list(model_fields(model)), kind
    assert set(model_fields(Exercise)) >= {"name", "steps", "stop_if", "figure"}
    assert set(model_fields(Routine)) >= {"items", "sections", "limits"}
