"""Shared fixtures: real content trees in tmp_path and the real command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing")


def pytest_configure(config: pytest.Config) -> None:
    # One flag refreshes every golden file: the figure tests read UPDATE_GOLDEN.
    if config.getoption("--update-golden"):
        os.environ["UPDATE_GOLDEN"] = "1"


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden")) or bool(
        os.environ.get("UPDATE_GOLDEN"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder holding a copy of the fixture content set."""
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    return tmp_path


def run_generator(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Runs `python -m generator ARGS` in cwd and gives the finished process."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, text=True,
                          capture_output=True, timeout=timeout,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project's site, built once per test session with the strict build."""
    from generator.commands.site import build_site

    out = tmp_path_factory.mktemp("built") / "site"
    build_site(ROOT / "mkdocs.yml", out)
    return out


def copy_project(folder: Path) -> Path:
    """Copies the real project's content and config into folder and gives its mkdocs.yml.

    The copy uses the real hook and theme overrides, so tests can add content and build.
    """
    import yaml

    shutil.copytree(ROOT / "content", folder / "content")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(ROOT / "generator" / "mkdocs_hook.py")]
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return folder / "mkdocs.yml"
