"""Property-based tests: whatever a file holds, the generator answers with content problems.

Arbitrary text, bytes and YAML documents in an exercise file, and arbitrary values in every
field of an exercise and a routine, never raise anything but the project's own ContentError;
when such a value is accepted, its pages render. Valid random exercises build in strict MkDocs.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.build import generate
from generator.checks.review import SENTENCE_END
from generator.errors import ContentError
from generator.models.content import Dose, Exercise, Modification, Reference, Routine, model_fields
from generator.models.ids import LINK_PATTERN
from generator.render.pages import render_pages
from generator.validate import validate_content
from tests.conftest import FIXTURE_CONTENT

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "80"))
"""Examples per property; PROPERTY_EXAMPLES=3000 makes a longer hunt."""
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
EVERY_FIELD = settings(FAST, max_examples=3 * EXAMPLES)  # about five values for each field

SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(-10**60, 10**60)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40)
           | st.sampled_from(["", " ", "TODO: x", "reps", "standing", "beginner", "wall-press",
                              "https://example.org/", "0x1F", "1:30", "yes", "~", "null"]))
YAML_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=12) | st.sampled_from(sorted(model_fields(Exercise))),
                      inner, max_size=4),
    max_leaves=12)
"""Any value PyYAML can write: scalars, lists and mappings nested a few levels."""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the fixture content set, whose files the examples overwrite."""
    folder = tmp_path_factory.mktemp("properties")
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    return folder


def fixture_data(path: str) -> dict[str, Any]:
    return yaml.safe_load((FIXTURE_CONTENT / path).read_text(encoding="utf-8"))


def check(project: Path, path: str, data: bytes) -> None:
    """Writes data to a content file, checks and (when it is accepted) renders everything."""
    target = project / "content" / path
    original = (FIXTURE_CONTENT / path).read_bytes() if (FIXTURE_CONTENT / path).is_file() else None
    target.write_bytes(data)
    try:
        catalogue, problems = validate_content(project / "content")
        if catalogue is not None:
            render_pages(catalogue)
        try:
            generate(project / "content")
        except ContentError:
            assert catalogue is None
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)


def dump(data: object, unicode: bool = True) -> bytes:
    return yaml.safe_dump(data, allow_unicode=unicode, sort_keys=False).encode("utf-8")


@FAST
@given(st.text())
def test_any_text_in_an_exercise_file(project: Path, text: str) -> None:
    check(project, "exercises/x.yml", text.encode("utf-8"))


YAML_TOKENS = st.lists(st.sampled_from([
    "name: ", "dose:\n  ", "steps:\n  - ", "reps: ", " ", "  ", "\n", "\t", "- ", "[", "]",
    "{", "}", ", ", "? ", ": ", "&a ", "*a", "<<: ", "!!str ", "!!python/object:os.system ",
    "!x ", "'", '"', "\\", "# ", "|\n  ", ">-\n  ", "---\n", "...\n", "%YAML 1.1\n",
    "0x1F", "9" * 60, "1:30", "~", "yes", "text", "wall-press", "\u00e9", "\u2028", "\ufeff",
]), max_size=40).map("".join)
"""Text made of YAML's own syntax, which random characters seldom hit."""


@FAST
@given(YAML_TOKENS)
def test_any_yaml_syntax_in_an_exercise_file(project: Path, text: str) -> None:
    check(project, "exercises/x.yml", text.encode("utf-8"))


@FAST
@given(st.binary(max_size=200))
def test_any_bytes_in_an_exercise_file(project: Path, data: bytes) -> None:
    check(project, "exercises/x.yml", data)


@FAST
@given(YAML_VALUES, st.booleans())
def test_any_yaml_document_in_an_exercise_file(project: Path, data: object,
                                                unicode: bool) -> None:
    check(project, "exercises/x.yml", dump(data, unicode))


CONTENT_FILES = ("taxonomy.yml", "glossary.yml", "exercises/wall-press.yml",
                 "routines/short-set.yml")
"""Files whose every byte a contributor may change: the vocabularies, the glossary, an
exercise and a routine (everything else depends on them)."""


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """Gives a real content file with a few random edits: characters, tokens and lines."""
    path = draw(st.sampled_from(CONTENT_FILES))
    lines = (FIXTURE_CONTENT / path).read_text(encoding="utf-8").splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        edit = draw(st.sampled_from(["delete", "duplicate", "insert", "cut", "indent"]))
        if not lines:
            break
        if edit == "delete":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, lines[at])
        elif edit == "insert":
            lines.insert(at, draw(YAML_TOKENS) + "\n")
        elif edit == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            lines[at] = draw(st.sampled_from(["  ", "\t", "- ", "? "])) + lines[at]
    return path, "".join(lines).encode("utf-8")


@FAST
@given(mutated())
def test_any_edit_of_a_real_content_file(project: Path, edit: tuple[str, bytes]) -> None:
    check(project, *edit)


LAYOUT_NAMES = st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=["Cs"]),
                       min_size=1, max_size=20).filter(lambda n: n not in (".", ".."))


@st.composite
def layouts(draw: st.DrawFn) -> list[tuple[str, str, str]]:
    """Gives changes to the content tree: (what, where, name) for files, folders and links."""
    folders = ["", "exercises", "routines", "pages"]
    return draw(st.lists(st.tuples(
        st.sampled_from(["folder-for-file", "remove", "stray-file", "odd-name", "link",
                         "empty-folder"]),
        st.sampled_from(folders),
        LAYOUT_NAMES | st.sampled_from(["taxonomy.yml", "glossary.yml", "index.yml",
                                        "wall-press.yml", "x.yaml", "X.yml"])),
        min_size=1, max_size=4))


def apply_layout(content: Path, changes: list[tuple[str, str, str]]) -> None:
    for what, folder, name in changes:
        here = content / folder
        target = here / (name if name.endswith((".yml", ".yaml")) else f"{name}.yml")
        if what in ("folder-for-file", "remove", "empty-folder"):
            if target.is_file() or target.is_symlink():
                target.unlink()
            if what != "remove":
                target.mkdir(parents=True, exist_ok=True)
        elif what == "link" and not target.exists():
            target.symlink_to(content / "exercises" / "wall-press.yml")
        elif not target.exists():
            source = "wall-press.yml" if what == "odd-name" else "../taxonomy.yml"
            target.write_bytes((FIXTURE_CONTENT / "exercises" / source).resolve().read_bytes()
                               if what == "odd-name" else b"name: stray\n")


@FAST
@given(layouts())
def test_any_layout_of_the_content_folder(tmp_path_factory: pytest.TempPathFactory,
                                          changes: list[tuple[str, str, str]]) -> None:
    """Folders where files belong, missing files, links, stray and oddly named files: the
    command line answers 0 or 1 with problems, never a traceback."""
    import contextlib
    import io

    from generator.cli import main

    folder = tmp_path_factory.mktemp("layout")
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    try:
        apply_layout(folder / "content", changes)
    except OSError:  # a name this file system refuses (too long, ...): not content
        assume(False)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--content", str(folder / "content"), "check"]) in (0, 1)
        assert main(["--content", str(folder / "content"), "build", "--out",
                     str(folder / "out")]) in (0, 1)
    assert "Traceback" not in out.getvalue()
    shutil.rmtree(folder)


def field_paths(model: type, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Gives the path to every field content may set, nested models (first item) included."""
    nested = {"dose": Dose, "modify": Modification, "references": Reference}
    paths = []
    for name in model_fields(model):
        paths.append((*prefix, name))
        if model is Exercise and name in nested:
            inner = (*prefix, name) if name == "dose" else (*prefix, name, 0)
            paths += field_paths(nested[name], inner)
    return paths


EXERCISE_FIELDS = field_paths(Exercise)
ROUTINE_FIELDS = [(n,) for n in model_fields(Routine)] + [
    ("sections", 0, "title"), ("sections", 0, "items"), ("sections", 1, "items", 0, "exercise"),
    ("sections", 0, "items", 0, "dose"), ("sections", 0, "items", 0, "dose", "reps"),
    ("sections", 0, "items", 0, "note"), ("limits", "max_time_s"), ("limits", "positions")]


def with_value(data: Any, path: tuple[str | int, ...], value: object) -> Any:
    """Gives data with the value at path set (creating mappings and items on the way)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(data) if isinstance(data, list) else []
        while len(items) <= head:
            items.append({})
        items[head] = with_value(items[head], rest, value)
        return items
    mapping = dict(data) if isinstance(data, dict) else {}
    mapping[head] = with_value(mapping.get(head), rest, value)
    return mapping


@EVERY_FIELD
@given(st.sampled_from(EXERCISE_FIELDS), YAML_VALUES)
def test_any_value_in_any_exercise_field(project: Path, path: tuple[str | int, ...],
                                         value: object) -> None:
    data = with_value(fixture_data("exercises/reach-up.yml"), path, value)
    check(project, "exercises/reach-up.yml", dump(data))


@EVERY_FIELD
@given(st.sampled_from(ROUTINE_FIELDS), YAML_VALUES)
def test_any_value_in_any_routine_field(project: Path, path: tuple[str | int, ...],
                                        value: object) -> None:
    data = with_value(fixture_data("routines/short-set.yml"), path, value)
    check(project, "routines/short-set.yml", dump(data))


# Valid random exercises: text from a wide alphabet (punctuation, symbols, any script), values
# from the fixture taxonomy, doses within their ranges, and nothing a review would warn about.
TAXONOMY = fixture_data("taxonomy.yml")
TEXT = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs"),
                             blacklist_characters="\x85"), min_size=1, max_size=60).filter(
    lambda t: t.strip() and not t.strip().startswith("TODO:") and not LINK_PATTERN.search(t)
    and len(SENTENCE_END.findall(t.strip())) <= 2)
LEVELS = sorted(TAXONOMY["levels"])


def vocabulary(name: str, size: tuple[int, int] | None = None) -> st.SearchStrategy[Any]:
    values = sorted(TAXONOMY[name])
    if size is None:
        return st.sampled_from(values)
    return st.lists(st.sampled_from(values), min_size=size[0], max_size=size[1], unique=True)


@st.composite
def doses(draw: st.DrawFn, level: str) -> dict[str, Any]:
    mode = draw(vocabulary("dose_modes"))
    max_hold = TAXONOMY["levels"][level].get("max_hold_s", 180)
    dose: dict[str, Any] = {"mode": mode, "sets": draw(st.integers(1, 10)),
                            "rest_s": draw(st.integers(0, 300)), "per_side": draw(st.booleans())}
    needed = {"reps": ("reps", 1, 50), "hold": ("hold_s", 1, max_hold),
              "time": ("duration_s", 5, 600), "breaths": ("breaths", 1, 30)}[mode]
    dose[needed[0]] = draw(st.integers(needed[1], needed[2]))
    return dose


@st.composite
def exercises(draw: st.DrawFn) -> dict[str, Any]:
    level = draw(st.sampled_from(LEVELS))
    return {
        "name": draw(TEXT), "aliases": draw(st.lists(TEXT, max_size=2)),
        "summary": draw(TEXT), "regions": draw(vocabulary("regions", (1, 3))),
        "movements": draw(vocabulary("movements", (1, 2))),
        "position": draw(vocabulary("positions")),
        "equipment": draw(vocabulary("equipment", (0, 2))), "level": level,
        "kind": draw(vocabulary("kinds")), "dose": draw(doses(level)), "setup": draw(TEXT),
        "steps": draw(st.lists(TEXT, min_size=3, max_size=8)),
        "cues": draw(st.lists(TEXT, min_size=1, max_size=3)),
        "mistakes": draw(st.lists(TEXT, min_size=1, max_size=2)),
        "breathing": draw(TEXT), "feel": draw(TEXT),
        "stop_if": draw(st.lists(TEXT, min_size=1, max_size=2)),
        "avoid_if": draw(st.lists(TEXT, min_size=1, max_size=2)),
        "modify": [{"who": draw(TEXT), "how": draw(TEXT)}],
    }


RANKS = {"beginner": 0, "intermediate": 1, "advanced": 2}


def chain_by_level(catalogue: list[dict[str, Any]]) -> None:
    """Makes the random exercises one progression, as reviewed content is: a shared main
    movement, linked both ways from easier to harder, one level at a time (W304-W309)."""
    catalogue.sort(key=lambda e: RANKS[e["level"]])
    for easier, harder in itertools.pairwise(catalogue):  # no step of two levels (W308)
        if RANKS[harder["level"]] - RANKS[easier["level"]] > 1:
            harder["level"] = "intermediate"
            limit = TAXONOMY["levels"]["intermediate"].get("max_hold_s", 180)
            harder["dose"]["hold_s"] = min(harder["dose"].get("hold_s") or 0, limit) or None
            if harder["dose"]["hold_s"] is None:
                del harder["dose"]["hold_s"]
    for easier, harder in itertools.pairwise(catalogue):
        easier["harder"], harder["easier"] = [harder["id"]], [easier["id"]]
        easier["progress_when"] = "The movement feels easy; the next may be on the floor."
    for exercise in catalogue:
        exercise["movements"] = ["rotation", *[m for m in exercise["movements"]
                                                if m != "rotation"]]  # no fixture exercise has it


def name_keys(exercise: dict[str, Any]) -> set[str]:
    """Gives the keys the likely-duplicate review (W301) compares names and aliases by."""
    return {" ".join(sorted(re.findall(r"[a-z0-9]+", n.lower())))
            for n in [exercise["name"], *exercise["aliases"]]}


FIXTURE_KEYS = set().union(*(name_keys({"aliases": [], **fixture_data(f"exercises/{n}.yml")})
                             for n in ("quiet-breath", "reach-up", "wall-press")))


@settings(FAST, max_examples=max(EXAMPLES // 20, 4))  # a strict build each: a few do
@given(st.lists(exercises(), min_size=5, max_size=20))
def test_valid_random_exercises_build_in_strict_mkdocs(tmp_path_factory: pytest.TempPathFactory,
                                                       catalogue: list[dict[str, Any]]) -> None:
    from generator.commands.site import build_site
    from tests.test_hostile import site_project

    for number, exercise in enumerate(catalogue):  # a word of its own keeps W301 away
        exercise["id"] = f"random-{number}"
        word = "Zqx" + "".join(chr(97 + int(d)) for d in str(number))
        exercise["name"] = f"{exercise['name']} {word}"
        exercise["aliases"] = [f"{alias} {word}" for alias in exercise["aliases"]]
    chain_by_level(catalogue)
    keys = [name_keys(e) for e in catalogue]
    assume(all(not k & FIXTURE_KEYS for k in keys))
    assume(all(not a & b for i, a in enumerate(keys) for b in keys[i + 1:]))
    folder = tmp_path_factory.mktemp("random-site")
    config = site_project(folder)
    for exercise in catalogue:
        file = folder / "content" / "exercises" / f"{exercise.pop('id')}.yml"
        file.write_bytes(dump(exercise))
    _, problems = validate_content(folder / "content")
    assert problems == []
    build_site(config, folder / "site")
    for number in range(len(catalogue)):
        assert (folder / "site" / "exercises" / f"random-{number}" / "index.html").is_file()

