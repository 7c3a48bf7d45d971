"""Warnings where an exercise's figure shows something other than its own text says.

Only what both sides state as data is compared: the position against the postures drawn, the
equipment against the props drawn. The drawing itself is never run here.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.marks import Marks
from generator.errors import Problem
from generator.models.content import Catalogue, Exercise

POSITION_POSTURES: dict[str, tuple[str, ...]] = {
    "standing": ("standing",),
    "seated": ("seated",),
    "hands-and-knees": ("hands-and-knees",),
    # Kneeling covers kneeling up, sitting back on the heels, a low lunge with the back knee
    # down, and the all-fours start of kneeling stretches such as Puppy Pose. Never standing:
    # a body on its feet is not kneeling, however bent its legs.
    "kneeling": ("kneeling", "kneeling-sat-back", "kneeling-lunge", "hands-and-knees"),
    "lying-front": ("lying-front",),
    "lying-back": ("lying-back",),
    "lying-side": ("lying-side",),
}
"""For each position of the taxonomy, the figure postures that show it."""
IMPLIED_PROPS = {"chair": ("seated",)}
"""Props a posture draws by itself: a seated figure always sits on a chair."""


def figure_warnings(exercise: Exercise, catalogue: Catalogue,
                    marks: Marks) -> Iterator[Problem]:
    """Gives a warning for each thing the figure plainly draws unlike the exercise's text."""
    figure = exercise.figure
    if figure is None:
        return
    allowed = POSITION_POSTURES.get(exercise.position)
    for number, frame in enumerate(figure.keyframes, start=1):
        if allowed is None or frame.posture in allowed:
            continue
        label = f"figure.keyframes[{number}].posture"
        position = catalogue.taxonomy["positions"][exercise.position].label.lower()
        yield marks.problem(exercise.source, label, "W320", f"field {label!r}: the exercise "
                            f"is done {position} ('position: {exercise.position}'), but this "
                            f"keyframe is drawn {frame.posture!r}; draw it as "
                            f"{' or '.join(repr(p) for p in allowed)}")
        break
    drawn = {placement.prop for placement in figure.props}
    postures = {frame.posture for frame in figure.keyframes}
    props = catalogue.taxonomy.get("props", {})
    for number, item in enumerate(exercise.equipment, start=1):
        if item not in props or item in drawn:
            continue
        if postures & set(IMPLIED_PROPS.get(item, ())):
            continue
        label = f"equipment[{number}]"
        name = props[item].label.lower()
        yield marks.problem(exercise.source, label, "W321", f"field {label!r}: the exercise "
                            f"uses a {name}, but its figure does not draw one; add "
                            f"{{prop: {item}}} to 'figure.props'")
