"""Drawing many figures at once: worker processes draw exactly what this process would."""

from __future__ import annotations

import dataclasses

import pytest

from generator.figure import drawn
from generator.figure.drawn import PARALLEL_FROM, _draw, draw_all, drawing
from generator.figure.files import figure_file
from generator.figure.models import Figure
from tests.figure.test_figure import FIGURES


def _turned_by(figure: Figure, step: float) -> Figure:
    """Gives a copy of a figure with every joint angle moved by step degrees."""
    keyframes = tuple(dataclasses.replace(frame, joints=tuple(
        (name, angle + step) for name, angle in frame.joints)) for frame in figure.keyframes)
    return dataclasses.replace(figure, keyframes=keyframes)


def test_figures_drawn_by_worker_processes_are_drawn_as_here(
        monkeypatch: pytest.MonkeyPatch) -> None:
    figures = [_turned_by(figure, step / 10) for step in range(-(-PARALLEL_FROM // len(FIGURES)))
               for figure in FIGURES.values()]
    assert len(set(figures)) >= PARALLEL_FROM
    workers_used = []
    real = drawn.in_processes
    monkeypatch.setattr(drawn, "in_processes", lambda work, items, workers: workers_used.append(
        workers) or real(work, items, workers))
    monkeypatch.setattr(drawn, "_drawings", {})
    draw_all(figures, workers=2)
    assert workers_used == [2] and set(drawn._drawings) == set(figures)
    assert [drawing(f) for f in figures] == [_draw(f) for f in figures]


def test_a_few_figures_are_drawn_here_when_first_asked_for(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drawn, "_drawings", {})
    draw_all(FIGURES.values(), workers=2)
    assert drawn._drawings == {}
    figure = _turned_by(FIGURES["band-row"], 0.05)  # one no earlier test has drawn
    figure_file(figure, "large")
    assert list(drawn._drawings) == [figure]
