"""The command line: python -m generator check | build | site | new | schema."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.build import generate, load_catalogue
from generator.errors import ContentError, GuideError, Problem
from generator.writer import write_pages

ROOT = Path.cwd()


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command and gives its exit status: 0 clean, 1 problems, 2 bad usage."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except ContentError as error:
        _print_problems(error.problems, args)
        return 1
    except GuideError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--content", type=Path, default=ROOT / "content",
                        help="the content folder (default: ./content)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="validate the content without building")
    check.add_argument("files", nargs="*", type=Path, help="check just these files")
    check.add_argument("--format", choices=("text", "github"), default="text")
    check.set_defaults(run=_check)

    build = commands.add_parser("build", help="write the generated Markdown to a folder")
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--site-url", default="")
    build.set_defaults(run=_build, format="text")

    from generator import scaffold, schema, site  # the rarer commands register themselves

    for module in (site, scaffold, schema):
        module.add_command(commands)
    return parser


def _check(args: argparse.Namespace) -> int:
    workers = min(os.cpu_count() or 1, 4)
    _, warnings = load_catalogue(args.content, args.files or None, workers)
    _print_problems(warnings, args)
    return 1 if warnings else 0


def _build(args: argparse.Namespace) -> int:
    generated = generate(args.content, site_url=args.site_url)
    _print_problems(generated.warnings, args, summary=False)
    files: dict[str, str | bytes] = {**generated.pages, **generated.files}
    report = write_pages(files, args.out)
    print(f"{len(files)} files in {args.out} ({len(generated.pages)} pages): "
          f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
          f"{len(report.removed)} removed")
    return 0


def _print_problems(problems: list[Problem], args: argparse.Namespace,
                    summary: bool = True) -> None:
    for problem in problems:
        print(github_annotation(problem) if args.format == "github" else problem)
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
