"""How the command line shows problems: one per line, or as GitHub annotations, then a summary."""

from __future__ import annotations

from generator.errors import Problem


def print_problems(problems: list[Problem], output_format: str, summary: bool = True) -> None:
    """Prints each problem in the format asked for, then the one-line summary."""
    for problem in problems:
        print(github_annotation(problem) if output_format == "github" else problem)
    if summary or problems:
        print(problem_summary(problems))


def problem_summary(problems: list[Problem]) -> str:
    """Gives the one-line summary after a list of problems."""
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return "content is clean: no problems found"
    files = len({p.path for p in problems})
    return (f"{errors} error{'s' * (errors != 1)} and {warnings} warning{'s' * (warnings != 1)} "
            f"in {files} file{'s' * (files != 1)}")


def github_annotation(problem: Problem) -> str:
    """Gives a GitHub Actions workflow command that shows the problem on its line."""
    level = "error" if problem.is_error else "warning"
    message = _escape(problem.message)
    path = _escape(problem.path).replace(":", "%3A").replace(",", "%2C")  # ends a property
    return (f"::{level} file={path},line={problem.line},col={problem.col},"
            f"title={problem.code}::{message}")


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
