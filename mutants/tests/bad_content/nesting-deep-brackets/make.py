"""An exercise whose `cues` hold 60,000 nested lists, `[[[...]]]`: 120 KB that would crash the
YAML parser by recursion if it were parsed."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Replaces the cues with the nested lists (generated: no file over 20 KB is committed)."""
    path = content / "exercises" / "wall-press.yml"
    text = path.read_text(encoding="utf-8")
    deep = "[" * 60_000 + "]" * 60_000
    path.write_text(text.replace("cues: [Keep your elbows straight.]", f"cues: {deep}"),
                    encoding="utf-8")
