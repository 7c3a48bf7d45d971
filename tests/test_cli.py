"""The command line as a contributor uses it: real `python -m generator` runs in tmp_path."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.commands.report import github_annotation
from generator.errors import Problem
from generator.models.content import (
    Dose,
    Exercise,
    Limits,
    Modification,
    Routine,
    RoutineItem,
    model_fields,
)
from tests.conftest import ROOT, run_generator

EX = "content/exercises/reach-up.yml"
RT = "content/routines/short-set.yml"
QB = "content/exercises/quiet-breath.yml"
WP = "content/exercises/wall-press.yml"
CLEAN = "content is clean: no problems found\n"
ANNOTATION = re.compile(r"^::(error|warning) file=[^,:]+,line=[1-9]\d*,col=[1-9]\d*,"
                        r"title=[EW]\d{3}::\S.*$")
FILLED = {  # what a contributor writes in place of each kind of placeholder
    "summary": "Slide your arms up a wall to wake up your upper back.",
    "setup": "Stand with your back against a wall, feet a small step away from it.",
    "breathing": "Breathe out as your arms slide up, breathe in as they come down.",
    "feel": "A gentle stretch across your chest and work between your shoulder blades.",
    "goal": "To move your upper back and shoulders after a long spell of sitting.",
    "how_often": "Once a day, on work days.",
}


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A project folder holding a copy of the guide's real content."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path


def edit(project: Path, path: str, old: str, new: str) -> None:
    """Replaces the first old with new in one file of the project."""
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def place(project: Path, path: str, text: str, at: str = "") -> tuple[int, int]:
    """Gives the 1-based line and column of `at` (or all of text) where text first appears."""
    lines = (project / path).read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if text in line)
    return number, lines[number - 1].index(text) + text.index(at) + 1


def fill_placeholders(file: Path) -> None:
    """Replaces every "TODO: ..." with real text, as a contributor would."""
    def real_text(match: re.Match[str]) -> str:
        field = match.group(1)
        return f'{field}"{FILLED.get(field.strip(" :-"), "Keep the movement slow and small.")}"'

    text = re.sub(r'^(\s*(?:- )?(?:\w+: )?)"TODO: [^"]*"', real_text,
                  file.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert "TODO" not in "".join(line.partition("#")[0] for line in text.splitlines())
    file.write_text(text, encoding="utf-8")


def break_fixture(project: Path) -> None:
    """Makes one warning and three errors in three files of the fixture content."""
    edit(project, EX, "position: standing", "position: standin")
    edit(project, EX, "  reps: 10", "  reps: ten")
    edit(project, RT, "- exercise: wall-press", "- exercise: wallpress")
    edit(project, QB, "  breaths: 6", "  breaths: 6\n  hold_s: 50")


BROKEN = [
    (QB, 12, 11, "W302", "field 'dose.hold_s': 50 s is longer than a beginner exercise should "
     "hold; use at most 45 s"),
    (EX, 6, 11, "E105", "field 'position': unknown value 'standin'; did you mean 'standing'? "
     "(values come from content/taxonomy.yml)"),
    (EX, 13, 9, "E103", "field 'dose.reps': expected a whole number, got 'ten'"),
    (RT, 17, 19, "E203", "field 'sections[2].items[1].exercise': unknown exercise 'wallpress'; "
     "did you mean 'wall-press'?"),
]


# ---- check --------------------------------------------------------------------------------


def test_the_shipped_content_checks_clean(shipped: Path) -> None:
    result = run_generator("check", cwd=shipped)
    assert (result.returncode, result.stdout, result.stderr) == (0, CLEAN, "")


def test_check_lists_every_problem_sorted_then_a_summary(project: Path) -> None:
    break_fixture(project)
    result = run_generator("check", cwd=project)
    assert result.stdout.splitlines() == [
        *(f"{path}:{line}:{col}: {code} {message}" for path, line, col, code, message in BROKEN),
        "3 errors and 1 warning in 3 files",
    ]
    assert (result.returncode, result.stderr) == (1, "")


def test_warnings_alone_fail_the_check(project: Path) -> None:
    edit(project, QB, "  breaths: 6", "  breaths: 6\n  hold_s: 50")
    result = run_generator("check", cwd=project)
    assert result.stdout == (f"{QB}:12:11: W302 {BROKEN[0][4]}\n"
                             "0 errors and 1 warning in 1 file\n")
    assert result.returncode == 1


def test_github_format_prints_annotations_on_the_changed_lines(project: Path) -> None:
    break_fixture(project)
    result = run_generator("check", "--format", "github", cwd=project)
    lines = result.stdout.splitlines()
    assert lines == [
        *(f"::{'error' if code[0] == 'E' else 'warning'} file={path},line={line},col={col},"
          f"title={code}::{message}" for path, line, col, code, message in BROKEN),
        "3 errors and 1 warning in 3 files",
    ]
    assert all(ANNOTATION.match(line) for line in lines[:-1])
    assert lines[1] == (f"::error file={EX},line=6,col=11,title=E105::field 'position': unknown "
                        "value 'standin'; did you mean 'standing'? (values come from "
                        "content/taxonomy.yml)")
    assert result.returncode == 1


def test_github_annotations_escape_what_would_end_them() -> None:
    problem = Problem("content/exercises/a,b:c.yml", 3, 4, "E103", "50% done\r\nnext")
    assert github_annotation(problem) == ("::error file=content/exercises/a%2Cb%3Ac.yml,line=3,"
                                          "col=4,title=E103::50%25 done%0D%0Anext")


def test_check_of_given_files_reports_them_and_the_files_they_name(project: Path) -> None:
    edit(project, EX, "  - Lift one arm up beside your ear.",
         "  - Lift one arm. Up beside your ear. Then more.")  # reach-up: W303
    edit(project, WP, "  - Hold, then relax.\n", "")  # named by reach-up: W305
    edit(project, QB, "position: lying-back", "position: lying-bak")  # named by neither: E105
    result = run_generator("check", EX, cwd=project)
    assert result.stdout.splitlines() == [
        f"{EX}:19:5: W303 field 'steps[1]': has 3 sentences; keep a step to one action in at "
        "most two sentences",
        f"{WP}:17:3: W305 field 'steps': has 2 steps; write 3 to 8, one action each",
        "0 errors and 2 warnings in 2 files",
    ]
    assert result.returncode == 1
    alone = run_generator("check", QB, cwd=project)
    assert alone.stdout.splitlines() == [
        f"{QB}:5:11: E105 field 'position': unknown value 'lying-bak'; did you mean "
        "'lying-back'? (values come from content/taxonomy.yml)",
        "1 error and 0 warnings in 1 file",
    ]


def test_check_of_a_clean_file_passes_while_another_file_is_broken(project: Path) -> None:
    edit(project, WP, "position: standing", "position: standin")  # named by nobody below
    result = run_generator("check", QB, cwd=project)
    assert (result.returncode, result.stdout) == (0, CLEAN)


def test_check_of_a_routine_reports_a_broken_exercise_it_names(project: Path) -> None:
    edit(project, QB, "position: lying-back", "position: lying-bak")
    result = run_generator("check", RT, cwd=project)
    # Only the exercise the routine names is told about, once, and the routine itself is
    # not told again that its exercise is unknown.
    assert (result.returncode, result.stdout) == (1, (
        f"{QB}:5:11: E105 field 'position': unknown value 'lying-bak'; did you mean "
        "'lying-back'? (values come from content/taxonomy.yml)\n"
        "1 error and 0 warnings in 1 file\n"))


# ---- new ----------------------------------------------------------------------------------


def written(kind: str, slug: str) -> str:
    return (f"wrote content/{kind}s/{slug}.yml: replace every 'TODO:' with real text, then run "
            "`python -m generator check`\n")


def refused(kind: str, slug: str) -> str:
    return f"error: content/{kind}s/{slug}.yml already exists; edit it, or choose another name\n"


def fields_of(model: type) -> list[str]:
    return list(model_fields(model))


def assert_every_field_is_there(text: str, model: type, commented: set[str]) -> None:
    """Every field is a key, or (for one a file may not leave empty) a commented-out key,
    and every field's line says what goes there."""
    data = yaml.safe_load(text)
    assert list(data) == [f for f in fields_of(model) if f not in commented]
    for name in fields_of(model):
        line = next(line for line in text.splitlines()
                    if re.match(rf"(# )?{name}:", line))
        assert " # " in line or '"TODO: ' in line, line


def test_new_exercise_writes_every_field_with_the_schema_line(project: Path) -> None:
    result = run_generator("new", "exercise", "Wall Angel", cwd=project)
    assert (result.returncode, result.stdout, result.stderr) == \
        (0, written("exercise", "wall-angel"), "")
    text = (project / "content" / "exercises" / "wall-angel.yml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == \
        "# yaml-language-server: $schema=../../schemas/exercise.schema.json"
    assert_every_field_is_there(text, Exercise, commented={"figure", "image"})
    data = yaml.safe_load(text)
    assert data["name"] == "Wall Angel"
    assert list(data["dose"]) == fields_of(Dose)
    assert list(data["modify"][0]) == fields_of(Modification)


def test_new_refuses_to_overwrite(project: Path) -> None:
    assert run_generator("new", "exercise", "Wall Angel", cwd=project).returncode == 0
    file = project / "content" / "exercises" / "wall-angel.yml"
    file.write_text(file.read_text(encoding="utf-8") + "# my edits\n", encoding="utf-8")
    before = file.read_bytes()
    again = run_generator("new", "exercise", "wall angel", cwd=project)
    assert (again.returncode, again.stdout, again.stderr) == \
        (1, "", refused("exercise", "wall-angel"))
    assert file.read_bytes() == before


def test_new_refuses_a_name_the_real_guide_already_has(shipped: Path) -> None:
    result = run_generator("new", "exercise", "Wall Angel", cwd=shipped)
    assert (result.returncode, result.stderr) == (1, refused("exercise", "wall-angel"))
    result = run_generator("new", "routine", "Desk Break", cwd=shipped)
    assert (result.returncode, result.stderr) == (1, refused("routine", "desk-break"))


def test_an_unfilled_scaffold_reports_every_placeholder(project: Path) -> None:
    run_generator("new", "exercise", "Wall Angel", cwd=project)
    path = "content/exercises/wall-angel.yml"
    lines = (project / path).read_text(encoding="utf-8").splitlines()
    placeholders = [(number, line.index('"TODO:') + 1) for number, line in enumerate(lines, 1)
                    if '"TODO:' in line and not line.lstrip().startswith("#")]
    result = run_generator("check", cwd=project)
    reported = [tuple(map(int, line.split(":")[1:3])) for line in result.stdout.splitlines()
                if " E107 " in line]
    assert reported == placeholders
    assert len(placeholders) >= 10
    assert result.stdout.splitlines()[-1] == f"{len(placeholders)} errors and 0 warnings in 1 file"
    assert result.returncode == 1


def test_a_scaffolded_exercise_once_filled_checks_clean(project: Path) -> None:
    run_generator("new", "exercise", "Wall Angel", cwd=project)
    fill_placeholders(project / "content" / "exercises" / "wall-angel.yml")
    # As its contributor would: the wall its setup names, and its own main movement (another
    # exercise of the same movement would ask for an easier or harder link, W307).
    edit(project, "content/exercises/wall-angel.yml", "movements: [extension]",
         "movements: [scapular-upward-rotation]")
    edit(project, "content/exercises/wall-angel.yml", "equipment: []", "equipment: [wall]")
    result = run_generator("check", cwd=project)
    assert (result.returncode, result.stdout, result.stderr) == (0, CLEAN, "")


def test_new_routine_writes_every_field_and_once_filled_checks_clean(shipped: Path) -> None:
    (shipped / "content" / "routines" / "desk-break.yml").unlink()
    result = run_generator("new", "routine", "Desk Break", cwd=shipped)
    assert (result.returncode, result.stdout) == (0, written("routine", "desk-break"))
    file = shipped / "content" / "routines" / "desk-break.yml"
    text = file.read_text(encoding="utf-8")
    assert text.splitlines()[0] == \
        "# yaml-language-server: $schema=../../schemas/routine.schema.json"
    assert_every_field_is_there(text, Routine, commented={"sections"})
    data = yaml.safe_load(text)
    assert list(data["limits"]) == fields_of(Limits)
    assert list(data["items"][0]) == fields_of(RoutineItem)
    assert "<built-in" not in text and "object at 0x" not in text

    unfilled = run_generator("check", cwd=shipped)
    assert unfilled.returncode == 1
    assert {line.split(" ")[1] for line in unfilled.stdout.splitlines()[:-1]} == {"E107"}
    fill_placeholders(file)
    result = run_generator("check", cwd=shipped)
    assert (result.returncode, result.stdout, result.stderr) == (0, CLEAN, "")
    again = run_generator("new", "routine", "Desk Break", cwd=shipped)
    assert (again.returncode, again.stderr) == (1, refused("routine", "desk-break"))


# ---- a new contributor's first pull request -----------------------------------------------


def test_three_typical_mistakes_are_reported_in_one_run_with_their_fixes(shipped: Path) -> None:
    """Scaffold an exercise, fill it in, then misspell a field, give a word for a number and
    misspell an exercise id in a routine: one check names all three, with line and fix."""
    new = "content/exercises/thoracic-reach.yml"
    assert run_generator("new", "exercise", "Thoracic Reach", cwd=shipped).returncode == 0
    fill_placeholders(shipped / new)
    edit(shipped, new, "  hold_s: 2", "  hold_secs: 2")
    edit(shipped, new, "  reps: 8", "  reps: ten")
    routine = "content/routines/desk-break.yml"
    named = re.search(r"- exercise: ([a-z0-9-]+)",  # the first item
                      (shipped / routine).read_text(encoding="utf-8")).group(1)
    typo = named[:-2] + named[-1]  # one letter dropped: 'shoulder-rolls' -> 'shoulder-rols'
    edit(shipped, routine, f"- exercise: {named}\n", f"- exercise: {typo}\n")

    result = run_generator("check", cwd=shipped)

    reps, hold = place(shipped, new, "  reps: ten", at="ten"), place(shipped, new, "hold_secs")
    item = place(shipped, routine, f"- exercise: {typo}", at=typo)
    assert result.stdout.splitlines() == [
        f"{new}:{reps[0]}:{reps[1]}: E103 field 'dose.reps': expected a whole number, got 'ten'",
        f"{new}:{hold[0]}:{hold[1]}: E102 unknown field 'hold_secs' in 'dose'; "
        "did you mean 'hold_s'?",
        f"{routine}:{item[0]}:{item[1]}: E203 field 'items[1].exercise': unknown "
        f"exercise {typo!r}; did you mean {named!r}?",
        "3 errors and 0 warnings in 2 files",
    ]
    assert result.returncode == 1
    assert hold[0] == reps[0] + 1  # the scaffold's order: reps, then hold_s
