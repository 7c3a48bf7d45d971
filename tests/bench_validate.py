"""`make bench` (second part): how fast and how lean `python -m generator check` is.

Figures, not assertions: wall time and peak memory (the child's own ru_maxrss, from wait4) of
checking a synthetic catalogue of 10,000 exercises, and of every case in tests/bad_content/.
Targets on the project's 2-core machine are printed beside them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import FIXTURE_CONTENT, ROOT

EXERCISES = 10_000
ROUTINES = 500
RUNS = 3

POSITIONS = ("standing", "seated", "hands-and-knees", "kneeling", "lying-front", "lying-back")
REGIONS = ("upper-back", "shoulder-blades", "chest", "shoulders", "neck", "side-body")
MOVEMENTS = ("extension", "flexion", "rotation", "side-bend", "scapular-retraction",
             "overhead-reach", "chest-opening", "neck-retraction")
EQUIPMENT = ((), ("wall",), ("chair",), ("towel",), ("band",), ("foam-roller",))
KINDS = ("mobility", "stretch", "activation", "strength")
LEVELS = ("beginner", "intermediate", "advanced")  # each chain of three goes up one level a step
LONE_MOVEMENT = "scapular-depression"
"""The movement of an exercise left without a chain (the last, when the count is not a multiple
of three): no other has it, so no easier or harder version is asked for (W307)."""

EXERCISE = """\
name: {name}
aliases: [{name} stretch, Drill {number} variation]
summary: A synthetic exercise number {number} that moves the *upper back* gently.
regions: [{region}, {region2}]
movements: [{movement}]
position: {position}
equipment: [{equipment}]
level: {level}
kind: {kind}
dose:
  mode: reps
  sets: 2
  reps: {reps}
  hold_s: 3
  rest_s: 20
setup: Find a quiet spot and get into the starting position with your back long.
steps:
  - Breathe in and get tall through the crown of your head.
  - Breathe out and move slowly into the shape, as far as is comfortable.
  - Pause for a moment and feel the space open between your shoulder blades.
  - Come back to the start with control.
cues:
  - Move one part of the back at a time.
  - Keep your neck long and your jaw soft.
mistakes:
  - Rushing the movement. Slow down and let the breath set the speed.
breathing: Breathe out as you move into the shape, breathe in as you come back.
feel: A gentle stretch between the shoulder blades and along the upper back.
stop_if:
  - You feel sharp or shooting pain.
  - Pain, tingling or numbness travels into an arm.
avoid_if:
  - A doctor has told you not to move your spine this way.
modify:
  - who: People with sore wrists
    how: Rest on your forearms or do the movement seated.
easier: [{easier}]
harder: [{harder}]
{progress}references:
  - title: Synthetic source {number}
    url: https://example.org/exercise/{number}
"""

ROUTINE = """\
name: Synthetic Routine {number}
summary: A synthetic routine for the benchmark.
goal: Move the upper back a little every day.
level: beginner
how_often: Once a day
notes: [Go gently.]
items:
{items}"""


def exercise_id(number: int) -> str:
    return f"synthetic-{number:05d}"


def exercise_text(number: int, count: int = EXERCISES) -> str:
    """Gives a valid exercise whose vocabulary values, dose and chain vary with its number."""
    step = number % 3
    easier = exercise_id(number - 1) if step > 0 else ""
    harder = exercise_id(number + 1) if step < 2 and number + 1 < count else ""
    return EXERCISE.format(
        name=f"Synthetic Drill {number:05d}", number=number,
        region=REGIONS[number % len(REGIONS)], region2=REGIONS[(number + 1) % len(REGIONS)],
        movement=MOVEMENTS[number % len(MOVEMENTS)] if easier or harder else LONE_MOVEMENT,
        position=POSITIONS[number % 6],
        equipment=", ".join(EQUIPMENT[number % len(EQUIPMENT)]), level=LEVELS[step],
        kind=KINDS[number % len(KINDS)], reps=5 + number % 10, easier=easier, harder=harder,
        progress="progress_when: Ten easy repetitions; the next may be on the floor.\n"
        if harder else "")


def synthesize(folder: Path, exercises: int = EXERCISES, routines: int = ROUTINES) -> Path:
    """Writes a content set of synthetic exercises and routines; gives its folder."""
    content = folder / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for path in (content / "exercises").glob("*.yml"):
        path.unlink()
    for path in (content / "routines").glob("*.yml"):
        path.unlink()
    for number in range(exercises):
        (content / "exercises" / f"{exercise_id(number)}.yml").write_text(
            exercise_text(number, exercises), encoding="utf-8")
    for number in range(min(routines, exercises // 15)):
        items = "".join(f"  - exercise: {exercise_id(number * 3 + i * 3)}\n" for i in range(5))
        (content / "routines" / f"synthetic-routine-{number:03d}.yml").write_text(
            ROUTINE.format(number=number, items=items), encoding="utf-8")
    return content


def timed_check(content: Path) -> tuple[float, float, int, str, float]:
    """Gives (wall s, peak MB, exit status, output, CPU s) of `check` in a fresh process."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "--content", str(content), "check"],
            cwd=content.parent, stdout=out, stderr=subprocess.STDOUT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        _, status, usage = os.wait4(process.pid, 0)  # this child's own peak, not the max of all
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return wall, usage.ru_maxrss / 1024, process.returncode, text, usage.ru_utime + usage.ru_stime


def bench_catalogue() -> None:
    with tempfile.TemporaryDirectory(prefix="guide-bench-validate-") as tmp:
        content = synthesize(Path(tmp))
        runs = [timed_check(content) for _ in range(RUNS)]
    for _, _, status, text, _ in runs:
        if status != 0:
            raise SystemExit(f"the synthetic catalogue is not clean:\n{text[-2000:]}")
    wall = sorted(r[0] for r in runs)[RUNS // 2]
    cpu = sorted(r[4] for r in runs)[RUNS // 2]
    peak = max(r[1] for r in runs)
    print(f"validate {EXERCISES:,} exercises and {ROUTINES} routines: {wall:.2f} s "
          f"(median of {RUNS}; {cpu:.2f} s of CPU), peak {peak:.0f} MB "
          "(targets: < 2 s, < 300 MB)")


def bench_bad_content() -> None:
    from tests.test_bad_content import CASES, copy_case

    figures = []
    for name in CASES:
        with tempfile.TemporaryDirectory(prefix="guide-bench-bad-") as tmp:
            content = copy_case(name, Path(tmp))
            wall, peak, status, _, _ = timed_check(content)
        if status != 1:
            raise SystemExit(f"bad content case {name} exited {status}, not 1")
        figures.append((wall, peak, name))
    slowest = max(figures)
    hungriest = max(figures, key=lambda f: f[1])
    print(f"bad content: {len(figures)} cases, slowest {slowest[0]:.2f} s ({slowest[2]}), "
          f"highest peak {hungriest[1]:.0f} MB ({hungriest[2]}) "
          "(targets: < 1 s and small, the alias bomb included)")


def main() -> None:
    bench_catalogue()
    bench_bad_content()


if __name__ == "__main__":
    main()
