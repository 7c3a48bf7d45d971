"""Which SVG a contributor's picture may be: shapes, text and paint, and nothing that acts.

A picture is published as a file of its own on the site's origin, so an SVG holding a script,
an event handler, a link or a reference to another host would run or load when its address is
opened. The picture is parsed with the standard library's expat (after refusing any DOCTYPE or
entity declaration, so nothing can expand) and every element and attribute is held to a list of
what is safe. Each problem is given as (code, message tail); the caller says which file.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterator

from generator.errors import short

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ELEMENTS = ("svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect", "circle",
            "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask")
"""The SVG elements a picture may hold: shapes, text, groups and paint. No script, style,
foreignObject, image, a, animate or set (which can rewrite a link)."""

ATTRIBUTES = frozenset({
    "id", "class", "style", "lang", "role", "aria-label", "aria-hidden", "aria-labelledby",
    "aria-describedby", "version", "viewBox", "preserveAspectRatio", "width", "height", "x",
    "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points",
    "pathLength", "transform", "dx", "dy", "rotate", "textLength", "lengthAdjust", "href",
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
    "stroke-opacity", "opacity", "color", "display", "visibility", "vector-effect",
    "shape-rendering", "paint-order", "clip-path", "clip-rule", "mask", "font-family",
    "font-size", "font-weight", "font-style", "font-variant", "text-anchor",
    "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
    "word-spacing", "text-decoration", "white-space", "writing-mode", "offset", "stop-color",
    "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits",
    "maskUnits", "maskContentUnits",
})
"""Attributes without a namespace a picture may use: geometry, presentation and naming."""
OTHER_ATTRIBUTES = {(XLINK_NS, "href"), (XML_NS, "space"), (XML_NS, "lang")}

LOCAL_REFERENCE = re.compile(r"#[A-Za-z_][\w.:-]*")
"""A reference to a part of the same picture: '#id'."""
_FUNCTION = re.compile(r"([A-Za-z_-]+)\s*\(\s*([^)]*)\)?")
_PAINT_FUNCTIONS = frozenset({"url", "rgb", "rgba", "hsl", "hsla", "matrix", "translate",
                              "scale", "rotate", "skewx", "skewy"})
DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
LINE = "\x00"
"""Stands for the line of the SVG in a message until it is known (XML never holds U+0000)."""
ALLOWED_WORDS = (f"use only {', '.join(ELEMENTS)}; export the picture as plain SVG, or "
                 "save it as .png")
ATTRIBUTE_WORDS = ("use only geometry (x, y, d, points, ...), paint (fill, stroke, opacity, "
                   "...), text (font-size, ...), id, class, transform, viewBox and style")


def svg_problems(text: str) -> list[tuple[str, str]]:
    """Gives (code, message tail) for each unsafe part of an SVG picture's text, once a kind."""
    found = DECLARATION.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        return [("E426", f"has a <!{found.group(1).upper()} declaration (line {line}), which "
                 "could make the parser expand text without end; delete it: an SVG picture "
                 "needs no DOCTYPE or entities")]
    problems: dict[tuple[str, str], str] = {}  # one message per kind of fault, the first one
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.namespace_prefixes = True

    seen_root: list[bool] = []

    def add(code: str, key: str, message: str) -> None:
        problems.setdefault((code, key), message.replace(LINE, str(parser.CurrentLineNumber)))

    def start(name: str, attributes: dict[str, str]) -> None:
        element = _display(name)
        ns, local = _split(name)
        if not seen_root and (ns, local) != (SVG_NS, "svg"):
            add("E425", "root", f"is not an SVG picture: its first element, <{element}> (line "
                f'{LINE}), must be <svg xmlns="{SVG_NS}">')
        elif ns != SVG_NS or local not in ELEMENTS:
            add("E427", f"<{element}>", f"has the element <{element}> (line {LINE}), which an "
                f"SVG picture may not hold; {ALLOWED_WORDS}")
        seen_root.append(True)
        for attribute, value in attributes.items():
            for code, key, message in attribute_problems(attribute, value, element):
                add(code, key, message)

    def instruction(target: str, _data: str) -> None:
        add("E427", f"<?{target}", f"has a <?{target} ...?> instruction (line {LINE}), which "
            "can load a style sheet; delete it")

    parser.StartElementHandler = start
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(text, True)
    except xml.parsers.expat.ExpatError as error:
        return [("E425", f"is not an SVG picture: it is not well-formed XML (line "
                 f"{error.lineno}, column {error.offset + 1}: "
                 f"{xml.parsers.expat.ErrorString(error.code)}); save it again as SVG")]
    return [(code, message) for (code, _), message in problems.items()]


def attribute_problems(name: str, value: str, element: str) -> Iterator[tuple[str, str, str]]:
    """Gives (code, key, message with LINE) for an attribute an SVG picture may not have."""
    ns, local = _split(name)
    shown = _display(name)
    if not ns and local.lower().startswith("on"):
        yield ("E428", shown, f"has the event handler {shown!r} on <{element}> (line {LINE}), "
               "which would run script when the picture is opened; delete it")
    elif local == "href" and (ns in ("", XLINK_NS)):
        if not LOCAL_REFERENCE.fullmatch(value.strip()):
            yield ("E428", f"href {value}", f"has {shown}={_quote(value)} on <{element}> (line "
                   f"{LINE}); a picture may only refer to its own parts, as href=\"#id\"")
    elif (ns, local) not in OTHER_ATTRIBUTES and (ns or local not in ATTRIBUTES):
        yield ("E428", shown, f"has the attribute {shown!r} on <{element}> (line {LINE}), "
               f"which an SVG picture may not use; {ATTRIBUTE_WORDS}")
    else:
        yield from _value_problems(shown, value, element)


def _value_problems(shown: str, value: str, element: str) -> Iterator[tuple[str, str, str]]:
    """Gives a problem when an allowed attribute's value could load or run something."""
    if "\\" in value or (shown == "style" and "@" in value):
        yield ("E428", f"escape {shown}", f"has {shown}={_quote(value)} on <{element}> (line "
               f"{LINE}) with '\\' or '@', which can hide an import or a url(); write plain "
               "values such as fill=\"#369\"")
        return
    for function in _FUNCTION.finditer(value):
        name, argument = function.group(1).lower(), function.group(2).strip().strip("'\"")
        if name not in _PAINT_FUNCTIONS:
            yield ("E428", f"{name}(", f"has {name}(...) in {shown!r} on <{element}> (line "
                   f"{LINE}), which an SVG picture may not use; use colours, url(#id), and "
                   "matrix, translate, scale, rotate or skew")
        elif name == "url" and not LOCAL_REFERENCE.fullmatch(argument):
            yield ("E428", f"url {argument}", f"has url({argument}) in {shown!r} on "
                   f"<{element}> (line {LINE}); a picture may only refer to its own parts, as "
                   "url(#id)")


def _split(name: str) -> tuple[str, str]:
    """Gives (namespace, local name) of an expat name 'namespace local [prefix]'."""
    parts = name.split(" ")
    return (parts[0], parts[1]) if len(parts) > 1 else ("", parts[0])


def _display(name: str) -> str:
    """Gives a name as it was written: 'xlink:href', 'script'."""
    parts = name.split(" ")
    return f"{parts[2]}:{parts[1]}" if len(parts) == 3 else parts[min(1, len(parts) - 1)]


def _quote(value: str) -> str:
    """Gives an attribute's value as it would be written, cut when long."""
    return '"' + short(value).replace('"', "'") + '"'
