"""`make mutate`'s table: scores per module from mutmut's statuses and the equivalent list."""

from __future__ import annotations

from tests.mutation import module_of, report


def test_module_of_functions_and_methods() -> None:
    assert module_of("generator.writer.x_write_pages__mutmut_9") == "generator.writer"
    assert module_of("generator.render.textmarkup.xǁGlossaryLinkerǁlink__mutmut_1") == \
        "generator.render.textmarkup"


def test_scores_count_timeouts_and_crashes_as_killed_leaving_out_equivalents() -> None:
    statuses = {
        "generator.a.x_f__mutmut_1": "killed", "generator.a.x_f__mutmut_2": "timeout",
        "generator.a.x_f__mutmut_3": "survived", "generator.a.x_f__mutmut_4": "segfault",
        "generator.b.x_g__mutmut_1": "survived", "generator.b.x_g__mutmut_2": "no tests",
        "generator.b.x_g__mutmut_3": "not checked",
    }
    equivalent = {"generator.a.x_f__mutmut_3": "same output", "generator.c.x_h__mutmut_1": "x"}
    assert report(statuses, equivalent) == [
        "module                                   mutants killed equiv.  score",
        "generator.a                                    4      3      1 100.0%",
        "generator.b                                    2      0      0   0.0%  below 90%",
        "survived, not explained: generator.b.x_g__mutmut_1: survived",
        "survived, not explained: generator.b.x_g__mutmut_2: no tests",
        "listed as equivalent but no longer a mutant: generator.c.x_h__mutmut_1",
    ]
