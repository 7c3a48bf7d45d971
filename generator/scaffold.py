"""`python -m generator new exercise|routine NAME`: a new content file with every field."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from generator.build import load_taxonomy
from generator.errors import GuideError
from generator.fields import model_fields
from generator.models import Dose, Exercise, Limits, Routine, RoutineItem

FOLDERS = {"exercise": ("exercises", Exercise), "routine": ("routines", Routine)}


def add_command(commands: Any) -> None:
    """Registers the `new` command."""
    new = commands.add_parser("new", help="write a new exercise or routine file to fill in")
    new.add_argument("kind", choices=sorted(FOLDERS))
    new.add_argument("name", help='the display name, for example "Wall Angel"')
    new.set_defaults(run=_new, format="text")


def slug(name: str) -> str:
    """Gives the id for a display name: "Child's Pose" -> "childs-pose"."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("'", "").replace("’", ""))
    if not words:
        raise GuideError(f"cannot make an id from {name!r}; use letters or digits")
    return "-".join(words)


def _new(args: argparse.Namespace) -> int:
    path = new_file(args.content, args.kind, args.name)
    shown = path.relative_to(args.content.parent).as_posix()
    print(f"wrote {shown}: replace every 'TODO:' with real text, then run "
          "`python -m generator check`")
    return 0


def new_file(content_dir: Path, kind: str, name: str) -> Path:
    """Writes the scaffold and gives its path; refuses to overwrite an existing file."""
    folder, model = FOLDERS[kind]
    path = content_dir / folder / f"{slug(name)}.yml"
    if path.exists():  # shown as the check shows paths: from the project root
        raise GuideError(f"{path.relative_to(content_dir.parent).as_posix()} already exists; "
                         "edit it, or choose another name")
    text = render_scaffold(kind, name, _vocabularies(content_dir))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def render_scaffold(kind: str, name: str, vocabularies: dict[str, list[str]]) -> str:
    """Gives the text of a new file: every field, with a comment saying what goes there."""
    docs = {cls.__name__: {k: meta["doc"] for k, (_, meta, _) in model_fields(cls).items()}
            for cls in (Exercise, Routine, Dose, Limits, RoutineItem)}
    from generator.render import environment  # Jinja2 is not needed to check content

    template = environment().get_template(f"new_{kind}.yml.j2")
    return template.render(name=name, docs=docs, values=vocabularies)


def _vocabularies(content_dir: Path) -> dict[str, list[str]]:
    return {name: list(values) for name, values in load_taxonomy(content_dir).items()}
