"""Drawing figures ahead: worker processes draw exactly what this process would."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os

import pytest

from generator.figure import drawn
from generator.figure.drawn import PARALLEL_FROM, _draw, drawing, drawing_ahead
from generator.figure.files import figure_file
from generator.figure.models import Figure
from tests.figure.test_figure import FIGURES


def _turned_by(figure: Figure, step: float) -> Figure:
    """Gives a copy of a figure with every joint angle moved by step degrees."""
    keyframes = tuple(dataclasses.replace(frame, joints=tuple(
        (name, angle + step) for name, angle in frame.joints)) for frame in figure.keyframes)
    return dataclasses.replace(figure, keyframes=keyframes)


def _many() -> list[Figure]:
    """Gives PARALLEL_FROM or more figures, all different."""
    figures = [_turned_by(figure, step / 10) for step in range(-(-PARALLEL_FROM // len(FIGURES)))
               for figure in FIGURES.values()]
    assert len(set(figures)) == len(figures) >= PARALLEL_FROM
    return figures


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[Figure]:
    """Gives the list of figures this process draws from now on (a worker's are its own)."""
    here: list[Figure] = []
    draw = drawn._draw
    monkeypatch.setattr(drawn, "_draw", lambda figure: here.append(figure) or draw(figure))
    return here


def test_figures_drawn_ahead_by_worker_processes_are_drawn_as_here(
        monkeypatch: pytest.MonkeyPatch) -> None:
    figures = _many()
    monkeypatch.setattr(drawn, "_drawings", {})
    with drawing_ahead(figures, workers=2):
        here = _counted(monkeypatch)  # after the fork: the worker counts in its own copy
        assert set(drawn._pending) == set(figures)
        ahead = [drawing(f) for f in figures]
        assert drawn._pending == {}
    # A batch a worker has begun cannot be taken back, so a worker drew some of them.
    assert len(here) < len(figures)
    assert ahead == [_draw(f) for f in figures]


def test_a_batch_no_worker_has_begun_is_drawn_here(monkeypatch: pytest.MonkeyPatch) -> None:
    figures = _many()
    monkeypatch.setattr(drawn, "_drawings", {})
    # The worker, forked with this patch, waits on its first batch until the test lets it go,
    # so the last batch is surely not begun when this process asks for it.
    go = multiprocessing.get_context("fork").Event()
    draw_each, parent = drawn._draw_each, os.getpid()
    monkeypatch.setattr(drawn, "_draw_each", lambda batch: (
        os.getpid() == parent or go.wait(60)) and draw_each(batch))
    with drawing_ahead(figures, workers=2):
        here = _counted(monkeypatch)
        last = figures[-1]  # its batch waits behind the others
        assert drawing(last) == _draw(last)
        assert here[-1] is last and here == figures[-len(here):]  # its whole batch, drawn here
        assert not set(here) & set(drawn._pending)
        go.set()
    assert drawn._pending == {}


def test_a_few_figures_are_drawn_here_when_first_asked_for(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drawn, "_drawings", {})
    with drawing_ahead(FIGURES.values(), workers=2):
        assert drawn._pending == {}
        figure = _turned_by(FIGURES["band-row"], 0.05)  # one no earlier test has drawn
        figure_file(figure, "large")
    assert list(drawn._drawings) == [figure]
