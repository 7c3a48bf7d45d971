"""The package's dependencies run one way: no import circle, and reading never draws.

Every import is counted: at the top of a module, inside a function, and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """Gives every generator module the module imports, wherever in the module it does."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(MODULES[name].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # `from generator.x import y`: y may be a module
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def circle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """Gives a path of imports that leads from start back to it, or None."""
    stack, seen = [(start, [start])], set()
    while stack:
        node, path = stack.pop()
        for target in sorted(graph.get(node, ())):
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                stack.append((target, [*path, target]))
    return None


def reachable(start: str) -> set[str]:
    found, stack = set(), [start]
    while stack:
        for target in GRAPH[stack.pop()] - found:
            found.add(target)
            stack.append(target)
    return found


def test_the_walk_sees_imports_inside_functions_and_for_type_checking(tmp_path: Path) -> None:
    tree = ast.parse("if TYPE_CHECKING:\n    from generator.models.content import Exercise\n"
                     "def f():\n    from generator.render import pages\n")
    names = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert names == {"generator.models.content", "generator.render"}
    assert "generator.render.pages" in MODULES and len(MODULES) >= 50
    assert circle_from("a", {"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert circle_from("a", {"a": {"b"}, "b": {"c"}, "c": set()}) is None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_part_of_an_import_circle(name: str) -> None:
    assert circle_from(name, GRAPH) is None


def package_of(name: str) -> str:
    """Gives the folder a module stands in; figure.models, the plain data that figure reading
    and the drawing share, counts as a room of its own below both."""
    parts = name.split(".")
    if name == "generator.figure.models" or parts[2:3] == ["drawing"]:
        return name if parts[-1] == "models" else ".".join(parts[:3])
    return ".".join(parts[:2])


def test_no_folder_is_part_of_an_import_circle() -> None:
    folders: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        folders.setdefault(package_of(name), set()).update(
            package_of(t) for t in targets if package_of(t) != package_of(name))
    assert {folder: circle_from(folder, folders) for folder in folders} == \
        dict.fromkeys(folders)


READERS_AND_CHECKS = [name for name in MODULES if name.startswith(
    ("generator.reading", "generator.checks", "generator.figure.reader",
     "generator.figure.schema", "generator.figure.models", "generator.validate"))]


@pytest.mark.parametrize("name", READERS_AND_CHECKS)
def test_reading_and_checking_never_import_the_drawing_code(name: str) -> None:
    assert not {m for m in reachable(name) if m.startswith("generator.figure.drawing")}


def test_the_command_line_wires_every_command_and_no_library_module_registers_one() -> None:
    for name, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        if name != "generator.cli":
            assert "add_parser" not in text and "add_subparsers" not in text, name
    commands = {n for n in MODULES if n.startswith("generator.commands.")} - {
        "generator.commands.report"}
    assert commands <= GRAPH["generator.cli"]


def test_the_drawing_keeps_the_posture_names_figure_reading_checks() -> None:
    from generator.figure.drawing.postures import POSTURES
    from generator.figure.models import POSTURES as NAMES

    assert tuple(POSTURES) == NAMES


@pytest.mark.parametrize(("lower", "upper"), [
    ("generator.checks", "generator.render"), ("generator.models", "generator.reading"),
    ("generator.models", "generator.render"), ("generator.reading", "generator.checks"),
    ("generator.render", "generator.checks"), ("generator.figure", "generator.render"),
])
def test_dependencies_run_downward(lower: str, upper: str) -> None:
    """Checks and rendering both stand on the models; neither reaches the other."""
    reached = {target for name in MODULES if name.startswith(lower) for target in reachable(name)}
    assert not {m for m in reached if m.startswith(upper)}
