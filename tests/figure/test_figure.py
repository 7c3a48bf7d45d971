"""Figures: reading and checking `figure:` and `image:`, drawing SVGs, and the browser CSS."""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.commands.figures import CHROMIUM, CHROMIUM_ARGS
from generator.figure.alt import figure_alt, keyframe_words, setting_words
from generator.figure.drawing.arrows import arrow_svg
from generator.figure.drawing.postures import POSTURES
from generator.figure.drawing.props import MAT_THICKNESS
from generator.figure.drawing.scene import pose_scene
from generator.figure.drawing.skeleton import radius
from generator.figure.files import figure_file
from generator.figure.markup import FIGURE_CSS, figure_html, keyframe_svg
from generator.figure.models import JOINTS, Figure, Keyframe, PropPlacement
from generator.figure.reader import read_figure, read_image
from generator.figure.schema import figure_json_schema, image_json_schema
from generator.reading.loader import parse_text, read_document
from generator.reading.nodes import Reading
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "figures"
GOLDEN = ROOT / "tests" / "golden" / "figures"
PROPS = {key: value["label"] for key, value in yaml.safe_load(
    (ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8"))["props"].items()}


def read_fixture(path: Path) -> Figure:
    """Reads a fixture file's `figure:` as the checker does; the fixture must be clean."""
    document, problems = read_document(path, path.name)
    assert document is not None and not problems, problems
    node = next(value for key, value in document.root.value if key.value == "figure")
    reading = Reading(path.name, {}, path=path, props=PROPS)
    figure = read_figure(node, reading)
    assert figure is not None and not reading.problems, reading.problems
    return figure


FIGURES = {path.stem: read_fixture(path) for path in sorted(FIXTURES.glob("*.yml"))}
REQUIRED_FIXTURES = ("cat", "cow", "childs-pose", "seated-extension", "wall-angel", "open-book",
                     "sphinx", "seated-twist", "foam-roller-extension", "band-pull-apart",
                     "band-row", "roller-along-spine")


def figure_node(text: str) -> yaml.Node:
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    return next(value for key, value in root.value if key.value == "figure")


def problems_of(text: str) -> list[str]:
    """Gives the problems the loader and the figure reader find in a file's text, as check does."""
    document, problems = parse_text(text, Path("ex.yml"), "ex.yml")
    if document is None:
        return [str(p) for p in problems]
    reading = Reading("ex.yml", {}, props=PROPS)
    node = next(value for key, value in document.root.value if key.value == "figure")
    figure = read_figure(node, reading)
    assert (figure is None) == bool(reading.problems)
    return [str(p) for p in sorted(reading.problems)]


# ---- Fixtures and golden files --------------------------------------------------------------


def test_every_required_fixture_is_there() -> None:
    assert set(REQUIRED_FIXTURES) <= set(FIGURES)


def test_fixtures_match_the_json_schema() -> None:
    schema = figure_json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator.check_schema(image_json_schema())
    for path in FIXTURES.glob("*.yml"):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        jsonschema.validate(data["figure"], schema)


def outputs() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, figure in sorted(FIGURES.items()):
        for index in range(len(figure.keyframes)):
            out[f"{name}-{index + 1}.svg"] = keyframe_svg(figure, index, name=name) + "\n"
        out[f"{name}.html"] = figure_html(figure, name=name) + "\n"
        # The files pages show with <img>: crossfading, and side by side for reduced motion.
        out[f"{name}.file.svg"] = figure_file(figure, "large").svg
        if len(figure.keyframes) > 1:
            out[f"{name}.steps.svg"] = figure_file(figure, "large", steps=True).svg
    return out


@pytest.mark.parametrize("file_name", sorted(outputs()))
def test_output_matches_golden(file_name: str) -> None:
    text = outputs()[file_name]
    golden = GOLDEN / file_name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == text


def test_no_stale_golden_files() -> None:
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(outputs())


# ---- SVG rules ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_svgs_are_small_accessible_and_self_contained(name: str) -> None:
    figure = FIGURES[name]
    for index in range(len(figure.keyframes)):
        for label in (name, ""):
            svg = keyframe_svg(figure, index, name=label)
            assert len(svg.encode()) <= 8 * 1024
            opening = svg.split(">", 1)[0]
            assert 'role="img"' in opening and "viewBox=" in opening
            assert not re.search(r"\s(width|height)=", opening)
            title = re.search(r"<title[^>]*>([^<]+)</title>", svg)
            assert title and title.group(1).strip()
            if label:
                title_id = re.search(r'aria-labelledby="([^"]+)"', opening).group(1)
                assert f'<title id="{title_id}">' in svg
            else:
                assert re.search(r'aria-label="[^"]+"', opening)
            assert "<script" not in svg and "href" not in svg and "url(" not in svg
            assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
            assert re.findall(r"\d\.\d\d", svg) == []


def test_html_block_has_no_blank_lines_and_unique_ids() -> None:
    for name, figure in FIGURES.items():
        for size in ("large", "small", "thumb"):
            html = figure_html(figure, size=size, name=name)
            assert "\n\n" not in html and html.startswith("<div")
            ids = re.findall(r'id="([^"]+)"', html)
            assert len(ids) == len(set(ids))


def test_output_is_the_same_in_a_fresh_interpreter() -> None:
    code = ("from tests.figure.test_figure import outputs; import hashlib, json; "
            "print(hashlib.sha256(json.dumps(outputs()).encode()).hexdigest())")
    runs = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                           text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed}
                           ).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_alt_text_is_written_from_the_poses() -> None:
    assert figure_alt(FIGURES["cat-cow"]) == (
        "On hands and knees on a mat, back rounded up toward the ceiling, "
        "then back arched down with the chest forward.")
    assert figure_alt(FIGURES["seated-extension"]) == (
        "Sitting on a chair, hands behind the head, "
        "then upper back arched with the chest lifted, hands behind the head.")


def test_alt_text_tells_hands_behind_the_head_from_arms_out_to_the_sides() -> None:
    def words(shoulder: float, out: float, turn: float, elbow: float, **spine: float) -> str:
        joints = {f"{side}-{joint}": angle for side in ("left", "right") for joint, angle in
                  (("shoulder", shoulder), ("shoulder-abduction", out),
                   ("shoulder-rotation", turn), ("elbow", elbow))}
        joints.update({name.replace("_", "-"): angle for name, angle in spine.items()})
        return keyframe_words(Keyframe("seated", tuple(joints.items())))

    # Fingers laced behind the head with the elbows forward (Chair-Back Extension), upright
    # and arched back over the chair, and with the elbows out (Upper Back Extension).
    assert words(115, 0, -30, 140) == "hands behind the head"
    assert words(150, 0, -30, 140, upper_spine=-30, lower_spine=-10) == (
        "upper back arched with the chest lifted, hands behind the head")
    assert words(0, 120, 60, 130) == "hands behind the head"
    # Hands held wide of the head, level with the ears, are not behind it.
    assert words(60, 60, 60, 140) == "arms out to the sides with the elbows bent"


def test_alt_text_tells_a_lifted_chest_from_an_arch_and_arms_drawn_back() -> None:
    def words(posture: str, **joints: float) -> str:
        return keyframe_words(Keyframe(posture, tuple(
            (name.replace("_", "-"), angle) for name, angle in joints.items())))

    straight = {"left_elbow": 10, "right_elbow": 10}
    assert words("seated", left_shoulder=-15, right_shoulder=-15, **straight) == (
        "shoulders drawn back")
    assert words("standing", upper_spine=-10, left_shoulder=-45, right_shoulder=-45,
                 **straight) == "chest lifted, hands lifted behind the back"
    assert words("standing", upper_spine=-15) == "upper back arched with the chest lifted"
    # Arms only a little back, one arm back, or bent as in a row, say nothing of the arms.
    assert words("standing", left_shoulder=-10, right_shoulder=-10, **straight) == ""
    assert words("seated", left_shoulder=-30, right_shoulder=0, **straight) == ""
    assert words("standing", left_shoulder=-50, right_shoulder=-50, left_elbow=115,
                 right_elbow=115) == ""


def test_alt_text_tells_shoulders_lifted_drawn_back_or_lowered() -> None:
    def words(**joints: float) -> str:
        return keyframe_words(Keyframe("seated", tuple(
            (f"{side}-{name.replace('_', '-')}", angle)
            for side in ("left", "right") for name, angle in joints.items())))

    assert words(shoulder_lift=30) == "shoulders lifted toward the ears"
    assert words(shoulder_lift=15, shoulder_retraction=25) == "shoulders drawn back"
    assert words(shoulder_lift=-8) == "shoulders lowered"
    # Arms drawn back as well say it once.
    assert words(shoulder_retraction=20, shoulder=-15, elbow=10) == "shoulders drawn back"
    assert words(shoulder_lift=5, shoulder_retraction=5) == ""
    one = Keyframe("seated", (("left-shoulder-lift", 30.0),))
    assert keyframe_words(one) == ""


def test_alt_text_tells_an_arm_threaded_under_the_body_from_one_reaching_to_the_ceiling() -> None:
    def words(posture: str, **joints: float) -> str:
        return keyframe_words(Keyframe(posture, tuple(
            (name.replace("_", "-"), angle) for name, angle in joints.items())))

    threaded = words("hands-and-knees", upper_spine_rotation=40, lower_spine_rotation=10,
                     right_shoulder=90, right_shoulder_abduction=-30, right_elbow=0)
    assert threaded == "upper body turned to the left, right arm slid under the body to the left"
    opened = {"upper_spine_rotation": -45, "right_shoulder": 0,
              "right_shoulder_abduction": 100, "right_elbow": 0}
    assert words("hands-and-knees", **opened) == (
        "upper body turned to the right, right arm reaching up to the ceiling")
    assert words("kneeling-lunge", **opened).endswith("right arm reaching up to the ceiling")
    # The planted hand that the turned chest leaves on the other side is not threaded, an arm
    # out to the side without the turn does not reach up, and an arm reaching overhead is not
    # under the body.
    assert words("hands-and-knees", upper_spine_rotation=-45) == "upper body turned to the right"
    assert words("hands-and-knees", right_shoulder=0, right_shoulder_abduction=100,
                 right_elbow=0) == ""
    assert "under" not in words("kneeling-sat-back", right_shoulder=165,
                                right_shoulder_abduction=-30)


def test_alt_text_tells_a_chest_lowered_past_reaching_arms_from_a_cow_arch() -> None:
    def words(**joints: float) -> str:
        return keyframe_words(Keyframe("hands-and-knees", tuple(
            (name.replace("_", "-"), angle) for name, angle in joints.items())))

    arch = {"neck": 30, "upper_spine": -30, "lower_spine": -10}
    assert words(**arch, left_shoulder=180, right_shoulder=180, left_elbow=20,
                 right_elbow=20) == ("chest and forehead lowered toward the floor, "
                                     "arms stretched out in front")
    assert words(**arch) == "back arched down with the chest forward"
    # One arm forward, as in a bird-dog, is still a cow's arch.
    assert words(**arch, left_shoulder=180).startswith("back arched down")
    assert words(left_shoulder=180, right_shoulder=180).startswith("arms")


def test_alt_text_tells_one_arm_raised_a_hand_on_the_seat_and_arms_wrapped_in_front() -> None:
    def words(posture: str, **joints: float) -> str:
        return keyframe_words(Keyframe(posture, tuple(
            (name.replace("_", "-"), angle) for name, angle in joints.items())))

    raised = {"right_shoulder_abduction": 175, "right_elbow": 5}
    assert words("standing", **raised) == "right arm raised beside the ear"
    assert words("seated", **raised, left_shoulder=-10, left_shoulder_abduction=5,
                 left_elbow=20) == (
        "right arm raised beside the ear, left hand on the seat")
    # Both arms up are 'arms raised overhead'; a bent arm up is not beside the ear; hands
    # hanging by the sides or resting on the thighs are not on the seat.
    assert words("standing", **raised, left_shoulder_abduction=175,
                 left_elbow=5) == "arms raised overhead"
    assert words("standing", right_shoulder_abduction=175, right_elbow=90) == ""
    assert words("seated", left_elbow=10, right_elbow=10) == ""
    assert words("seated") == ""
    wrapped = {"left_shoulder": 100, "left_shoulder_abduction": -20, "left_elbow": 95,
               "right_shoulder": 90, "right_shoulder_abduction": -20, "right_elbow": 85}
    assert words("seated", **wrapped) == "arms wrapped with the forearms in front of the face"
    # Elbows bent with the hands apart are not wrapped.
    assert words("seated", left_shoulder=90, left_elbow=90, right_shoulder=90,
                 right_elbow=90) != "arms wrapped with the forearms in front of the face"


def test_facing_a_wall_with_the_arms_bent_up_the_forearms_rest_on_it() -> None:
    wall = (PropPlacement("wall", "front", "Wall"),)
    bent = Keyframe("standing", (("left-shoulder", 90.0), ("left-elbow", 90.0),
                                 ("right-shoulder", 90.0), ("right-elbow", 90.0)))
    assert setting_words(bent, wall) == "Standing facing a wall with the forearms on it"
    assert setting_words(Keyframe("standing", ()), wall) == "Standing facing a wall"
    behind = (PropPlacement("wall", "back", "Wall"),)
    assert setting_words(bent, behind) == "Standing with the back against a wall"


def test_alt_text_tells_a_head_slid_forward_or_back_with_the_face_level() -> None:
    def words(**joints: float) -> str:
        return keyframe_words(Keyframe("seated", tuple(joints.items())))

    assert words(neck=12, head=-12) == "head poking forward"
    assert words(neck=-4, head=4) == "head slid back with the chin tucked"
    # A neck bent without the nod tips the face: looking down or up, not sliding.
    assert words(neck=12) == ""
    assert words(neck=-15, head=4) == ""


def test_alt_text_names_the_new_prop_places() -> None:
    assert figure_alt(FIGURES["band-row"]).startswith(
        "Standing holding a resistance band tied to a post in front, ")
    assert figure_alt(FIGURES["roller-along-spine"]).startswith(
        "Lying on the back along a foam roller under the spine, ")


def test_a_held_band_is_drawn_over_the_body_and_a_roller_along_the_spine_under_it() -> None:
    for name, index in (("band-pull-apart", 0), ("band-pull-apart", 1), ("band-row", 0)):
        svg = keyframe_svg(FIGURES[name], index)
        held = svg.rindex('<g class="ubg-figure-props">')
        assert "--ubg-figure-paper" in svg[held:]
        assert held > svg.index('fill="currentColor" stroke-width')
    svg = keyframe_svg(FIGURES["roller-along-spine"], 0)
    assert svg.index('fill-opacity=".45"') < svg.index('fill="currentColor" stroke-width')


def test_a_band_sags_between_close_hands_and_is_straight_between_far_ones() -> None:
    def band_ys(index: int) -> list[float]:
        svg = keyframe_svg(FIGURES["band-pull-apart"], index)
        svg = svg[svg.rindex('<g class="ubg-figure-props">'):]
        d = re.search(r'<path d="([^"]+)" style="stroke:var\(--ubg-figure-paper', svg).group(1)
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
        return numbers[1::2]

    close, far = band_ys(0), band_ys(1)
    assert max(close) - min(close[0], close[-1]) > 5
    assert max(far) - min(far) < 0.5


def test_alt_key_overrides_the_written_alt_text() -> None:
    figure = read_figure(figure_node(
        "figure:\n  alt: A cat shape.\n  keyframes:\n    - posture: hands-and-knees\n"),
        Reading("ex.yml", {}, props=PROPS))
    assert isinstance(figure, Figure) and figure_alt(figure) == "A cat shape."
    assert 'aria-label="A cat shape."' in figure_html(figure)


def test_posture_angles_are_inside_the_joint_ranges() -> None:
    for posture in POSTURES.values():
        for joint, angle in posture.angles.items():
            low, high = JOINTS[joint]
            assert low <= angle <= high, joint


def test_bodies_rest_on_the_floor_without_sinking_into_it() -> None:
    for name, figure in FIGURES.items():
        props = tuple((p.prop, p.at) for p in figure.props)
        floor = MAT_THICKNESS if ("mat", "floor") in props else 0.0
        for frame in figure.keyframes:
            scene = pose_scene(frame.posture, dict(frame.joints), props, figure.view)
            lowest = min(p[1] - radius(n) for n, p in scene.points.items())
            if frame.posture != "lying-side":
                assert floor - 0.1 <= lowest <= floor + 0.1, name


def test_a_standing_body_leans_forward_over_flat_feet_when_both_ankles_bend_up() -> None:
    def lean_and_foot(angles: dict[str, float]) -> tuple[float, float]:
        points = pose_scene("standing", angles, (), "side").points
        pelvis, ankle = points["spine-0"], points["right-ankle"]
        heel, toe = points["right-heel"], points["right-toe"]
        return (math.degrees(math.atan2(pelvis[0] - ankle[0], pelvis[1] - ankle[1])),
                math.degrees(math.atan2(toe[1] - heel[1], toe[0] - heel[0])))

    upright, flat = lean_and_foot({})
    leaning, foot = lean_and_foot({"left-ankle": 20, "right-ankle": 20})
    assert leaning - upright == pytest.approx(20, abs=0.5)
    assert foot == pytest.approx(flat, abs=0.5)
    # One ankle pointed back (the back foot of a low lunge) leaves the body levelled as before.
    assert lean_and_foot({"left-ankle": -60, "right-ankle": 20})[0] == pytest.approx(upright)


def test_a_head_nodded_back_on_a_neck_bent_forward_slides_forward_with_the_eyes_level() -> None:
    def ahead_and_face(angles: dict[str, float]) -> tuple[float, float]:
        points = pose_scene("seated", angles, (), "side").points
        head, nose = points["head"], points["nose"]
        return (head[0] - points["spine-6"][0],
                math.degrees(math.atan2(nose[1] - head[1], nose[0] - head[0])))

    upright_ahead, level = ahead_and_face({})
    ahead, face = ahead_and_face({"neck": 12, "head": -12})
    assert ahead - upright_ahead == pytest.approx(21 * math.sin(math.radians(12)), abs=0.5)
    assert face == pytest.approx(level, abs=0.01)
    # The nod alone turns the face and leaves the head where it sits.
    assert ahead_and_face({"head": 10}) == pytest.approx((upright_ahead, level - 10), abs=0.01)


def test_a_chest_lifting_on_an_upright_body_has_its_arrow_before_the_breastbone() -> None:
    for posture in ("standing", "seated"):
        scene = pose_scene(posture, {"upper-spine": -10}, (), "side")
        d = re.search(r'<path d="([^"]+)"', arrow_svg(scene, "chest", "up", None)).group(1)
        xs = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)][0::2]
        chest_front = max(scene.page(scene.points[f"torso-{s}-{k}"])[0]
                          for s in "ab" for k in range(7)) + 7.0
        assert min(xs) > chest_front, posture
    # Lying face down the chest rises off the floor: the arrow still starts over the chest.
    sphinx = pose_scene("lying-front", {"upper-spine": -25}, (), "side")
    d = re.search(r'<path d="M([-\d.]+) ([-\d.]+)', arrow_svg(sphinx, "chest", "up", None))
    x, y = sphinx.page(sphinx.points["spine-4"])
    assert (float(d.group(1)), float(d.group(2))) == pytest.approx((x, y - 15), abs=0.1)


def test_on_hands_and_knees_bending_the_knees_more_sits_the_hips_back_over_flat_shins() -> None:
    def hips_behind_knees_and_feet_lift(knee: float) -> tuple[float, float]:
        points = pose_scene("hands-and-knees", {"left-knee": knee, "right-knee": knee}, (),
                            "side").points
        lift = max(points["right-ankle"][1], points["right-toe"][1]) - points["right-knee"][1]
        return points["right-knee"][0] - points["spine-0"][0], lift

    behind, lift = hips_behind_knees_and_feet_lift(90)
    assert behind == pytest.approx(0, abs=0.01)
    back, raised = hips_behind_knees_and_feet_lift(130)
    assert back > 25
    assert raised == pytest.approx(lift, abs=0.01)


# ---- Validation messages --------------------------------------------------------------------

KEYFRAME = "figure:\n  keyframes:\n    - posture: hands-and-knees\n"


@pytest.mark.parametrize(("text", "expected"), [
    (KEYFRAME + "      joints: {left-elbo: 20}\n",
     ["ex.yml:4:16: E102 unknown joint 'left-elbo' in 'figure.keyframes[1].joints'; "
      "did you mean 'left-elbow'?"]),
    (KEYFRAME + "      joints: {left-elbow: 200}\n",
     ["ex.yml:4:28: E104 field 'figure.keyframes[1].joints.left-elbow': 200 is out of range; "
      "expected 0 to 160 degrees"]),
    (KEYFRAME + "      joints: {upper-spine: -40.5}\n",
     ["ex.yml:4:29: E104 field 'figure.keyframes[1].joints.upper-spine': -40.5 is out of "
      "range; expected -30 to 45 degrees"]),
    (KEYFRAME + "      joints: {neck: ninety}\n",
     ["ex.yml:4:22: E103 field 'figure.keyframes[1].joints.neck': expected a number of "
      "degrees, got 'ninety'"]),
    (KEYFRAME + "      joints: [neck]\n",
     ["ex.yml:4:15: E103 field 'figure.keyframes[1].joints': expected a mapping of fields, "
      "got a list"]),
    ("figure:\n  keyframes:\n    - posture: upside-down\n",
     ["ex.yml:3:16: E105 field 'figure.keyframes[1].posture': unknown posture 'upside-down'; "
      "expected one of: hands-and-knees, kneeling, kneeling-lunge, kneeling-sat-back, "
      "lying-back, lying-front, lying-side, seated, standing"]),
    ("figure:\n  keyframes:\n    - posture: lying-bak\n",
     ["ex.yml:3:16: E105 field 'figure.keyframes[1].posture': unknown posture 'lying-bak'; "
      "did you mean 'lying-back'?"]),
    ("figure:\n  view: top\n" + KEYFRAME[8:],
     ["ex.yml:2:9: E105 field 'figure.view': unknown view 'top'; expected one of: above, front, "
      "front-left, side, three-quarter"]),
    ("figure:\n  props: [foam-rolle]\n" + KEYFRAME[8:],
     ["ex.yml:2:11: E105 field 'figure.props[1]': unknown prop 'foam-rolle'; "
      "did you mean 'foam-roller'?"]),
    ("figure:\n  props: [{prop: wall, at: head}]\n" + KEYFRAME[8:],
     ["ex.yml:2:28: E105 field 'figure.props[1].at': unknown place 'head'; "
      "expected one of: back, front"]),
    ("figure:\n  props: [{prop: band, at: feet}]\n" + KEYFRAME[8:],
     ["ex.yml:2:28: E105 field 'figure.props[1].at': unknown place 'feet'; "
      "expected one of: anchor, hands"]),
    ("figure:\n  props: [{prop: foam-roller, at: spine}]\n" + KEYFRAME[8:],
     ["ex.yml:2:35: E105 field 'figure.props[1].at': unknown place 'spine'; "
      "did you mean 'along-spine'?"]),
    ("figure:\n  props: [{prop: towel, at: feet}]\n" + KEYFRAME[8:],
     ["ex.yml:2:29: E105 field 'figure.props[1].at': unknown place 'feet'; "
      "expected one of: along-spine, forehead, hands, knees, neck"]),
    ("figure:\n  keyframes: []\n",
     ["ex.yml:2:14: E108 field 'figure.keyframes': expected 1 to 4 keyframes, got 0"]),
    ("figure:\n  keyframes:\n" + "    - posture: standing\n" * 5,
     ["ex.yml:3:5: E108 field 'figure.keyframes': expected 1 to 4 keyframes, got 5"]),
    ("figure:\n  keyframes: {posture: standing}\n",
     ["ex.yml:2:14: E103 field 'figure.keyframes': expected a list, got a mapping"]),
    ("figure: standing\n",
     ["ex.yml:1:9: E103 field 'figure': expected a mapping of fields, got 'standing'"]),
    ("figure:\n  keyframe: []\n",
     ["ex.yml:2:3: E101 missing required field 'figure.keyframes' (the poses of the "
      "movement, 1 to 4)",
      "ex.yml:2:3: E102 unknown field 'keyframe' in 'figure'; did you mean 'keyframes'?"]),
    ("figure:\n  view: side\n",
     ["ex.yml:2:3: E101 missing required field 'figure.keyframes' (the poses of the "
      "movement, 1 to 4)"]),
    (KEYFRAME + "      colour: red\n",
     ["ex.yml:4:7: E102 unknown field 'colour' in 'figure.keyframes[1]'; "
      "expected one of: arrow, highlight, joints, posture"]),
    (KEYFRAME + "      highlight: belly\n",
     ["ex.yml:4:18: E105 field 'figure.keyframes[1].highlight': unknown body part 'belly'"]),
    (KEYFRAME + "      highlight: [spine, shoulder]\n",
     ["ex.yml:4:26: E105 field 'figure.keyframes[1].highlight': unknown body part "
      "'shoulder'; did you mean 'shoulders'?"]),
    (KEYFRAME + "      arrow: {at: upper-back, direction: upward}\n",
     ["ex.yml:4:42: E105 field 'figure.keyframes[1].arrow.direction': unknown direction "
      "'upward'; did you mean 'forward'?"]),
    (KEYFRAME + "      arrow: {at: chin, direction: up}\n",
     ["ex.yml:4:19: E105 field 'figure.keyframes[1].arrow.at': unknown landmark 'chin'"]),
    (KEYFRAME + "      arrow: {at: upper-back}\n",
     ["ex.yml:3:7: E414 field 'figure.keyframes[1].arrow': an arrow needs a 'direction' when "
      "there is only one keyframe"]),
    (KEYFRAME + "      joints: {neck: 10, neck: 20}\n",
     ["ex.yml:4:26: E002 duplicate key 'neck' (first given on line 4); keep only one"]),
    (KEYFRAME + "      joints:\n        <<: {neck: 10}\n",
     ["ex.yml:5:9: E009 YAML merge keys (<<) are not allowed; write the fields out in this "
      "mapping"]),
    ("figure:\n  alt: ''\n" + KEYFRAME[8:],
     ["ex.yml:2:8: E106 field 'figure.alt': is empty; write it or remove the field"]),
])
def test_figure_problem_messages(text: str, expected: list[str]) -> None:
    assert problems_of(text) == expected


def test_all_problems_are_reported_at_once() -> None:
    text = ("figure:\n  view: top\n  keyframes:\n    - posture: sitting\n"
            "      joints: {left-elbo: 20, knee: 10, right-knee: 170}\n")
    assert [p.split(" ")[1] for p in problems_of(text)] == ["E105", "E105", "E102", "E102",
                                                             "E104"]


def read(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "ex.yml").write_text(text, encoding="utf-8")
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    node = next(value for key, value in root.value if key.value == "image")
    reading = Reading("ex.yml", {}, path=tmp_path / "ex.yml")
    image = read_image(node, reading)
    problems = reading.problems
    assert (image is None) == bool(problems)
    return [str(p) for p in problems]


SAFE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><circle r="2"/></svg>'
GOOD_IMAGE = "image:\n  file: cat.svg\n  alt: A cat shape\n  author: Jo\n  licence: CC0-1.0\n"


def test_a_good_image_reads(tmp_path: Path) -> None:
    (tmp_path / "cat.svg").write_text(SAFE_SVG, encoding="utf-8")
    assert read(tmp_path, GOOD_IMAGE) == []


@pytest.mark.parametrize(("text", "expected"), [
    (GOOD_IMAGE, ["ex.yml:2:9: E420 field 'image.file': file 'cat.svg' does not exist next to "
                  "the exercise file"]),
    (GOOD_IMAGE.replace("cat.svg", "cat.gif"),
     ["ex.yml:2:9: E421 field 'image.file': 'cat.gif' is not a picture type the guide accepts; "
      "use one of: .svg, .png, .jpg, .webp"]),
    (GOOD_IMAGE.replace("  alt: A cat shape\n", ""),
     ["ex.yml:2:3: E101 missing required field 'image.alt' (what the picture shows)"]),
    (GOOD_IMAGE.replace("A cat shape", "' '"),
     ["ex.yml:3:8: E106 field 'image.alt': is empty; write it or remove the field"]),
    (GOOD_IMAGE.replace("  author: Jo\n", ""),
     ["ex.yml:2:3: E101 missing required field 'image.author' (who made the picture)"]),
    (GOOD_IMAGE.replace("CC0-1.0", "CC-BY-NC"),
     ["ex.yml:5:12: E105 field 'image.licence': unknown licence 'CC-BY-NC'; did you mean "
      "'CC-BY-4.0'?"]),
    (GOOD_IMAGE.replace("CC0-1.0", "MIT"),
     ["ex.yml:5:12: E105 field 'image.licence': unknown licence 'MIT'; expected one of: "
      "CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, public-domain"]),
])
def test_image_problem_messages(tmp_path: Path, text: str, expected: list[str]) -> None:
    if "cat.svg" in text and "E420" not in expected[0]:
        (tmp_path / "cat.svg").write_text(SAFE_SVG, encoding="utf-8")
    assert read(tmp_path, text) == expected


# ---- In a real browser -------------------------------------------------------------------------


def frame_styles(page_html: Path, reduced: bool) -> list[dict[str, float | str]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.emulate_media(reduced_motion="reduce" if reduced else "no-preference")
            page.goto(page_html.as_uri())
            return page.evaluate("""() => [...document.querySelectorAll('.ubg-figure__frame')]
                .map(f => { const r = f.getBoundingClientRect();
                  return {animation: getComputedStyle(f).animationName,
                          left: r.left, right: r.right, top: r.top, width: r.width}; })""")
        finally:
            browser.close()


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    html = figure_html(FIGURES["cat-cow"], name="cat-cow")
    page = tmp_path_factory.mktemp("browser") / "page.html"
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'><style>"
                    f"{FIGURE_CSS.read_text(encoding='utf-8')}</style></head><body>{html}"
                    "</body></html>", encoding="utf-8")
    return page


def test_keyframes_crossfade_when_motion_is_allowed(browser_page: Path) -> None:
    first, second = frame_styles(browser_page, reduced=False)
    assert first["animation"] == second["animation"] == "ubg-figure-turn-2"
    assert first["left"] == second["left"] and first["top"] == second["top"]


def test_keyframes_stand_side_by_side_when_motion_is_reduced(browser_page: Path) -> None:
    first, second = frame_styles(browser_page, reduced=True)
    assert first["animation"] == second["animation"] == "none"
    assert second["left"] >= first["right"] and first["top"] == second["top"]
    assert float(first["width"]) > 100


def test_make_figures_writes_a_contact_sheet_of_every_exercise(tmp_path: Path) -> None:
    import struct
    from html import escape

    from generator.cli import main

    content = ROOT / "content"
    assert main(["--content", str(content), "figures", "--out", str(tmp_path)]) == 0
    html = (tmp_path / "contact-sheet.html").read_text(encoding="utf-8")
    names = [yaml.safe_load(p.read_text())["name"]
             for p in sorted((content / "exercises").glob("*.yml"))]
    for name in names:
        assert f"<h2>{escape(name)}</h2>" in html, name
    assert html.count('role="img"') >= 2 * len(names)  # a card and a thumbnail each
    png = (tmp_path / "contact-sheet.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width == 1400 and height > 1000
