"""The draft-07 JSON Schema fragments editors use to check and complete `figure:` and `image:`."""

from __future__ import annotations

from generator.figure.models import (
    DIRECTIONS,
    HIGHLIGHTS,
    IMAGE_KEYS,
    JOINTS,
    LANDMARKS,
    LICENCES,
    MAX_KEYFRAMES,
    POSTURES,
    PROP_PLACES,
    VIEWS,
)


def _joint_schema(name: str, low: int, high: int) -> dict[str, object]:
    return {"type": "number", "minimum": low, "maximum": high,
            "examples": [max(low, min(high, 30))],
            "description": f"Angle of '{name}' in degrees, {low} to {high}; 0 is standing tall "
                           "with the arms by the sides. See generator/figure.py for signs."}


def _keyframe_schema() -> dict[str, object]:
    parts = {"type": "string", "enum": list(HIGHLIGHTS), "examples": ["upper-spine"]}
    return {
        "type": "object", "additionalProperties": False, "required": ["posture"],
        "description": "One pose of the movement.",
        "properties": {
            "posture": {"type": "string", "enum": list(POSTURES),
                        "examples": ["hands-and-knees"],
                        "description": "The base posture the joints are changed from."},
            "joints": {"type": "object", "additionalProperties": False,
                       "description": "Joint angles in degrees that replace the posture's own.",
                       "examples": [{"upper-spine": 35, "lower-spine": 25, "neck": 45}],
                       "properties": {n: _joint_schema(n, *span)
                                      for n, span in JOINTS.items()}},
            "highlight": {"description": "Body part(s) drawn with a soft halo.",
                          "examples": ["upper-spine", ["upper-spine", "right-arm"]],
                          "oneOf": [parts, {"type": "array", "items": parts}]},
            "arrow": {
                "type": "object", "additionalProperties": False, "required": ["at"],
                "description": "An arrow showing which way a part moves.",
                "examples": [{"at": "upper-back", "direction": "up"}],
                "properties": {
                    "at": {"type": "string", "enum": list(LANDMARKS),
                           "examples": ["upper-back"], "description": "Where the arrow starts."},
                    "direction": {"type": "string", "enum": list(DIRECTIONS),
                                  "examples": ["up"], "description":
                                  "Which way it points; leave out to draw the path from the "
                                  "place in the keyframe before. Turns are drawn above the head."},
                },
            },
        },
    }


def _prop_schema() -> dict[str, object]:
    ids = {"type": "string", "enum": list(PROP_PLACES), "examples": ["foam-roller"],
           "description": "A prop id from the taxonomy's props."}
    places = sorted({place for options in PROP_PLACES.values() for place in options})
    return {"description": "A prop, by id (placed where it usually goes) or with a place.",
            "examples": ["wall", {"prop": "foam-roller", "at": "upper-back"}],
            "oneOf": [ids, {"type": "object", "additionalProperties": False,
                            "required": ["prop"], "properties": {
                                "prop": ids,
                                "at": {"type": "string", "enum": places, "examples": ["hips"],
                                       "description": "Where the prop goes against the body."}}}]}


def figure_json_schema() -> dict[str, object]:
    """Give the draft-07 JSON Schema fragment for an exercise's `figure:` value."""
    return {
        "type": "object", "additionalProperties": False, "required": ["keyframes"],
        "description": "A drawn figure of the exercise: 1 to 4 keyframe poses.",
        "properties": {
            "view": {"type": "string", "enum": list(VIEWS), "default": "side",
                     "examples": ["side"], "description": "Seen from the side, or from the "
                     "front (for twists and side-bends; from above when lying)."},
            "props": {"type": "array", "items": _prop_schema(), "examples": [["mat"]],
                      "description": "Props drawn with the body in every keyframe."},
            "alt": {"type": "string", "minLength": 1, "examples": ["On hands and knees, back "
                    "rounded up, then arched down"], "description": "Alt text written by hand; "
                    "without it, it is written from the poses."},
            "keyframes": {"type": "array", "minItems": 1, "maxItems": MAX_KEYFRAMES,
                          "items": _keyframe_schema(), "examples": [[{"posture": "standing"}]],
                          "description": "The poses, in order; several crossfade on screen."},
        },
    }


def image_json_schema() -> dict[str, object]:
    """Give the draft-07 JSON Schema fragment for an exercise's `image:` value."""
    text = {"type": "string", "minLength": 1}
    return {
        "type": "object", "additionalProperties": False, "required": list(IMAGE_KEYS),
        "description": "A picture file instead of a drawn figure.",
        "properties": {
            "file": {**text, "pattern": r"\.(svg|png|jpg|webp)$", "examples": ["cat-cow.svg"],
                     "description": "Path relative to the exercise file; the file must exist."},
            "alt": {**text, "examples": ["A person on all fours with the back rounded up"],
                    "description": "What the picture shows, for people who cannot see it."},
            "author": {**text, "examples": ["Jane Doe"], "description": "Who made the picture."},
            "licence": {"type": "string", "enum": list(LICENCES), "examples": ["CC-BY-4.0"],
                        "description": "The picture's licence."},
        },
    }


def field_schemas() -> dict[str, dict[str, object]]:
    """Gives reader name -> schema, for the fields the figure reader reads (`figure`, `image`)."""
    return {"figure": figure_json_schema(), "image": image_json_schema()}
