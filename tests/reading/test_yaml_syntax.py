"""YAML syntax errors as problems a contributor can act on: placed where the fix goes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.reading.loader import read_document
from generator.reading.yaml_syntax import syntax_problem

# Broken YAML -> the problem as printed, written by hand. libyaml's own words come first.
CASES = {
    "a: b: c\n": "1:5: E001 YAML syntax: mapping values are not allowed in this context; put "
    "text that holds ': ' in quotes, or indent this line like the fields around it",
    "a: 1\nb\nc: 2\n": "2:1: E001 YAML syntax: could not find expected ':'; write a field as "
    "'name: value', or put text that runs on over several lines in quotes",
    "a: b\n- c\n": "2:1: E001 YAML syntax: did not find expected key; check that this line "
    "lines up with the other fields of its mapping and that every quote above it is closed",
    "- a\n -b\nc: 1\n": "3:1: E001 YAML syntax: did not find expected '-' indicator; start "
    "every item of a list with '- ' at the same indentation",
    "a: - b\n": "1:4: E001 YAML syntax: block sequence entries are not allowed in this "
    "context; put a list on the lines below its field name, indented, or write it as [a, b]",
    "a: @x\n": "1:4: E001 YAML syntax: found character that cannot start any token; a value "
    "cannot start with @ or `; put it in quotes",
    "a: *x\n": "1:4: E001 YAML syntax: found undefined alias; aliases (*name) are not "
    "allowed; write the value out, or put text that starts with * in quotes",
    'a: "\\q"\n': "1:5: E001 YAML syntax: found unknown escape character; in double quotes a "
    "backslash starts an escape; write \\\\ for a backslash, or use single quotes",
    "a: 1\n\tb: 2\n": "2:1: E001 YAML syntax: found a tab character that violates "
    "indentation; indent with spaces, not tabs",
    # Placed where it was opened, not where the file ran out.
    'a: 1\nb: "abc\nc: 2\n': "2:4: E001 YAML syntax: the quoted text that starts here is "
    "never closed; end it with the same quote mark",
    "a: 1\nb: 'abc\n": "2:4: E001 YAML syntax: the quoted text that starts here is never "
    "closed; end it with the same quote mark",
    "a: [1, 2\nb: 3\n": "1:4: E001 YAML syntax: the list opened here with '[' is not closed "
    "before line 2; end it with ']' and put ',' between its items",
    "x: 0\na: {x: 1\nb: 3\n": "2:4: E001 YAML syntax: the mapping opened here with '{' is "
    "not closed before line 3; end it with '}' and put ',' between its items",
    # A flow collection cut off after ',' names no bracket it cannot see.
    "key: [a,\n": "2:1: E001 YAML syntax: did not find expected node content; a list in [ ] "
    "or a mapping in { } is not closed, or ends with ',' and no item; close it with ']' or "
    "'}' after its last item",
    "a: |\n  x\n y: 1\n": "3:2: E001 YAML syntax: did not find expected key; check that this "
    "line lines up with the other fields of its mapping and that every quote above it is "
    "closed",
}


@pytest.mark.parametrize("text", CASES)
def test_a_syntax_error_is_told_in_plain_words(text: str, tmp_path: Path) -> None:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        yaml.compose(text, Loader=yaml.CSafeLoader)
    assert str(syntax_problem(caught.value, "f.yml")) == f"f.yml:{CASES[text]}"


def test_the_loader_reports_syntax_errors_this_way(tmp_path: Path) -> None:
    text = "a: [1, 2\nb: 3\n"
    file = tmp_path / "x.yml"
    file.write_text(text, encoding="utf-8")
    document, problems = read_document(file, "content/x.yml")
    assert document is None
    assert [str(p) for p in problems] == ["content/x.yml:" + CASES[text]]


def test_an_error_without_words_or_place_still_reads_as_a_sentence() -> None:
    bare = yaml.MarkedYAMLError()
    assert str(syntax_problem(bare, "f.yml")) == (
        "f.yml:1:1: E001 YAML syntax: invalid YAML; check the quotes, brackets and "
        "indentation here and on the lines above")
    only_context = yaml.MarkedYAMLError(context="  while scanning something  ")
    assert str(syntax_problem(only_context, "f.yml")) == (
        "f.yml:1:1: E001 YAML syntax: while scanning something; check the quotes, brackets "
        "and indentation here and on the lines above")


def test_a_problem_without_its_own_place_is_put_where_the_context_starts() -> None:
    context = yaml.Mark("f", 0, 4, 2, "", 0)
    error = yaml.MarkedYAMLError(context="while reading", context_mark=context,
                                 problem="something odd")
    assert str(syntax_problem(error, "f.yml")) == (
        "f.yml:5:3: E001 YAML syntax: something odd; check the quotes, brackets and "
        "indentation here and on the lines above")
