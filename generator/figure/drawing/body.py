"""The body in SVG, drawn far to near so that near parts hide far ones (the painter's algorithm).

Every part is opaque. A limb or the trunk gets a rim in the page's own background colour under
its stroke, so where a near limb crosses a far one, or the trunk, a thin gap keeps them apart.
Limbs on the far side of the body are drawn in a lighter, still opaque, tone.
"""

from __future__ import annotations

from generator.figure.drawing.scene import Scene
from generator.figure.drawing.skeleton import (
    ARM_STROKE,
    HEAD_RADIUS,
    LEG_STROKE,
    SPINE_POINTS,
    TORSO_STROKE,
    body_axes,
)
from generator.figure.drawing.svg import ARM, LEG, limb, line_d, num, torso_d
from generator.figure.drawing.vectors import add, cross, dot, unit
from generator.figure.models import SIDES

PAPER = "var(--ubg-figure-paper,Canvas)"
"""The page's background colour: the rim between parts, and the eyes."""
FAR_TONE = f"color-mix(in srgb,currentColor 55%,{PAPER})"
"""The colour of the far limbs: lighter than the body, but opaque, so nothing shows through."""
RIM = 3.0
"""How much wider than a part its background-coloured rim is, in body centimetres."""
_FAR_BY = 5.0
"""How much farther than the spine a limb must be to be drawn in the far tone."""


def _depth(scene: Scene, names: list[str]) -> float:
    return sum(scene.depth(scene.points[n]) for n in names) / len(names)


def _across(scene: Scene, names: list[str]) -> float:
    """Give how near the named points are, measured level with the floor: seen from a little
    above, the legs are lower than the chest but no farther away."""
    look = cross(scene.camera[0], scene.camera[1])
    level = (look[0], 0.0, look[2])
    if dot(level, level) < 0.1:  # seen from straight above, near is high
        return _depth(scene, names)
    level = unit(level)
    return sum(dot(scene.points[n], level) for n in names) / len(names)


def _limb(scene: Scene, side: str, parts: tuple[str, ...], width: float, far: bool) -> str:
    d = line_d(limb(scene, side, parts))
    tone = f' style="stroke:{FAR_TONE}"' if far else ""
    return (f'<path d="{d}" style="stroke:{PAPER}" stroke-width="{num(width + RIM)}"/>'
            f'<path d="{d}"{tone} stroke-width="{num(width)}"/>')


def _eyes(scene: Scene) -> str:
    """Give the eyes on the side of the head the face is on, or '' when it faces away."""
    head, nose = scene.points["head"], scene.points["nose"]
    facing = unit(add(nose, head, -1.0))
    toward_camera = dot(facing, cross(scene.camera[0], scene.camera[1]))
    if toward_camera < -0.15:
        return ""
    _, _, right = body_axes(scene.points)
    # Across the face as the head holds it: square to the neck, so a head tilted toward a
    # shoulder tilts its eyes too (level eyes made a tilt read as a sideways glide).
    neck = unit(add(head, scene.points["spine-6"], -1.0))
    tilted = cross(neck, facing)
    tilted = tilted if dot(tilted, right) >= 0 else add((0.0, 0.0, 0.0), tilted, -1.0)
    across = unit(add(tilted, facing, -dot(tilted, facing)))
    # Seen face on, two eyes make a face; seen from the side, the near eye marks the front.
    spread = 0.38 * HEAD_RADIUS * min(1.0, max(0.0, toward_camera) * 1.6)
    eyes = [add(add(head, facing, 0.5 * HEAD_RADIUS), across, s * spread) for s in (-1.0, 1.0)]
    spots = {(num(x), num(y)) for x, y in (scene.page(e) for e in eyes)}
    return "".join(f'<circle cx="{x}" cy="{y}" r="2.2" style="fill:{PAPER}" stroke="none"/>'
                   for x, y in sorted(spots))


def _trunk(scene: Scene) -> str:
    """Give the torso, neck and head as one piece: a rim under all three, then the body."""
    head, nose = scene.on_page["head"], scene.on_page["nose"]
    torso, neck = torso_d(scene), line_d([scene.on_page["spine-6"], head])
    hx, hy, nx, ny = num(head[0]), num(head[1]), num(nose[0]), num(nose[1])
    head_rim = f'<circle cx="{hx}" cy="{hy}" r="{num(HEAD_RADIUS + RIM / 2)}"/>'
    head_svg = (f'<circle cx="{hx}" cy="{hy}" r="{num(HEAD_RADIUS)}" fill="currentColor"/>'
                f'<circle cx="{nx}" cy="{ny}" r="3.5" fill="currentColor"/>')
    rim = (f'<g style="stroke:{PAPER};fill:{PAPER}">'
           f'<path d="{torso}" stroke-width="{num(TORSO_STROKE + RIM)}"/>'
           f'<path d="{neck}" stroke-width="{num(9 + RIM)}"/>{head_rim}</g>')
    body = (f'<path d="{torso}" fill="currentColor" stroke-width="{num(TORSO_STROKE)}"/>'
            f'<path d="{neck}" stroke-width="9"/>')
    # A head hanging in front of the chest (seen from the front, on hands and knees) would melt
    # into it: it gets its own rim over the trunk.
    points = scene.points
    if scene.depth(points["head"]) - scene.depth(points["spine-6"]) > HEAD_RADIUS * 1.5:
        return rim + body + f'<g style="stroke:{PAPER};fill:{PAPER}">{head_rim}</g>' \
            + head_svg + _eyes(scene)
    return rim + body + head_svg + _eyes(scene)


def body_svg(scene: Scene) -> str:
    """Give the SVG of the body: limbs and trunk from the farthest to the nearest."""
    if "body" not in scene.pieces:
        scene.pieces["body"] = _body_svg(scene)
    return scene.pieces["body"]


def _body_svg(scene: Scene) -> str:
    trunk = [f"spine-{k}" for k in range(SPINE_POINTS)]
    spine, middle = _depth(scene, trunk), _across(scene, trunk)
    pieces: list[tuple[float, int, str]] = [(spine, 0, _trunk(scene))]
    for side in SIDES:
        for parts, width in ((LEG, LEG_STROKE), (ARM, ARM_STROKE)):
            names = [f"{side}-{p}" for p in parts]
            far = _across(scene, names) < middle - _FAR_BY
            svg = _limb(scene, side, parts, width, far)
            depth = _depth(scene, names)
            pieces.append((depth, len(pieces), svg))
    return "".join(svg for _, _, svg in sorted(pieces))
