"""Every problem code the generator can give has a test that makes it fire with its exact text."""

from __future__ import annotations

import re

from tests.conftest import ROOT

CODE = re.compile(r"\b[EW]\d{3}\b")


def codes_in_generator() -> set[str]:
    return {code for path in (ROOT / "generator").rglob("*.py")
            for code in CODE.findall(path.read_text(encoding="utf-8"))}


def expected_texts() -> list[str]:
    """Gives every test file and every bad-content case's expected `check` output."""
    tests = ROOT / "tests"
    here = tests / "test_problem_codes.py"
    return [path.read_text(encoding="utf-8", errors="replace")
            for path in [*tests.rglob("*.py"), *tests.glob("bad_content/*/expected.txt")]
            if path != here]


def test_every_problem_code_has_a_test_that_expects_its_text() -> None:
    codes = codes_in_generator()
    assert len(codes) >= 50 and {"E001", "E423", "W313"} <= codes
    texts = expected_texts()
    # A code is tested where a message is expected: the code, a space, then its text.
    untested = sorted(code for code in codes if not any(f"{code} " in text for text in texts))
    assert untested == [], f"no test expects these codes' messages: {untested}"
