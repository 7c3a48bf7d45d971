"""Reads and checks the whole content set, collecting every problem before giving up."""

from __future__ import annotations

import gc
import os
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from generator.checks.catalogue import check_catalogue, named_ids
from generator.checks.marks import Marks
from generator.checks.pages import check_pages
from generator.errors import Problem
from generator.figure.reader import read_figure, read_image
from generator.models.content import Catalogue, Exercise, Glossary, Routine, Taxonomy
from generator.processes import in_processes
from generator.reading.fields import read_model
from generator.reading.files import (
    RESERVED_IDS,
    content_files,
    display_path,
    stray_yaml,
    suggest_id,
)
from generator.reading.loader import read_document
from generator.reading.nodes import Reading
from generator.reading.taxonomy import read_taxonomy

KINDS = {"exercises": Exercise, "routines": Routine}
"""Content folder -> the model each of its files holds."""
SPECIAL_READERS = {"figure": read_figure, "image": read_image}
"""The readers that field metadata names (`reader: figure`)."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pauses Python's cycle collector: reading makes a million short-lived YAML nodes and
    no cycles, and collecting among them costs a sixth of a large check."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def validate_content(content_dir: Path, only: Collection[Path] | None = None,
                     workers: int = 1) -> tuple[Catalogue | None, list[Problem]]:
    """Gives the catalogue (None when there are errors) and every problem, sorted.

    With ``only``, problems are reported just for those files and the files they name. With
    more than one worker, a large content set is read by that many processes (the command
    line's choice; a library caller such as the MkDocs hook reads in its own process).
    """
    root = content_dir.parent
    problems: list[Problem] = []
    problems += stray_yaml(content_dir, root, KINDS)
    before = len(problems)
    taxonomy = read_taxonomy_file(content_dir / "taxonomy.yml", root, problems)
    if len(problems) > before:
        # Every exercise and routine is read against the vocabularies: with a broken taxonomy
        # each of their values would be reported as unknown, burying the one real fault.
        # So a broken taxonomy is reported by itself, and the rest is read once it is fixed.
        return None, sorted(problems)
    vocabularies = {name: set(values) for name, values in taxonomy.items()}
    marks: dict[str, dict[str, tuple[int, int]]] = {}
    found: dict[str, dict[str, Any]] = {folder: {} for folder in KINDS}
    jobs = [(folder, path) for folder in KINDS
            for path in content_files(content_dir / folder, root, problems)]
    for (folder, path), (item, reading) in zip(jobs, _read_files(jobs, root, taxonomy, workers),
                                               strict=True):
        problems += reading.problems
        marks[reading.display] = reading.marks
        if item is not None:
            found[folder][path.stem] = item
    glossary_path = content_dir / "glossary.yml"
    glossary = _read_glossary(glossary_path, root, vocabularies, problems, marks)
    catalogue = Catalogue(taxonomy=taxonomy, exercises=found["exercises"],
                          routines=found["routines"], glossary=glossary)
    # every exercise file's id, a badly named one's as it was meant ('Cat-Cow.yaml' ->
    # 'cat-cow'), so naming a file that has its own error is not reported again
    stems = {suggest_id(p.stem).removesuffix(".yml")
             for p in (content_dir / "exercises").glob("*.y*ml")}
    unreadable = frozenset(stems) - set(found["exercises"]) - RESERVED_IDS
    problems += check_catalogue(catalogue, Marks(marks), unreadable,
                                display_path(glossary_path, root))
    problems += check_pages(content_dir / "pages", root)
    if only is not None:
        problems = _only(problems, catalogue, [display_path(p, root) for p in only],
                         display_path(content_dir / "exercises", root))
    problems.sort()
    has_errors = any(p.is_error for p in problems)
    return (None if has_errors else catalogue), problems


PARALLEL_FROM = 400
"""Below this many files, starting worker processes costs more than it saves."""


def _read_files(jobs: list[tuple[str, Path]], root: Path, taxonomy: Taxonomy,
                workers: int) -> list[tuple[Any, Reading]]:
    """Gives (model or None, reading state) for each (content folder, file), in order."""
    read = partial(_read_chunk, root=root, taxonomy=taxonomy)
    if workers < 2 or len(jobs) < PARALLEL_FROM:
        return read(jobs)
    return in_processes(read, jobs, workers)


def _read_chunk(files: list[tuple[str, Path]], root: Path, taxonomy: Taxonomy,
                ) -> list[tuple[Any, Reading]]:
    """Reads a list of content files (in a worker process or in this one)."""
    vocabularies = {name: set(values) for name, values in taxonomy.items()}
    props = {key: value.label for key, value in taxonomy.get("props", {}).items()}
    results = []
    for folder, path in files:
        reading = Reading(display_path(path, root), vocabularies, SPECIAL_READERS, path, props)
        item = _read_file(KINDS[folder], path, reading, id=path.stem, source=reading.display)
        results.append((item, reading))
    return results


def _read_file(model: type, path: Path, reading: Reading, **derived: Any) -> Any:
    """Gives one file's model, or None, adding its problems to the reading."""
    document, problems = read_document(path, reading.display)
    reading.problems += problems
    if document is None:
        return None
    return read_model(model, document.root, reading, **derived)


def read_taxonomy_file(path: Path, root: Path, problems: list[Problem]) -> Taxonomy:
    """Gives the taxonomy, adding its problems to `problems`."""
    reading = Reading(display_path(path, root), {})
    if not os.path.lexists(path):  # a folder or link by that name is read, and refused (E008)
        problems.append(Problem(reading.display, 1, 1, "E210", "file is missing; the "
                                "vocabularies (regions, positions, ...) are defined there"))
        return {}
    document, found = read_document(path, reading.display)
    problems += found
    taxonomy = read_taxonomy(document.root, reading) if document else {}
    problems += reading.problems
    return taxonomy


def _read_glossary(path: Path, root: Path, vocabularies: dict[str, set[str]],
                   problems: list[Problem], marks: dict[str, dict[str, tuple[int, int]]],
                   ) -> Glossary:
    if not os.path.lexists(path):  # the glossary is optional; a folder by its name is not
        return Glossary()
    reading = Reading(display_path(path, root), vocabularies)
    glossary = _read_file(Glossary, path, reading)
    problems += reading.problems
    marks[reading.display] = reading.marks  # where each definition is, for its links
    return glossary or Glossary()


def _only(problems: list[Problem], catalogue: Catalogue, given: list[str],
          exercises_dir: str) -> list[Problem]:
    """Keeps the problems of the given files and of the exercise files they name.

    A named exercise is found by its file name, so one whose file has errors (and so is not
    in the catalogue) still has its problems shown.
    """
    keep = set(given)
    for display in given:
        keep |= {f"{exercises_dir}/{i}.yml" for i in named_ids(catalogue, display)}
    return [p for p in problems if p.path in keep]
