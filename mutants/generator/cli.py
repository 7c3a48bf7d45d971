"""The command line: python -m generator check | build | site | new | schema | figures.

Every command is wired here, and only here; the command modules are plain functions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.commands.check import run_check
from generator.commands.figures import run_figures
from generator.commands.markdown import run_build
from generator.commands.new import FOLDERS, run_new
from generator.commands.report import print_problems
from generator.commands.schema import run_schema
from generator.commands.site import run_site
from generator.errors import ContentError, GuideError


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command and gives its exit status: 0 clean, 1 problems, 2 bad usage."""
    args = _parser().parse_args(argv)
    content: Path = args.content or Path.cwd() / "content"  # the folder run from, at run time
    try:
        return _run(args, content)
    except ContentError as error:
        print_problems(error.problems, args.format)
        return 1
    except GuideError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, content: Path) -> int:
    if args.command == "check":
        return run_check(content, args.files, args.format)
    if args.command == "build":
        return run_build(content, args.out, args.site_url)
    if args.command == "site":
        return run_site(args.config, args.out)
    if args.command == "new":
        return run_new(content, args.kind, args.name)
    if args.command == "schema":
        return run_schema(content, args.out)
    return run_figures(content, args.out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--content", type=Path, default=None,
                        help="the content folder (default: ./content)")
    parser.set_defaults(format="text")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="validate the content without building")
    check.add_argument("files", nargs="*", type=Path, help="check just these files")
    check.add_argument("--format", choices=("text", "github"), default="text")

    build = commands.add_parser("build", help="write the generated Markdown to a folder")
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--site-url", default="")

    site = commands.add_parser("site", help="build the whole website (strict)")
    site.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    site.add_argument("--out", type=Path, default=Path("site"))

    new = commands.add_parser("new", help="write a new exercise or routine file to fill in")
    new.add_argument("kind", choices=sorted(FOLDERS))
    new.add_argument("name", help='the display name, for example "Wall Angel"')

    schema = commands.add_parser("schema", help="write the JSON Schemas for content files")
    schema.add_argument("--out", type=Path, default=Path("schemas"))

    figures = commands.add_parser("figures", help="draw every figure on a contact sheet")
    figures.add_argument("--out", type=Path, default=Path("build/figures"))
    return parser
