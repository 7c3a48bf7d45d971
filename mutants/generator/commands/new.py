"""`python -m generator new exercise|routine NAME`: a new content file with every field."""

from __future__ import annotations

from pathlib import Path

from generator.build import load_taxonomy
from generator.errors import GuideError
from generator.models.content import Dose, Exercise, Limits, Routine, RoutineItem, model_fields
from generator.models.ids import slug

FOLDERS = {"exercise": ("exercises", Exercise), "routine": ("routines", Routine)}


def run_new(content_dir: Path, kind: str, name: str) -> int:
    """Writes a new content file to fill in and says what to do next."""
    path = new_file(content_dir, kind, name)
    shown = path.relative_to(content_dir.parent).as_posix()
    print(f"wrote {shown}: replace every 'TODO:' with real text, then run "
          "`python -m generator check`")
    return 0


def new_file(content_dir: Path, kind: str, name: str) -> Path:
    """Writes the scaffold and gives its path; refuses to overwrite an existing file."""
    folder, model = FOLDERS[kind]
    file_id = slug(name)
    if not file_id:
        raise GuideError(f"cannot make an id from {name!r}; use letters or digits")
    path = content_dir / folder / f"{file_id}.yml"
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
    from generator.render.pages import environment  # Jinja2 is not needed to check content

    template = environment().get_template(f"new_{kind}.yml.j2")
    return template.render(name=name, docs=docs, values=vocabularies)


def _vocabularies(content_dir: Path) -> dict[str, list[str]]:
    return {name: list(values) for name, values in load_taxonomy(content_dir).items()}
