"""The drawing of the real exercises' figures: props, arrows and thumbnails a reader can read."""

from __future__ import annotations

import dataclasses
import math

import pytest

from generator.build import load_catalogue
from generator.figure.drawing.arrows import HEAD_CLEARANCE, arrow_paths
from generator.figure.drawing.postures import thumbnail_view
from generator.figure.drawing.props import (
    MAT_THICKNESS,
    ROLLER_RADIUS,
    TOWEL_RADIUS,
    Shape,
    prop_shapes,
)
from generator.figure.drawing.scene import Scene, extent
from generator.figure.drawing.skeleton import (
    ARM_STROKE,
    HEAD_RADIUS,
    LEG_STROKE,
    TORSO_STROKE,
    skeleton,
)
from generator.figure.markup import _scenes, keyframe_body, thumbnail_frame
from generator.figure.models import Figure
from tests.conftest import ROOT

FIGURES: dict[str, Figure] = {
    exercise.id: exercise.figure
    for exercise in load_catalogue(ROOT / "content")[0].exercises.values()
    if exercise.figure is not None}


def _size(shape: Shape) -> list[float]:
    """Gives what makes a shape's size, wherever it stands: the distances between its corners."""
    return sorted(round(math.dist(a, b), 1) for a in shape.points for b in shape.points) \
        + [shape.width]


@pytest.mark.parametrize("name", [n for n, f in FIGURES.items() if len(f.keyframes) > 1])
def test_a_prop_keeps_one_size_in_every_keyframe(name: str) -> None:
    figure = FIGURES[name]
    scenes = _scenes(figure)
    bodies = [scene.points for scene in scenes]
    floor = MAT_THICKNESS if any(p.prop == "mat" for p in figure.props) else 0.0
    for placement in figure.props:
        shapes = [[s for s in prop_shapes(placement.prop, placement.at, scene.points, floor,
                                          bodies) if placement.prop != "band" or s.kind != "band"]
                  for scene in scenes]  # a band stretches between the hands; its post does not
        if (placement.prop, placement.at) == ("towel", "hands"):
            # Held between the hands, it hangs lower where they come closer: the same towel.
            lengths = [sum(math.dist(a, b) for a, b in zip(s.points, s.points[1:], strict=False))
                       for (s,) in shapes]
            assert max(lengths) - min(lengths) < 0.1, name
            continue
        sizes = [[_size(s) for s in frame] for frame in shapes]
        assert all(size == sizes[0] for size in sizes), (name, placement.prop)


def test_a_roller_under_the_upper_back_holds_up_the_shoulder_blades() -> None:
    for scene in _scenes(FIGURES["foam-roller-extension"]):
        roller = next(s for s in scene.shapes if s.kind == "roller")
        blades = scene.points["torso-b-5"]
        assert roller.points[0][0] == pytest.approx(blades[0])
        top = MAT_THICKNESS + 2 * ROLLER_RADIUS
        assert blades[1] - TORSO_STROKE / 2 == pytest.approx(top, abs=0.1)
        # Under the upper back: past the lower ribs, short of the neck.
        assert scene.points["spine-6"][0] < roller.points[0][0] < scene.points["spine-3"][0]


@pytest.mark.parametrize(("name", "edge"), [("seated-cat-cow", True), ("eagle-arms", False)])
def test_a_chair_sat_on_near_its_front_edge_leaves_room_behind_the_back(
        name: str, edge: bool) -> None:
    for scene in _scenes(FIGURES[name]):
        panels = [s for s in scene.shapes if s.kind == "panel"]
        seat, backrest = panels[0], panels[1]
        front = max(p[0] for p in seat.points)
        back = min(p[0] - (TORSO_STROKE / 2 if n.startswith("spine") else 0)
                   for n, p in scene.points.items() if n.startswith(("spine", "torso")))
        gap = back - backrest.points[0][0]
        pelvis = scene.points["spine-0"][0]
        # The thighs overhang the seat's front edge when sitting near it.
        assert front - pelvis == pytest.approx(15.0 if edge else 27.0)
        assert (gap > 12) if edge else (gap < 9)


def test_a_towel_along_the_spine_shows_from_the_lower_ribs_to_the_head() -> None:
    figure = FIGURES["towel-chest-opener"]
    for scene in _scenes(figure):
        towel = next(s for s in scene.shapes if s.kind == "long-roller")
        ends = sorted(p[0] for p in towel.points)
        assert ends[0] < scene.points["head"][0] - HEAD_RADIUS / 2  # under the head
        # Seen from above at a slant the body hides most of it: its end shows past the head.
        head_end = scene.page(min(towel.points))
        assert math.dist(head_end, scene.page(scene.points["head"])) > HEAD_RADIUS + 4
        assert ends[1] == pytest.approx(scene.points["spine-3"][0], abs=1.0)
        top = MAT_THICKNESS + 2 * TOWEL_RADIUS
        # The upper back and the head rest on it, the pelvis and the feet on the mat.
        assert scene.points["torso-b-6"][1] - TORSO_STROKE / 2 == pytest.approx(top, abs=0.1)
        assert scene.points["head"][1] - HEAD_RADIUS == pytest.approx(top, abs=0.5)
        for side in ("left", "right"):
            for part in ("heel", "toe"):
                assert scene.points[f"{side}-{part}"][1] - LEG_STROKE / 2 >= MAT_THICKNESS - 0.1
            assert scene.points[f"{side}-heel"][1] - LEG_STROKE / 2 == pytest.approx(
                MAT_THICKNESS, abs=0.1)
            assert scene.points[f"{side}-knee"][1] > scene.points[f"{side}-hip"][1] + 20


@pytest.mark.parametrize("name", ["foam-roller-snow-angel", "foam-roller-chest-rest"])
def test_lying_along_a_roller_shows_bent_knees_and_the_head_off_the_mat(name: str) -> None:
    figure = FIGURES[name]
    for scene in _scenes(figure):
        assert scene.camera[1][1] > 0.5, "seen from straight above, height does not show"
        head = scene.page(scene.points["head"])
        mat = scene.page((scene.points["head"][0], MAT_THICKNESS, 0.0))
        assert mat[1] - head[1] > HEAD_RADIUS + 5
        for side in ("left", "right"):
            hip, knee, ankle = (scene.page(scene.points[f"{side}-{part}"])
                                for part in ("hip", "knee", "ankle"))
            # The knee stands well above the line from hip to ankle: a bent leg, not a stick.
            along = ((ankle[0] - hip[0]) * (knee[1] - hip[1])
                     - (ankle[1] - hip[1]) * (knee[0] - hip[0])) / math.dist(hip, ankle)
            assert abs(along) > 20, (name, side)


def test_arms_falling_open_on_the_floor_show_out_to_the_sides() -> None:
    # Seen from the side, the near arm lying out to the side is a blob on the chest.
    scene = _scenes(FIGURES["towel-chest-opener"])[-1]
    assert scene.camera[1][1] > 0.5
    chest = scene.page(scene.points["spine-5"])
    for side in ("left", "right"):
        assert math.dist(scene.page(scene.points[f"{side}-hand"]), chest) > 30, side


def test_arm_movements_across_the_body_are_seen_three_quarter() -> None:
    assert FIGURES["doorway-chest-stretch"].view == "three-quarter"


def test_band_pull_apart_holds_the_hands_at_shoulder_height_with_the_band_between() -> None:
    # In the body's own space (x forward, y up, z to the right), whatever the camera.
    for scene in _scenes(FIGURES["band-pull-apart"]):
        for side in ("left", "right"):
            hand, shoulder = scene.points[f"{side}-hand"], scene.points[f"{side}-shoulder"]
            assert abs(hand[1] - shoulder[1]) < 8, side  # at shoulder height
        band = next(s for s in scene.shapes if s.kind == "band")
        assert {band.points[0], band.points[-1]} == {scene.points["left-hand"],
                                                     scene.points["right-hand"]}
    first, last = _scenes(FIGURES["band-pull-apart"])
    # Straight out in front, about shoulder-width apart; then out to the sides.
    assert all(first.points[f"{side}-hand"][0] > 50 for side in ("left", "right"))
    assert 40 < first.points["right-hand"][2] - first.points["left-hand"][2] < 70
    assert all(abs(last.points[f"{side}-hand"][0]) < 10 for side in ("left", "right"))
    assert last.points["right-hand"][2] - last.points["left-hand"][2] > 140


def test_band_pull_apart_is_seen_from_above_where_both_shapes_read() -> None:
    # From the front, arms held forward overlap and read as crossed; from three-quarter the
    # line from hand to hand is a diagonal. From above, forward and apart are both plain.
    figure = FIGURES["band-pull-apart"]
    assert figure.view == "above"
    before, scene = _scenes(figure)
    arrows = arrow_paths(scene, "hands", "", before)
    assert len(arrows) == 2
    for side in ("left", "right"):
        hand = scene.page(scene.points[f"{side}-hand"])
        arrow = min(arrows, key=lambda a: math.dist(a.tip, hand))
        assert math.dist(arrow.tip, hand) < 12, side
        assert math.dist(arrow.line[-1], arrow.tip) == pytest.approx(6, abs=0.5), side


def _arrows(figure: Figure) -> list[tuple[Scene, int, list[tuple[float, float]]]]:
    scenes = _scenes(figure)
    found = []
    for index, frame in enumerate(figure.keyframes):
        if frame.arrow:
            before = scenes[index - 1] if len(scenes) > 1 else None
            for arrow in arrow_paths(scenes[index], frame.arrow.at, frame.arrow.direction, before):
                found.append((scenes[index], index, list(arrow.outline())))
    return found


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_no_arrow_crosses_the_head_or_leaves_the_picture(name: str) -> None:
    figure = FIGURES[name]
    for scene, index, outline in _arrows(figure):
        head = scene.page(scene.points["head"])
        assert min(math.dist(p, head) for p in outline) >= HEAD_CLEARANCE - 0.1, (name, index)
        left, top, width, height = keyframe_body(figure, index)[0]
        for x, y in outline:
            assert left <= x <= left + width and top <= y <= top + height, (name, index)


def test_the_seated_twist_turns_under_a_ring_over_the_head() -> None:
    ((scene, _, outline),) = _arrows(FIGURES["seated-twist"])
    head = scene.page(scene.points["head"])
    assert max(y for _, y in outline) < head[1] - HEAD_RADIUS


THUMB_PX = 56
"""The smallest width a page shows a thumbnail at (the exercises index on a phone)."""


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_a_thumbnail_is_filled_by_a_body_seen_from_the_side_or_three_quarter(name: str) -> None:
    figure = FIGURES[name]
    index = thumbnail_frame(figure)
    view = thumbnail_view(figure.keyframes[index].posture, figure.view)
    scene = _scenes(dataclasses.replace(figure, view=view))[index]
    assert abs(scene.camera[1][1]) > 0.5, "from straight above, a body is a flat stick"
    left, top, width, height = keyframe_body(figure, index, tight=True)[0]
    body_left, body_top, body_right, body_bottom = extent(scene, props=False)
    across, down = (body_right - body_left) / width, (body_bottom - body_top) / height
    # Cropped to the body (or a door frame, kept whole around it): it reaches (nearly) across
    # the thumbnail one way or the other, and even a lying body is thick enough to see at the
    # smallest size.
    framed = any(p.prop == "doorway" for p in figure.props)
    crop_left, crop_top, crop_right, crop_bottom = extent(scene, props=framed)
    assert max((crop_right - crop_left) / width, (crop_bottom - crop_top) / height) >= 0.9, name
    assert not framed or top <= crop_top, "the lintel is cut off"
    assert across * down >= 0.14, name
    assert min(across * THUMB_PX, down * THUMB_PX * 3 / 4) >= 8, name


def test_a_low_lunge_kneels_on_the_back_shin_with_the_front_foot_flat() -> None:
    figure = FIGURES["low-lunge-twist"]
    floor = MAT_THICKNESS + LEG_STROKE / 2  # where a leg point lying on the mat is
    for scene in _scenes(figure):
        p = scene.points
        for part in ("left-knee", "left-ankle", "right-heel", "right-toe"):
            assert p[part][1] == pytest.approx(floor, abs=1.5), part
        assert p["right-knee"][1] > floor + 30  # the front knee is up, over the front foot
        assert p["right-ankle"][0] > p["spine-0"][0] > p["left-knee"][0]


@pytest.mark.parametrize(("name", "hands"), [
    ("low-lunge-twist", ("left-hand",)), ("sphinx", ("left-elbow", "right-elbow"))])
def test_a_hand_or_elbow_the_setup_puts_on_the_floor_rests_on_the_mat(
        name: str, hands: tuple[str, ...]) -> None:
    # The low lunge's left hand is on the floor inside the front foot; Sphinx's first frame
    # lies flat with the forehead on the stacked hands, elbows out on the mat, and does not
    # prop the chest up on the arms.
    scenes = _scenes(FIGURES[name])[:1] if name == "sphinx" else _scenes(FIGURES[name])
    for scene in scenes:
        for hand in hands:
            assert scene.points[hand][1] - ARM_STROKE / 2 == pytest.approx(MAT_THICKNESS, abs=1)
    if name == "sphinx":
        chest = scenes[0].points["torso-a-5"][1] - TORSO_STROKE / 2
        assert chest < MAT_THICKNESS + 6
        assert scenes[0].points["head"][1] - HEAD_RADIUS < MAT_THICKNESS + 8


def test_a_thumbnail_shows_the_last_keyframe_unless_it_is_a_thin_stick() -> None:
    # Arms straight overhead make a standing body a stick; arms forward at shoulder height don't.
    assert thumbnail_frame(FIGURES["wall-slide"]) == 0
    assert [(name, thumbnail_frame(figure)) for name, figure in sorted(FIGURES.items())
            if thumbnail_frame(figure) != len(figure.keyframes) - 1] == [
        ("band-pull-apart", 0), ("band-row", 0), ("towel-overhead-reach", 0), ("wall-angel", 0),
        ("wall-slide", 0)]


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_shrug_lifts_the_shoulder_toward_the_ear_and_drawing_it_back_moves_it_behind(
        side: str) -> None:
    still = skeleton({})
    shrug = skeleton({f"{side}-shoulder-lift": 30})
    back = skeleton({f"{side}-shoulder-retraction": 25})
    down = skeleton({f"{side}-shoulder-lift": -8})
    rise = shrug[f"{side}-shoulder"][1] - still[f"{side}-shoulder"][1]
    assert 7 < rise < 10  # a 17 cm collarbone turned up by 30 degrees
    # The arm hangs from the lifted shoulder, and the other side stays put.
    assert shrug[f"{side}-hand"][1] - still[f"{side}-hand"][1] == pytest.approx(rise)
    other = "left" if side == "right" else "right"
    assert shrug[f"{other}-shoulder"] == still[f"{other}-shoulder"]
    assert back[f"{side}-shoulder"][0] < still[f"{side}-shoulder"][0] - 6
    assert down[f"{side}-shoulder"][1] < still[f"{side}-shoulder"][1] - 2
    # Lifted, the shoulder comes up toward the ear, still below the head's middle.
    assert shrug[f"{side}-shoulder"][1] < shrug["head"][1] - HEAD_RADIUS / 2


def test_doorway_forearms_rest_upright_on_the_jambs_below_a_lintel_over_the_head() -> None:
    for scene in _scenes(FIGURES["doorway-chest-stretch"]):
        (door,) = [s for s in scene.shapes if s.kind == "line"]
        x, top = door.points[0][0], door.points[1][1]
        jambs = {"left": door.points[0][2], "right": door.points[-1][2]}
        assert top > scene.points["head"][1] + HEAD_RADIUS + 25  # a door is about 2 m high
        for side, z in jambs.items():
            hand, elbow = scene.points[f"{side}-hand"], scene.points[f"{side}-elbow"]
            shoulder = scene.points[f"{side}-shoulder"]
            # The hand and forearm rest on their own jamb, within a few centimetres of it.
            assert math.dist((hand[0], hand[2]), (x, z)) < 8, side
            assert abs(elbow[2] - z) < 10 and 0 < x - elbow[0] < 14, side
            # The forearm stands upright; the elbow is at or a little below the shoulder.
            lean = math.degrees(math.atan2(math.hypot(hand[0] - elbow[0], hand[2] - elbow[2]),
                                           hand[1] - elbow[1]))
            assert lean < 15, side
            assert 0 <= shoulder[1] - elbow[1] < 10, side


def test_doorway_stretch_steps_and_leans_through_the_door() -> None:
    first, last = _scenes(FIGURES["doorway-chest-stretch"])
    assert last.points["spine-5"][0] > first.points["spine-5"][0] + 10
    feet = sorted(last.points[f"{side}-ankle"][0] for side in ("left", "right"))
    assert feet[1] - feet[0] > 25  # one foot a small step in front of the other


def test_towel_overhead_reach_arrow_arcs_forward_and_up_from_the_hand_in_front() -> None:
    before, scene = _scenes(FIGURES["towel-overhead-reach"])
    (arrow,) = arrow_paths(scene, "left-hand", "", before)
    start = before.page(before.points["left-hand"])
    assert math.dist(arrow.line[0], start) < 10  # from the hand, not from the hip
    assert math.dist(arrow.tip, scene.page(scene.points["left-hand"])) < 10
    # Forward on the page is where the chest faces; the arc bulges that way, not to the side.
    chest = scene.page(scene.points["spine-5"])
    ahead = scene.page(tuple(c + 10 * f for c, f in zip(
        scene.points["spine-5"], (1.0, 0.0, 0.0), strict=True)))
    way = ((ahead[0] - chest[0]) / 10, (ahead[1] - chest[1]) / 10)
    middle = arrow.line[len(arrow.line) // 2]
    assert (middle[0] - chest[0]) * way[0] + (middle[1] - chest[1]) * way[1] > 20
    assert arrow.toward[1] < -0.5  # the head points up


def test_a_head_tilted_toward_a_shoulder_tilts_its_eyes() -> None:
    import re

    from generator.figure.drawing.body import _eyes
    level, tilted = _scenes(FIGURES["upper-trap-stretch"])
    def heights(scene: Scene) -> list[float]:
        return [float(y) for y in re.findall(r'cy="([-\d.]+)"', _eyes(scene))]
    assert len(heights(level)) == len(heights(tilted)) == 2
    assert abs(heights(level)[0] - heights(level)[1]) < 1
    assert abs(heights(tilted)[0] - heights(tilted)[1]) > 3  # a tilt, not a sideways glide
