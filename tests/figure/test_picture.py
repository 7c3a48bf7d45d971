"""A contributed picture is published only when it is what its suffix says and safe to open."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.figure.picture import picture_problems
from generator.figure.svg_safety import svg_problems

SAFE = """<?xml version="1.0" encoding="UTF-8"?>
<!-- drawn by hand -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     viewBox="0 0 10 10" role="img" aria-label="A person">
  <title>A person</title>
  <defs>
    <linearGradient id="shade" gradientTransform="rotate(90)">
      <stop offset="0" stop-color="#369"/><stop offset="1" stop-color="rgb(0, 0, 0)"/>
    </linearGradient>
    <clipPath id="frame"><rect width="10" height="10" rx="1"/></clipPath>
    <symbol id="arm"><path d="M0 0 L3 3" stroke="#000" stroke-width="0.5"/></symbol>
  </defs>
  <g clip-path="url(#frame)" transform="translate(1 1) scale(0.9)">
    <circle cx="5" cy="3" r="2" fill="url(#shade)" style="stroke:hsl(0, 0%, 20%)"/>
    <use href="#arm" x="2"/><use xlink:href="#arm" x="5"/>
    <text x="1" y="9" font-size="1" xml:space="preserve">Wall <tspan>press</tspan></text>
  </g>
</svg>
"""


def test_a_plain_svg_with_gradients_clips_and_local_references_is_safe() -> None:
    assert svg_problems(SAFE) == []


@pytest.mark.parametrize(("svg", "expected"), [
    ('<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="href" to="x"/></svg>',
     ["E427", "E428", "E428"]),
    ('<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,AA"/></svg>',
     ["E427", "E428"]),
    ('<svg xmlns="http://www.w3.org/2000/svg" ONLOAD="x()"/>', ["E428"]),
    ('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="var(--x)"/></svg>', ["E428"]),
    ('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\\72l(//x)"/></svg>', ["E428"]),
    ('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(\'https://x/#a\')"/></svg>',
     ["E428"]),
    ('<html xmlns="http://www.w3.org/1999/xhtml"><script>x()</script></html>',
     ["E425", "E427"]),
    ('<!--x--><!ENTITY x "y"><svg/>', ["E426"]),
], ids=["animate", "image", "upper-case handler", "var()", "css escape", "quoted url",
        "xhtml", "entity"])
def test_unsafe_svg_is_refused(svg: str, expected: list[str]) -> None:
    assert sorted(code for code, _ in svg_problems(svg)) == expected


def test_one_message_for_each_kind_of_fault() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg">' + "<script/>" * 1000 + "</svg>"
    assert len(svg_problems(svg)) == 1


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("a.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", []),
    ("a.webp", b"RIFF\x00\x00\x00\x00WAVEfmt ", ["E425"]),
    ("a.jpg", b"\xff\xd8\xff\xe0", []),
    ("a.jpg", b"\x89PNG\r\n\x1a\n", ["E425"]),
    ("a.png", b"\x89PNG\r\n\x1a\n", []),
    ("a.svg", b"\xff\xfe<\x00s\x00", ["E425"]),
])
def test_the_bytes_must_be_the_format_the_suffix_names(tmp_path: Path, name: str, data: bytes,
                                                        expected: list[str]) -> None:
    (tmp_path / name).write_bytes(data)
    assert [code for code, _ in picture_problems(tmp_path / name)] == expected


def test_a_png_named_jpg_is_told_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert picture_problems(tmp_path / "a.jpg") == [
        ("E425", "is not a JPEG picture: its bytes are a PNG picture; save it as JPEG, or give "
                 "it the suffix of its real format")]
