"""Every problem code, with its exact message and place, on real files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.validate import validate_content


def problems_after(project: Path, path: str, old: str, new: str) -> list[str]:
    """Edits one fixture file (old -> new) and gives the problems as printed."""
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    catalogue, problems = validate_content(project / "content")
    return [str(p) for p in problems]


def test_fixture_content_is_clean(project: Path) -> None:
    catalogue, problems = validate_content(project / "content")
    assert problems == []
    assert catalogue is not None
    assert list(catalogue.exercises) == ["quiet-breath", "reach-up", "wall-press"]


EX = "content/exercises/reach-up.yml"
RT = "content/routines/short-set.yml"

CASES = {
    "E101 missing field": (EX, "feel: A stretch along the side of your upper back and the "
                           "shoulder blade.\n", "",
                           f"{EX}:1:1: E101 missing required field 'feel' "
                           "(what you should feel, and where)"),
    "E102 unknown field": (EX, "  hold_s: 5", "  hold_secs: 5",
                           f"{EX}:14:3: E102 unknown field 'hold_secs' in 'dose'; "
                           "did you mean 'hold_s'?"),
    "E103 wrong type": (EX, "  reps: 10", "  reps: ten",
                        f"{EX}:13:9: E103 field 'dose.reps': expected a whole number, got 'ten'"),
    "E103 list for text": (EX, "breathing: Breathe in as you reach.", "breathing: [a, b]",
                           f"{EX}:24:12: E103 field 'breathing': expected text, got a list"),
    "E104 out of range": (EX, "  hold_s: 5", "  hold_s: 3600",
                          f"{EX}:14:11: E104 field 'dose.hold_s': 3600 is out of range; "
                          "expected 1 to 180"),
    "E105 vocabulary": (EX, "position: standing", "position: standin",
                        f"{EX}:6:11: E105 field 'position': unknown value 'standin'; did you "
                        "mean 'standing'? (values come from content/taxonomy.yml)"),
    "E106 empty text": (EX, "setup: Stand tall with your feet under your hips.", "setup: ' '",
                        f"{EX}:17:8: E106 field 'setup': is empty; write how to get into the "
                        "starting position"),
    "E107 placeholder": (EX, "setup: Stand tall with your feet under your hips.",
                         'setup: "TODO: say how to get ready"',
                         f"{EX}:17:8: E107 field 'setup': still holds the placeholder 'TODO: "
                         "say how to get ready'; replace it with real text"),
    "E108 too few items": (EX, "stop_if: [Sharp pain in the shoulder.]", "stop_if: []",
                           f"{EX}:26:10: E108 field 'stop_if': needs at least 1 item"),
    "E203 unknown harder id": (EX, "harder: [wall-press]", "harder: [wall-pres]",
                               f"{EX}:31:10: E203 field 'harder[1]': unknown exercise "
                               "'wall-pres'; did you mean 'wall-press'?"),
    "E203 routine names unknown exercise": (RT, "- exercise: wall-press", "- exercise: wallpress",
                                            f"{RT}:17:19: E203 field 'sections[2].items[1]."
                                            "exercise': unknown exercise 'wallpress'; did you "
                                            "mean 'wall-press'?"),
    "E206 mode needs field": (EX, "  mode: reps", "  mode: time",
                              f"{EX}:11:3: E206 field 'dose': mode 'time' needs 'duration_s'"),
    "E207 over the time limit": (RT, "max_time_s: 600", "max_time_s: 120",
                                 f"{RT}:8:15: E207 field 'limits.max_time_s': the routine takes "
                                 "3 min 40 s (220 s), more than its limit of 120 s; shorten doses "
                                 "or drop an exercise"),
    "E207 position not allowed": (RT, "max_time_s: 600", "positions: [standing]",
                                  f"{RT}:18:19: E207 field 'sections[2].items[2].exercise': "
                                  "'quiet-breath' is done lying-back, which 'limits.positions' "
                                  "does not allow (standing)"),
    "E207 equipment not allowed": (RT, "max_time_s: 600", "equipment: [towel]",
                                   f"{RT}:17:19: E207 field 'sections[2].items[1].exercise': "
                                   "'wall-press' needs wall, which 'limits.equipment' does not "
                                   "allow (towel)"),
    "E209 link to unknown exercise": (EX, "[Wall Press](wall-press)", "[Wall Press](wall-pess)",
                                      f"{EX}:21:5: E209 field 'steps[3]': link to unknown "
                                      "exercise 'wall-pess'; did you mean 'wall-press'?"),
    "E211 items and sections": (RT, "sections:", "items: [{exercise: reach-up}]\nsections:",
                                f"{RT}:1:1: E211 a routine needs either 'items' or 'sections' "
                                "(not both)"),
    "W302 hold too long": ("content/exercises/quiet-breath.yml", "  breaths: 6",
                           "  breaths: 6\n  hold_s: 50",
                           "content/exercises/quiet-breath.yml:12:11: W302 field 'dose.hold_s': "
                           "50 s is longer than a beginner exercise should hold; use at most 45 s"),
    "W303 long step": (EX, "  - Lift one arm up beside your ear.",
                       "  - Lift one arm. Up beside your ear. Then more.",
                       f"{EX}:19:5: W303 field 'steps[1]': has 3 sentences; keep a step to one "
                       "action in at most two sentences"),
    "W304 harder without progress_when": (EX, "progress_when: Ten easy reaches on each side.\n",
                                          "", f"{EX}:31:9: W304 field 'harder': add "
                                          "'progress_when' to say when a reader is ready for the "
                                          "harder versions"),
    "W305 too few steps": ("content/exercises/wall-press.yml", "  - Hold, then relax.\n", "",
                           "content/exercises/wall-press.yml:17:3: W305 field 'steps': has 2 "
                           "steps; write 3 to 8, one action each"),
    "W307 no version beside a same-movement exercise": (
        "content/exercises/quiet-breath.yml", "movements: [extension]",
        "movements: [overhead-reach]",
        "content/exercises/quiet-breath.yml:4:13: W307 field 'movements[1]': no easier or harder "
        "version, yet 'reach-up' also has 'Overhead reach' as the main movement; link the "
        "nearest one in 'easier' or 'harder' so a reader who finds this too hard or too easy "
        "has a next step"),
    "W308 step of two levels": ("content/exercises/wall-press.yml", "level: intermediate",
                                "level: advanced",
                                f"{EX}:31:10: W308 field 'harder[1]': 'reach-up' is beginner "
                                "and 'wall-press' is advanced, more than one level apart; link "
                                "a version in between"),
    "W309 chair to floor unsaid": ("content/exercises/wall-press.yml", "position: standing",
                                   "position: hands-and-knees",
                                   f"{EX}:31:10: W309 field 'harder[1]': 'reach-up' is done "
                                   "standing and 'wall-press' hands-and-knees, one on the floor "
                                   "and one off it; say so in the 'progress_when' of 'reach-up' "
                                   "(mention the floor)"),
    "W310 routine note names missing equipment": (
        RT, "notes: [Go gently.]", "notes: [Go gently., Stand in a doorway.]",
        f"{RT}:6:21: W310 field 'notes[2]': mentions 'doorway', but no exercise in the routine "
        "lists 'doorway' in its 'equipment', so the routine's 'You need' leaves it out; add it "
        "to the exercise that needs it"),
    "W311 setup names missing equipment": (
        EX, "setup: Stand tall with your feet under your hips.",
        "setup: Stand tall with your back to a wall.",
        f"{EX}:17:8: W311 field 'setup': mentions 'wall', but 'equipment' does not list 'wall'; "
        "add it so the routines that use this exercise say you need it"),
    "W312 routine caution no exercise carries": (
        RT, "notes: [Go gently.]", "notes: [Go gently., Skip it if you have glaucoma.]",
        f"{RT}:6:21: W312 field 'notes[2]': warns about glaucoma, but none of the routine's "
        "exercises does; add it to 'avoid_if' or 'modify' of the exercises it concerns, so a "
        "reader who opens one alone is warned too"),
    "W313 more often than the sheet's boxes": (
        RT, "how_often: Once a day", "how_often: Three times a day",
        f"{RT}:5:12: W313 field 'how_often': 'Three times a day' is more often than the "
        "printed sheet's one tick box a day; say how often in days, or how to tick more than "
        "one session a day"),
}


ALSO = {  # the other problems an edit rightly brings, after the case's own
    "E203 unknown harder id": [
        "content/exercises/wall-press.yml:29:10: W306 field 'easier[1]': 'reach-up' does not "
        "list 'wall-press' in its 'harder'; add it there so the link works both ways"],
    "E206 mode needs field": [
        f"{RT}:13:15: E206 field 'sections[1].items[1].dose': mode 'time' needs 'duration_s'"],
}


@pytest.mark.parametrize("case", CASES)  # all of them: a case with no message fails
def test_problem_message(project: Path, case: str) -> None:
    path, old, new, expected = CASES[case]
    # The whole list: a stray extra problem (a check firing twice, or on the wrong field)
    # fails the case too.
    assert problems_after(project, path, old, new) == [expected, *ALSO.get(case, [])]


def test_every_problem_of_a_run_is_reported_sorted(project: Path) -> None:
    # Found in the order wall-press (while reading), then quiet-breath and short-set (in the
    # checks across files): sorting must move quiet-breath's warning first.
    edit = [("content/exercises/wall-press.yml", "position: standing", "position: x"),
            ("content/exercises/quiet-breath.yml", "movements: [extension]",
             "movements: [overhead-reach]"),
            (RT, "- exercise: wall-press", "- exercise: nope")]
    for path, old, new in edit:
        file = project / path
        file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    _, problems = validate_content(project / "content")
    assert [str(p) for p in problems] == [
        "content/exercises/quiet-breath.yml:4:13: W307 field 'movements[1]': no easier or "
        "harder version, yet 'reach-up' also has 'Overhead reach' as the main movement; link "
        "the nearest one in 'easier' or 'harder' so a reader who finds this too hard or too "
        "easy has a next step",
        "content/exercises/wall-press.yml:6:11: E105 field 'position': unknown value 'x'; "
        "expected one of: hands-and-knees, kneeling, lying-back, lying-front, lying-side, "
        "seated, standing (values come from content/taxonomy.yml)",
        "content/routines/short-set.yml:17:19: E203 field 'sections[2].items[1].exercise': "
        "unknown exercise 'nope'; expected one of: quiet-breath, reach-up, wall-press",
    ]


def test_w301_likely_duplicate_ignores_case_punctuation_and_order(project: Path) -> None:
    lines = problems_after(project, "content/exercises/wall-press.yml", "aliases: [Wall push]",
                           "aliases: [up-REACH]")
    # Placed at the file's name (line 1, column 7), the field a reader compares.
    assert lines == [
        "content/exercises/wall-press.yml:1:7: W301 'up-REACH' matches a name of "
        "'reach-up' (content/exercises/reach-up.yml); is this a duplicate? Merge them or "
        "rename one"]


def test_e204_progression_loop(project: Path) -> None:
    lines = problems_after(project, "content/exercises/wall-press.yml", "easier: [reach-up]",
                           "easier: [reach-up]\nharder: [reach-up]\nprogress_when: Later.")
    # The new link also goes down a level and one way only: each of those is told too.
    assert lines == [
        "content/exercises/reach-up.yml:31:9: E204 easier and harder versions form a loop: "
        "reach-up → wall-press → reach-up; a chain must only go one way",
        "content/exercises/wall-press.yml:30:10: E205 field 'harder[1]': 'reach-up' is "
        "beginner, but this exercise is intermediate; a harder version must not be easier by "
        "level",
        "content/exercises/wall-press.yml:30:10: W306 field 'harder[1]': 'reach-up' does not "
        "list 'wall-press' in its 'easier'; add it there so the link works both ways"]


def test_e205_easier_version_of_higher_level(project: Path) -> None:
    # Reach Up up a level first: still easier than Wall Press (intermediate), so no problem ...
    assert problems_after(project, "content/exercises/reach-up.yml", "level: beginner",
                          "level: intermediate") == []
    # ... then Wall Press down to beginner: now its easier version is the harder one.
    lines = problems_after(project, "content/exercises/wall-press.yml", "level: intermediate",
                           "level: beginner")
    # Told from both ends of the link.
    assert lines == [
        "content/exercises/reach-up.yml:31:10: E205 field 'harder[1]': 'wall-press' is "
        "beginner, but this exercise is intermediate; a harder version must not be easier by "
        "level",
        "content/exercises/wall-press.yml:29:10: E205 field 'easier[1]': 'reach-up' is "
        "intermediate, but this exercise is beginner; an easier version must not be harder "
        "by level"]


def test_w306_one_way_link(project: Path) -> None:
    lines = problems_after(project, "content/exercises/wall-press.yml", "easier: [reach-up]",
                           "easier: []")
    assert lines == [
        f"{EX}:31:10: W306 field 'harder[1]': 'wall-press' does not list 'reach-up' in its "
        "'easier'; add it there so the link works both ways"]


def test_reading_in_worker_processes_gives_the_same_result(project: Path) -> None:
    from generator.validate import PARALLEL_FROM

    source = (project / EX).read_text(encoding="utf-8")
    for number in range(PARALLEL_FROM):
        text = source.replace("name: Reach Up", f"name: Copy {number}")
        text = text.replace("aliases: [Overhead reach, \"T-spine reach\"]", "aliases: []")
        if number == 7:
            text = text.replace("  reps: 10", "  reps: ten")
        (project / "content" / "exercises" / f"copy-{number:03d}.yml").write_text(text)
    one = validate_content(project / "content", workers=1)
    two = validate_content(project / "content", workers=2)
    assert [str(p) for p in one[1]] == [str(p) for p in two[1]]
    # Each copy names wall-press as harder, which does not name it back; copy 7 is not read.
    assert [str(p) for p in two[1]] == [
        "content/exercises/copy-007.yml:13:9: E103 field 'dose.reps': expected a whole number, "
        "got 'ten'" if number == 7 else
        f"content/exercises/copy-{number:03d}.yml:31:10: W306 field 'harder[1]': 'wall-press' "
        f"does not list 'copy-{number:03d}' in its 'easier'; add it there so the link works "
        "both ways" for number in range(PARALLEL_FROM)]
    assert one[0] is None and two[0] is None


def test_a_file_that_cannot_be_opened_is_a_located_problem(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests run as root, who may read any file: the operating system's refusal is made
    # here, for the one file, at the call the loader makes.
    refused = project / EX
    real_open = Path.open

    def open_unless_refused(self: Path, *args: object, **kwargs: object) -> object:
        if self == refused:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", open_unless_refused)
    catalogue, problems = validate_content(project / "content")
    assert catalogue is None
    # The routine and exercises that name reach-up are not told again that it is unknown.
    assert [str(p) for p in problems] == [
        f"{EX}:1:1: E008 cannot be read (Permission denied); make it a readable regular file"]


def test_w320_figure_drawn_in_another_position(project: Path) -> None:
    lines = problems_after(project, EX, "harder: [wall-press]\n",
                           "harder: [wall-press]\nfigure:\n  keyframes:\n"
                           "    - posture: standing\n    - posture: seated\n")
    assert lines == [
        f"{EX}:33:3: W320 field 'figure.keyframes[2].posture': the exercise is done "
        "standing ('position: standing'), but this keyframe is drawn 'seated'; draw it "
        "as 'standing'"]


def test_w320_a_kneeling_exercise_is_not_drawn_standing(project: Path) -> None:
    problems_after(project, EX, "position: standing", "position: kneeling")
    lines = problems_after(project, EX, "harder: [wall-press]\n",
                           "harder: [wall-press]\nfigure:\n  keyframes:\n"
                           "    - posture: kneeling-lunge\n    - posture: standing\n")
    assert [line for line in lines if " W320 " in line] == [
        f"{EX}:33:3: W320 field 'figure.keyframes[2].posture': the exercise is done "
        "kneeling ('position: kneeling'), but this keyframe is drawn 'standing'; draw it as "
        "'kneeling' or 'kneeling-sat-back' or 'kneeling-lunge' or 'hands-and-knees'"]


def test_w320_a_low_lunge_with_the_back_knee_down_is_kneeling(project: Path) -> None:
    problems_after(project, EX, "position: standing", "position: kneeling")
    lines = problems_after(project, EX, "harder: [wall-press]\n",
                           "harder: [wall-press]\nfigure:\n  keyframes:\n"
                           "    - posture: kneeling-lunge\n")
    assert not [line for line in lines if " W320 " in line]


def with_props(project: Path) -> None:
    """Adds the props vocabulary, which the fixture taxonomy leaves out, to the copy."""
    taxonomy = project / "content" / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "\nprops:\n"
                        "  wall: {label: Wall, description: A wall.}\n"
                        "  chair: {label: Chair, description: A chair.}\n", encoding="utf-8")


def test_w321_equipment_the_figure_does_not_draw(project: Path) -> None:
    path = "content/exercises/wall-press.yml"
    with_props(project)
    lines = problems_after(project, path, "easier: [reach-up]\n",
                           "easier: [reach-up]\nfigure:\n  keyframes:\n"
                           "    - posture: standing\n")
    assert lines == [
        f"{path}:7:13: W321 field 'equipment[1]': the exercise uses a wall, but its "
        "figure does not draw one; add {prop: wall} to 'figure.props'"]


def test_a_seated_figure_needs_no_chair_prop_for_its_chair(project: Path) -> None:
    with_props(project)
    text = (project / EX).read_text(encoding="utf-8")
    (project / EX).write_text(text.replace("position: standing", "position: seated")
                              .replace("equipment: []", "equipment: [chair]"), encoding="utf-8")
    lines = problems_after(project, EX, "harder: [wall-press]\n",
                           "harder: [wall-press]\nfigure:\n  keyframes:\n"
                           "    - posture: seated\n")
    assert lines == []

