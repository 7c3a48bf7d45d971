"""What every test of the built site shares: the real site served on 127.0.0.1, and Chromium.

Both are made once per test module, so a module's tests share one browser profile (tests that
need a clean slate clear localStorage themselves).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import chromium, serve


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    """The base address of the real project's strictly built site, served locally."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A Playwright browser context running Debian's Chromium with a fresh profile."""
    with chromium() as context:
        yield context
