"""3-D vectors and 3×3 matrices as plain tuples, enough to pose and project a stick body."""

from __future__ import annotations

import functools
import math

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]

IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


@functools.lru_cache(maxsize=16384)  # a figure's joints turn by a few dozen angles, many times
def rot(axis: int, deg: float) -> Mat:
    """Give the rotation by deg degrees about the x (0), y (1) or z (2) axis.

    Rotations by 0.0 and -0.0 share one entry, though their zeros' signs differ: mul() and
    apply(), the only users of a matrix, start every sum from 0.0, so those signs never show.
    """
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    if axis == 0:
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == 1:
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


# Written out rather than with sum(): posing a figure calls these a million times. The sums
# start from 0.0 and add left to right, exactly as sum() did, so every figure is unchanged.


def mul(a: Mat, b: Mat) -> Mat:
    """Give the product of two matrices."""
    (a00, a01, a02), (a10, a11, a12), (a20, a21, a22) = a
    (b00, b01, b02), (b10, b11, b12), (b20, b21, b22) = b
    return ((0.0 + a00 * b00 + a01 * b10 + a02 * b20, 0.0 + a00 * b01 + a01 * b11 + a02 * b21,
             0.0 + a00 * b02 + a01 * b12 + a02 * b22),
            (0.0 + a10 * b00 + a11 * b10 + a12 * b20, 0.0 + a10 * b01 + a11 * b11 + a12 * b21,
             0.0 + a10 * b02 + a11 * b12 + a12 * b22),
            (0.0 + a20 * b00 + a21 * b10 + a22 * b20, 0.0 + a20 * b01 + a21 * b11 + a22 * b21,
             0.0 + a20 * b02 + a21 * b12 + a22 * b22))


def apply(m: Mat, v: Vec) -> Vec:
    """Give the matrix applied to a vector."""
    x, y, z = v
    (m00, m01, m02), (m10, m11, m12), (m20, m21, m22) = m
    return (0.0 + m00 * x + m01 * y + m02 * z, 0.0 + m10 * x + m11 * y + m12 * z,
            0.0 + m20 * x + m21 * y + m22 * z)


def add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    """Give a + k·b."""
    return (a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2])


def dot(a: Vec, b: Vec) -> float:
    """Give the dot product."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    """Give the cross product."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def unit(v: Vec) -> Vec:
    """Give the vector scaled to length 1 (a zero vector stays zero)."""
    n = math.sqrt(dot(v, v)) or 1.0
    return (v[0] / n, v[1] / n, v[2] / n)
