"""README's Quick start on a fresh machine: `make test` installs the system packages it needs,
or stops at once with the command to run."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "tests" / "system_packages.sh"


@pytest.fixture
def bare_machine() -> Iterator[Path]:
    """A folder others may read, with a bin/ that has a shell and nothing the tests need."""
    folder = Path(tempfile.mkdtemp(prefix="bare-"))
    try:
        (folder / "bin").mkdir()
        for tool in ("bash", "id"):
            (folder / "bin" / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
        shutil.copy(SCRIPT, folder / "system_packages.sh")
        for path in (folder, folder / "bin", folder / "system_packages.sh"):
            path.chmod(0o755)
        yield folder
    finally:
        shutil.rmtree(folder)


def test_make_test_runs_the_system_package_step_first() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert recipe.splitlines()[1].strip() == "bash tests/system_packages.sh"
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().endswith("make test")


def test_the_packages_present_are_not_installed_again() -> None:
    result = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.skipif(not shutil.which("setpriv") or os.geteuid() != 0,
                    reason="needs root to become another user")
def test_without_root_it_stops_at_once_with_the_command_to_run(bare_machine: Path) -> None:
    result = subprocess.run(
        [shutil.which("setpriv") or "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
         str(bare_machine / "bin" / "bash"), str(bare_machine / "system_packages.sh")],
        env={"PATH": str(bare_machine / "bin")}, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "the tests need these system packages: chromium poppler-utils zbar-tools npm\n"
        "install them, then run make test again:\n"
        "  sudo apt-get update && sudo apt-get install -y chromium poppler-utils zbar-tools "
        "npm\n")
