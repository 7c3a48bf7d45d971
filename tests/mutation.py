"""`make mutate`: mutation testing with mutmut, and each module's score printed.

mutmut (configured in pyproject.toml's [tool.mutmut]) changes the listed modules one small
mutation at a time and runs the tests that cover each; a mutant the tests fail on is killed.
A surviving mutant is either killed by a new test or listed, with the reason it cannot change
behaviour, in tests/mutation_equivalent.txt. The score of a module is killed / (mutants -
equivalent); the aim is 90% or more for every module.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT = ROOT / "tests" / "mutation_equivalent.txt"
MUTMUT = [sys.executable, "-m", "mutmut"]
AIM = 0.90


def equivalent_mutants() -> dict[str, str]:
    """Gives mutant name -> why it cannot change what the guide does."""
    found = {}
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(" ")
            found[name] = reason.strip()
    return found


def results() -> dict[str, str]:
    """Gives mutant name -> status (killed, survived, timeout, ...) from mutmut's last run."""
    output = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=ROOT, text=True,
                            capture_output=True, check=True).stdout
    return dict(re.findall(r"^\s*(\S+): (\w[\w ]*)$", output, re.MULTILINE))


def module_of(mutant: str) -> str:
    """Gives the module a mutant is in: 'generator.writer' for 'generator.writer.x_f__mutmut_1'
    and for a method's 'generator.writer.xǁClassǁmethod__mutmut_1'."""
    return re.split(r"\.x_|\.xǁ", mutant, maxsplit=1)[0]


def report(statuses: dict[str, str], equivalent: dict[str, str]) -> list[str]:
    """Gives the table of scores, one row per module, then the survivors not explained."""
    totals: Counter[str] = Counter()
    killed: Counter[str] = Counter()
    explained: Counter[str] = Counter()
    unexplained = []
    for mutant, status in sorted(statuses.items()):
        if status == "not checked":  # an interrupted run: left out, not counted as a survivor
            continue
        module = module_of(mutant)
        totals[module] += 1
        if status in ("killed", "timeout", "segfault"):  # the tests failed, hung or crashed
            killed[module] += 1
        elif mutant in equivalent:
            explained[module] += 1
        else:
            unexplained.append(f"{mutant}: {status}")
    rows = [f"{'module':<40} {'mutants':>7} {'killed':>6} {'equiv.':>6} {'score':>6}"]
    for module in sorted(totals):
        counted = totals[module] - explained[module]
        score = killed[module] / counted if counted else 1.0
        mark = "" if score >= AIM else "  below 90%"
        rows.append(f"{module:<40} {totals[module]:>7} {killed[module]:>6} "
                    f"{explained[module]:>6} {score:>6.1%}{mark}")
    stale = sorted(set(equivalent) - set(statuses))
    return rows + [f"survived, not explained: {m}" for m in unexplained] + \
        [f"listed as equivalent but no longer a mutant: {m}" for m in stale]


def sync_sources() -> list[str]:
    """Copies into mutants/ every file of generator/ that mutmut does not mutate and that has
    changed since it was copied there; gives their paths.

    mutmut copies such a file (a template, a module outside the list) only when mutants/ lacks
    it, so after a change the tests ran against the old copy and failed their clean run.
    """
    import shutil
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mutated = set(config["tool"]["mutmut"]["only_mutate"])
    copied = []
    for source in sorted((ROOT / "generator").rglob("*")):
        relative = source.relative_to(ROOT).as_posix()
        target = ROOT / "mutants" / relative
        if not source.is_file() or "__pycache__" in relative or relative in mutated:
            continue
        if not target.is_file() or target.read_bytes() != source.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            copied.append(relative)
    return copied


def main(argv: list[str]) -> int:
    """Runs mutmut over every listed module (or, with --report, only reads its last run) and
    prints the table."""
    if "--report" not in argv:
        sync_sources()
        log = ROOT / "mutants" / "run.log"
        log.parent.mkdir(exist_ok=True)
        with log.open("w", encoding="utf-8") as out:
            subprocess.run([*MUTMUT, "run"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                           check=False)
    print("\n".join(report(results(), equivalent_mutants())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
