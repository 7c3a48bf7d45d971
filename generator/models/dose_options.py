"""The doses a reader may choose for an exercise: its usual dose and a few lighter and heavier.

My routine lets a reader change an exercise's dose, but only to a dose the guide publishes:
the variants are derived here by rule (one set fewer or more, a quarter less or more of the
dose's amount), kept within the model's field limits and the exercise level's longest hold.
"""

from __future__ import annotations

import dataclasses
import functools
import math

from generator.models.content import Dose
from generator.models.dosage import dose_seconds

AMOUNT_FIELD = {"reps": "reps", "hold": "hold_s", "time": "duration_s", "breaths": "breaths"}
"""The field that says how much of a dose's mode to do."""
MAX_SETS = 4
"""More sets than this are not offered: a routine is a short daily habit, not a workout."""


def field_limits(name: str) -> tuple[int, int]:
    """Gives (minimum, maximum) the model allows for a dose field."""
    meta = Dose.__dataclass_fields__[name].metadata
    return int(meta["minimum"]), int(meta["maximum"])


def dose_options(dose: Dose, max_hold_s: int, seconds_each: dict[str, int],
                 also: tuple[Dose, ...] = ()) -> list[Dose]:
    """Gives the allowed doses, shortest first: the usual one, its variants and `also`.

    `also` holds doses shipped routines use, so a copied routine keeps its exact doses.
    """
    return list(_options(dose, max_hold_s, tuple(seconds_each.items()), also))


@functools.lru_cache(maxsize=4096)
def _options(dose: Dose, max_hold_s: int, seconds_each: tuple[tuple[str, int], ...],
             also: tuple[Dose, ...]) -> tuple[Dose, ...]:
    """Gives dose_options(), worked out once: each exercise's doses are asked for by its own
    page, by every routine step that names it and by My routine, and many share one dose."""
    options = [dose, *_amount_variants(dose, max_hold_s), *_set_variants(dose), *also]
    unique = list(dict.fromkeys(options))
    each = dict(seconds_each)
    return tuple(sorted(unique, key=lambda d: (dose_seconds(d, each), unique.index(d))))


def _amount_variants(dose: Dose, max_hold_s: int) -> list[Dose]:
    """Gives the dose with a quarter less and a quarter more of its amount (at least 1)."""
    name = AMOUNT_FIELD.get(dose.mode)
    value = getattr(dose, name) if name else None
    if not name or value is None:
        return []
    low, high = field_limits(name)
    if name == "hold_s":
        high = min(high, max(max_hold_s, value))  # never above the level's longest hold
    step = max(1, math.ceil(value / 4))
    if name in ("hold_s", "duration_s") and step > 5:
        step = 5 * round(step / 5)  # times read better in fives
    variants = []
    for amount in (value - step, value + step):
        if low <= amount <= high:
            variants.append(dataclasses.replace(dose, **{name: amount}))
    return variants


def _set_variants(dose: Dose) -> list[Dose]:
    """Gives the dose with one set fewer and one more (within MAX_SETS)."""
    variants = []
    if dose.sets > 1:
        variants.append(dataclasses.replace(dose, sets=dose.sets - 1))
    if dose.sets < MAX_SETS:
        rest = dose.rest_s or (15 if dose.sets == 1 else 0)  # a first extra set gets a rest
        variants.append(dataclasses.replace(dose, sets=dose.sets + 1, rest_s=rest))
    return variants

