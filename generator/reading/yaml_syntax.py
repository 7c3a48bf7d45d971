"""Turns a YAML syntax error into a problem a contributor can act on: placed where the fix
goes, in plain words, with what to do."""

from __future__ import annotations

import yaml

from generator.errors import Problem

# What to do about libyaml's commonest complaints, in the words of someone fixing the file.
SYNTAX_HINTS = {
    "did not find expected key": "check that this line lines up with the other fields of its "
    "mapping and that every quote above it is closed",
    "could not find expected ':'": "write a field as 'name: value', or put text that runs on "
    "over several lines in quotes",
    "mapping values are not allowed in this context": "put text that holds ': ' in quotes, or "
    "indent this line like the fields around it",
    "did not find expected '-' indicator": "start every item of a list with '- ' at the same "
    "indentation",
    "block sequence entries are not allowed in this context": "put a list on the lines below "
    "its field name, indented, or write it as [a, b]",
    "found character that cannot start any token": "a value cannot start with @ or `; put it "
    "in quotes",
    "found undefined alias": "aliases (*name) are not allowed; write the value out, or put "
    "text that starts with * in quotes",
    "found unknown escape character": "in double quotes a backslash starts an escape; write "
    "\\\\ for a backslash, or use single quotes",
    "found a tab character that violates indentation": "indent with spaces, not tabs",
    "did not find expected node content": "a list in [ ] or a mapping in { } is not closed, "
    "or ends with ',' and no item; close it with ']' or '}' after its last item",
}


def syntax_problem(exc: yaml.MarkedYAMLError, display: str) -> Problem:
    """Gives the E001 problem for a YAML syntax error, placed where the fix goes."""
    what = (exc.problem or exc.context or "invalid YAML").strip()
    context = (exc.context or "").strip()
    mark, opened = exc.problem_mark or exc.context_mark, exc.context_mark
    if context.endswith("quoted scalar") and what.endswith("end of stream") and opened:
        mark, message = opened, ("the quoted text that starts here is never closed; end it "
                                 "with the same quote mark")
    elif context in ("while parsing a flow sequence", "while parsing a flow mapping") \
            and what.startswith("did not find") \
            and opened and exc.problem_mark:
        kind, ends = ("list", "]") if context.endswith("sequence") else ("mapping", "}")
        mark, message = opened, (f"the {kind} opened here with '{'[' if ends == ']' else '{'}'"
                                 f" is not closed before line {exc.problem_mark.line + 1}; end "
                                 f"it with '{ends}' and put ',' between its items")
    else:
        if what == "could not find expected ':'" and opened:  # the key that lacks its ':'
            mark = opened
        hint = SYNTAX_HINTS.get(what, "check the quotes, brackets and indentation here and "
                                "on the lines above")
        message = f"{what}; {hint}"
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(display, line, col, "E001", f"YAML syntax: {message}")
