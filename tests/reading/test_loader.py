"""Reading a content file into nodes: every refusal with its exact message and place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.reading.loader import MAX_FILE_BYTES, check_nodes, parse_text, read_document, where

D = "content/exercises/x.yml"


def parsed(text: str) -> list[str]:
    document, problems = parse_text(text, Path("x.yml"), D)
    assert (document is None) == bool(problems)
    return [str(p).removeprefix(D + ":") for p in problems]


def read(tmp_path: Path, data: bytes) -> list[str]:
    file = tmp_path / "x.yml"
    file.write_bytes(data)
    document, problems = read_document(file, D)
    assert (document is None) == bool(problems)
    return [str(p).removeprefix(D + ":") for p in problems]


def test_a_good_file_gives_its_root_with_marks(tmp_path: Path) -> None:
    file = tmp_path / "x.yml"
    file.write_text("name: Cat-Cow\nsteps:\n  - a\n", encoding="utf-8")
    document, problems = read_document(file, D)
    assert problems == [] and document is not None
    assert (document.path, document.display) == (file, D)
    assert [k.value for k, _ in document.root.value] == ["name", "steps"]
    assert where(D, document.root.value[1][1]) == (D, 3, 3)
    assert where(D, None) == (D, 1, 1)


def test_files_that_are_not_plain_files(tmp_path: Path) -> None:
    (tmp_path / "folder.yml").mkdir()
    os.symlink(tmp_path / "folder.yml", tmp_path / "link.yml")
    for name in ("folder.yml", "link.yml"):
        assert read_document(tmp_path / name, D)[1][0].message == (
            "is not a plain file; content must be a regular .yml file (not a folder, link or "
            "device)")
    missing = read_document(tmp_path / "missing.yml", D)
    assert [str(p) for p in missing[1]] == [
        f"{D}:1:1: E008 cannot be read (No such file or directory); make it a readable "
        "regular file"]


def test_size_limit_at_its_edge(tmp_path: Path) -> None:
    at_limit = b"a: " + b"x" * (MAX_FILE_BYTES - 4) + b"\n"
    assert len(at_limit) == MAX_FILE_BYTES and read(tmp_path, at_limit) == []
    assert read(tmp_path, at_limit + b"x") == [
        f"1:1: E004 file is {MAX_FILE_BYTES + 1:,} bytes; content files must be at most "
        f"{MAX_FILE_BYTES:,} bytes"]


def test_encoding_problems_are_placed(tmp_path: Path) -> None:
    assert read(tmp_path, b"\xef\xbb\xbfa: 1\n") == [
        "1:1: E003 file starts with a byte-order mark; save it as UTF-8 without BOM"]
    assert read(tmp_path, b"a: 1\nbb: x\xff\n") == [
        "2:6: E003 byte 0xff is not valid UTF-8; save the file as UTF-8"]
    assert read(tmp_path, b"\n\xff") == [
        "2:1: E003 byte 0xff is not valid UTF-8; save the file as UTF-8"]
    assert read(tmp_path, b"\xc3(") == [
        "1:1: E003 byte 0xc3 is not valid UTF-8; save the file as UTF-8"]


def test_tabs_and_characters_yaml_refuses() -> None:
    assert parsed("a: 1\nb:\n \tc: 2\n") == [
        "3:1: E001 YAML syntax: a tab is used for indentation; indent with spaces"]
    assert parsed("a: 'x\ty'\n") == []  # a tab inside a value is fine
    assert parsed("a: 1\nb: é\x07\n") == [
        "2:5: E001 YAML syntax: character U+0007 is a control character, which YAML does "
        "not allow; delete it"]
    assert parsed("a: ok\nb: x\ufffe\n") == [
        "2:5: E001 YAML syntax: character U+FFFE is a noncharacter, which YAML does not "
        "allow; delete it"]


def test_documents_empty_files_and_top_levels() -> None:
    assert parsed("a: 1\n---\nb: 2\n") == [
        "3:1: E007 file holds more than one YAML document; keep one mapping per file"]
    empty = "1:1: E007 file is empty; expected a mapping of fields such as 'name: ...'"
    assert parsed("") == [empty] and parsed("# only a comment\n") == [empty]
    assert parsed("~\n") == [empty]
    assert parsed("\n- a\n") == ["2:1: E007 the file's top level is a list; expected a "
                                 "mapping of fields such as 'name: ...'"]
    assert parsed("just words\n") == ["1:1: E007 the file's top level is a single value; "
                                      "expected a mapping of fields such as 'name: ...'"]


def test_duplicate_keys_at_any_depth() -> None:
    text = "a: 1\nb:\n  c: [ {d: 1, d: 2} ]\n  c: 3\na: 2\n"
    assert sorted(parsed(text)) == [
        "3:15: E002 duplicate key 'd' (first given on line 3); keep only one",
        "4:3: E002 duplicate key 'c' (first given on line 3); keep only one",
        "5:1: E002 duplicate key 'a' (first given on line 1); keep only one",
    ]


@pytest.mark.parametrize("marker", ["", "x: '&'\n", "x: '!'\n", "x: '<<'\n"])
def test_duplicates_are_found_with_or_without_the_slow_walk(marker: str) -> None:
    text = marker + "a:\n  - b: 1\n    b: 2\n"
    line = 3 + marker.count("\n")
    assert parsed(text) == [f"{line}:5: E002 duplicate key 'b' (first given on line "
                            f"{line - 1}); keep only one"]


def test_anchors_tags_and_merge_keys() -> None:
    text = "a: &x {k: 1}\nb: *x\nc: *x\nd: !!python/object x\ne: !custom y\n" \
           "f:\n  <<: {k: 2}\n"
    assert sorted(parsed(text)) == sorted([
        "1:4: E005 YAML anchors and aliases (&name, *name) are not allowed; write the value "
        "out",
        "4:4: E006 YAML tag '!!python/object' is not allowed; remove it and write a plain "
        "value",
        "5:4: E006 YAML tag '!custom' is not allowed; remove it and write a plain value",
        "7:3: E009 YAML merge keys (<<) are not allowed; write the fields out in this mapping",
    ])
    long_tag = "!" + "t" * 80
    assert parsed(f"a: {long_tag} v\n") == [
        f"1:4: E006 YAML tag {long_tag[:60]!r} is not allowed; remove it and write a plain "
        "value"]


def test_check_nodes_without_the_text_walks_everything() -> None:
    import yaml
    root = yaml.compose("a: !!binary aGk=\nb: [1, {c: 1, c: 2}]\n", Loader=yaml.SafeLoader)
    assert sorted(str(p) for p in check_nodes(root, D)) == [
        f"{D}:1:4: E006 YAML tag '!!binary' is not allowed; remove it and write a plain value",
        f"{D}:2:15: E002 duplicate key 'c' (first given on line 2); keep only one",
    ]


def test_complex_keys_are_compared_as_written() -> None:
    assert parsed("? [a]\n: 1\n? [a]\n: 2\n") == [
        "3:3: E002 duplicate key \"[ScalarNode(tag='tag:yaml.org,2002:str', value='a')]\" "
        "(first given on line 1); keep only one"]


def test_a_tag_is_shown_as_written_even_when_it_names_the_yaml_prefix_twice() -> None:
    assert parsed("a: !<tag:yaml.org,2002:tag:yaml.org,2002:x> v\n") == [
        "1:4: E006 YAML tag '!!tag:yaml.org,2002:x' is not allowed; remove it and write a "
        "plain value"]


def test_any_other_yaml_error_is_told_by_its_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    def broken(*args: object, **kwargs: object) -> None:
        raise yaml.YAMLError("the parser gave up\nwith more detail")

    monkeypatch.setattr(yaml, "compose_all", broken)
    document, problems = parse_text("a: 1\n", Path("x.yml"), D)
    assert document is None
    assert [str(p) for p in problems] == [f"{D}:1:1: E001 YAML syntax: the parser gave up"]


def test_a_tab_is_placed_on_its_own_line_when_the_file_starts_with_a_blank_line() -> None:
    assert parsed("\n\tb: 1\n") == [
        "2:1: E001 YAML syntax: a tab is used for indentation; indent with spaces"]


def test_a_file_that_grows_after_its_size_was_read_is_still_refused(tmp_path: Path) -> None:
    from pathlib import PosixPath

    class Shrunk(PosixPath):
        """A path whose lstat gives the size the file had a moment before it grew."""

        def lstat(self) -> os.stat_result:  # type: ignore[override]
            real = list(super().lstat())
            real[6] = 10  # st_size
            return os.stat_result(real)

    file = tmp_path / "x.yml"
    file.write_bytes(b"a: " + b"x" * MAX_FILE_BYTES + b"\n")
    document, problems = read_document(Shrunk(file), D)
    assert document is None
    assert [str(p) for p in problems] == [
        f"{D}:1:1: E004 file is over {MAX_FILE_BYTES:,} bytes; content files must be at most "
        "that"]
