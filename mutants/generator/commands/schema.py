"""`python -m generator schema`: write the editors' JSON Schemas for content files."""

from __future__ import annotations

from pathlib import Path

from generator.build import load_taxonomy
from generator.figure.schema import field_schemas
from generator.models.schema import schema_files


def run_schema(content_dir: Path, out: Path) -> int:
    """Writes every schema made from the models and the taxonomy to out, naming each file."""
    for name, text in schema_files(load_taxonomy(content_dir), field_schemas()).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0
