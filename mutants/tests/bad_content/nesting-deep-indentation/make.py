"""A routine whose `goal` is a mapping nested 500 levels deep by indentation alone, each line
`a:` indented one space further than the one above (125 KB; the parser recurses per level)."""

from __future__ import annotations

from pathlib import Path


def make(content: Path) -> None:
    """Replaces the goal with the nested mappings (generated: no file over 20 KB is committed)."""
    path = content / "routines" / "short-set.yml"
    text = path.read_text(encoding="utf-8")
    deep = "".join(" " * level + "a:\n" for level in range(1, 500)) + " " * 500 + "a: 1"
    path.write_text(text.replace("goal: Move the upper back a little.", f"goal:\n{deep}"),
                    encoding="utf-8")
