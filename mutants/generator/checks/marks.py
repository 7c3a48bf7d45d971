"""Where each field of each content file was written, for checks that run after reading."""

from __future__ import annotations

from dataclasses import dataclass

from generator.errors import Problem


@dataclass(frozen=True)
class Marks:
    """Where each field of each file was written, so later checks can point at it."""

    by_file: dict[str, dict[str, tuple[int, int]]]
    """Display path -> field label -> (line, column)."""

    def problem(self, source: str, label: str, code: str, message: str) -> Problem:
        """Gives a problem at a field, or at its nearest written parent."""
        labels = self.by_file.get(source, {})
        while label and label not in labels:
            label = label.rpartition(".")[0] if "." in label else label.rpartition("[")[0]
        line, col = labels.get(label, (1, 1))
        return Problem(source, line, col, code, message)
