"""Finds the content files: which YAML files are read, and which stand where none is read.

File names are ids, so a name that cannot be one is reported here, with one that could.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from pathlib import Path

from generator.errors import Problem
from generator.models.ids import ID_PATTERN, slug

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
"""Characters that would break a message's line, or change how a terminal or editor shows it."""


def display_path(path: Path, root: Path) -> str:
    """Gives a path relative to the project root, as messages show it, on one printable line.

    A file name may hold a line break or a terminal escape: shown as written, it would forge
    a problem line (or a GitHub annotation) of its own, so such characters are shown escaped.
    """
    if ".." not in path.parts and path.is_relative_to(root):  # content files: no disk access
        shown = path.relative_to(root).as_posix()
    else:
        try:
            shown = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            shown = path.as_posix()
    return _UNPRINTABLE.sub(_escaped, shown)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


RESERVED_IDS = frozenset({"index"})
"""Ids the generator gives its own pages: exercises/index.md is the list of exercises."""


def content_files(folder: Path, root: Path, problems: list[Problem]) -> list[Path]:
    """Gives the folder's .yml files, reporting names that cannot be ids.

    A valid name keeps its id; a badly named file whose meant id ('Wall-Press.yaml' ->
    'wall-press') is taken is told so, and the valid file gets no message about it.
    """
    if not folder.is_dir():
        return []
    paths = sorted((p for p in folder.iterdir() if p.suffix in (".yml", ".yaml")),
                   key=lambda p: p.name)
    good = [p for p in paths if p.suffix == ".yml" and ID_PATTERN.match(p.stem)]
    taken = {p.stem: p for p in good}
    for path in good:
        if path.stem in RESERVED_IDS:
            problems.append(Problem(display_path(path, root), 1, 1, "E212", f"file name "
                                    f"{path.name!r} is reserved for the generated page that "
                                    "lists this folder's files; name the file after what it "
                                    "holds, for example 'wall-press.yml' for 'Wall Press'"))
    valid = set(good)
    for path in (p for p in paths if p not in valid):
        display, meant = display_path(path, root), suggest_id(path.stem)
        other = taken.setdefault(meant.removesuffix(".yml"), path)
        if other is path:
            problems.append(Problem(display, 1, 1, "E201", f"file name {path.name!r} is not a "
                                    f"valid id; use lowercase letters, digits and single hyphens "
                                    f"with .yml, for example {meant!r}"))
        else:
            problems.append(Problem(display, 1, 1, "E202", f"file name {path.name!r} is not a "
                                    f"valid id, and the id it would have, {meant[:-4]!r}, is "
                                    f"taken by {other.name!r}; merge the two files or give this "
                                    "one another name"))
    return [p for p in good if p.stem not in RESERVED_IDS]


def suggest_id(stem: str) -> str:
    """Gives the file name a badly named file was meant to have ('Cat Cow.yaml': 'cat-cow.yml')."""
    return f"{slug(stem) or 'my-exercise'}.yml"


def stray_yaml(content_dir: Path, root: Path, kinds: Collection[str]) -> list[Problem]:
    """Gives a problem for each YAML file where the generator would never read it."""
    problems = []
    for folder, dirs, files in os.walk(content_dir):
        here = Path(folder)
        # What stands right in content/exercises/ or content/routines/ is content (a folder
        # named x.yml there is reported by E008); anywhere else a YAML name is out of place.
        names = [] if here.parent == content_dir and here.name in kinds else dirs + files
        for name in names:
            if not name.endswith((".yml", ".yaml")):
                continue
            if here == content_dir and name in ("taxonomy.yml", "glossary.yml"):
                continue
            problems.append(Problem(display_path(here / name, root), 1, 1, "E208", "YAML file in a "
                                    "place where none is read; exercises go in "
                                    "content/exercises/, routines in content/routines/"))
    return problems
