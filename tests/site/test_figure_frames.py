"""A figure's keyframes take turns in real headless Chromium: never two on screen at once.

The crossfade once let one frame fade in while the other faded out, a grey ghost of both.
Time runs on Playwright's clock, stopped but for the test: the page's animations are paused and
set, on every animation frame the clock gives, to the clock's time, so the test steps through
each change of frame and reads the opacity Chromium computes from the real keyframes at every
step, waiting for the page's next animation frame rather than for time to pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from generator.figure.files import figure_file
from generator.figure.markup import FIGURE_CSS, figure_html
from generator.figure.models import Figure, Keyframe

pytestmark = pytest.mark.browser

TURN_MS = 2500
"""How long each keyframe's turn lasts (files.py, figure.css)."""
STEP_MS = 20
"""How far the clock moves between two readings: shorter than a fade (150 ms)."""
AROUND_MS = 240
"""How long before and after each change of frame the test steps through: past both fades."""

# Pauses every animation on the page and, on each animation frame, sets it to the time the
# (Playwright) clock has run since; counts the frames so the test can wait for the next one.
FOLLOW_CLOCK = """selector => {
  const animations = document.getAnimations();
  animations.forEach(a => a.pause());
  const start = performance.now();
  window.ubgTicks = 0;
  const tick = () => {
    const at = performance.now() - start;
    animations.forEach(a => { a.currentTime = at; });
    window.ubgAt = at;
    window.ubgTicks += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return [animations.length, document.querySelectorAll(selector).length];
}"""

# Waits for the animation frame after the given one, and gives its time and the opacity of
# every keyframe then.
NEXT_READING = """([selector, before]) => window.ubgTicks > before
  && [window.ubgTicks, window.ubgAt, [...document.querySelectorAll(selector)]
      .map(frame => Number(getComputedStyle(frame).opacity))]"""


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    page = browser.new_page()
    page.emulate_media(reduced_motion="no-preference")
    # Stopped: the page's time moves only when the test runs the clock, however slow the machine.
    page.clock.install(time=0)
    page.clock.pause_at(1000)
    yield page
    page.close()


def play_through(page: Any, selector: str) -> list[tuple[float, list[float]]]:
    """Gives the time and every frame's opacity at each step through every change of frame in
    one cycle: from well before the fades (one frame fully shown) to well after them."""
    animations, frames = page.evaluate(FOLLOW_CLOCK, selector)
    assert frames >= 2 and animations == frames
    readings: list[tuple[float, list[float]]] = []
    ticks, now = 0, 0
    for change in range(1, frames + 1):
        for at in [change * TURN_MS - AROUND_MS + k * STEP_MS
                   for k in range(2 * AROUND_MS // STEP_MS + 1)]:
            page.clock.run_for(at - now)
            now = at
            ticks, seen, opacities = page.wait_for_function(
                NEXT_READING, arg=[selector, ticks]).json_value()
            readings.append((seen, opacities))
    return readings


def assert_one_frame_at_a_time(readings: list[tuple[float, list[float]]]) -> None:
    frames = len(readings[0][1])
    for at, opacities in readings:
        shown = [n + 1 for n, opacity in enumerate(opacities) if opacity > 0]
        assert len(shown) <= 1, f"frames {shown} both show at {at:.0f} ms: {opacities}"
    # The steps went through every change: each frame had its turn, fully shown.
    for n in range(frames):
        assert any(opacities[n] == 1 for _, opacities in readings), f"frame {n + 1} never showed"
    assert readings[-1][0] >= frames * TURN_MS + AROUND_MS - STEP_MS


def test_a_published_figure_file_shows_one_frame_at_a_time(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}assets/figures/cat-cow-large.svg")
    assert_one_frame_at_a_time(play_through(page, ".ubg-f"))


def _figure(frames: int) -> Figure:
    """Gives a figure whose arms rise a little more in each of its keyframes."""
    return Figure(tuple(Keyframe("standing", (("left-shoulder", 40.0 * n),))
                        for n in range(frames)))


@pytest.mark.parametrize("frames", [3, 4])
def test_a_figure_file_of_any_length_shows_one_frame_at_a_time(page: Any, frames: int) -> None:
    page.set_content(figure_file(_figure(frames), "small").svg)
    assert_one_frame_at_a_time(play_through(page, ".ubg-f"))


@pytest.mark.parametrize("frames", [2, 3, 4])
def test_inline_frames_styled_by_figure_css_show_one_at_a_time(page: Any, frames: int) -> None:
    css = FIGURE_CSS.read_text(encoding="utf-8")
    page.set_content(f"<!doctype html><html><head><style>{css}</style></head><body>"
                     f"{figure_html(_figure(frames), name='frames')}</body></html>")
    assert_one_frame_at_a_time(play_through(page, ".ubg-figure__frame"))
