"""Whether a contributed picture file is what its name says, small enough, and safe to publish.

The site publishes the file as it is, under its suffix: a "PNG" that is really HTML or an SVG
with a script would be served from the site's own address. So the bytes must be the format the
suffix names (its signature), an SVG must keep to the safe subset of figure.svg_safety, and no
picture may be larger than a page needs. Problems are (code, message tail) pairs.
"""

from __future__ import annotations

from pathlib import Path

from generator.figure.svg_safety import svg_problems

MAX_PICTURE_BYTES = 512 * 1024
"""The largest picture the guide publishes: a clear exercise picture needs far less."""

_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".webp": "WebP", ".svg": "SVG"}


def sniff(data: bytes) -> str | None:
    """Gives the format a file's first bytes show: PNG, JPEG, WebP, or markup (HTML, XML or
    SVG text), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "markup"
    return None


def picture_problems(path: Path) -> list[tuple[str, str]]:
    """Gives (code, message tail) for each reason the picture at path may not be published."""
    return read_picture(path)[1]


def read_picture(path: Path) -> tuple[bytes, list[tuple[str, str]]]:
    """Gives the picture's bytes, as read once to check and to publish, and its problems.

    The build publishes exactly the bytes checked here, so a file changed between the check
    and the writing of the site cannot slip through.
    """
    try:
        size = path.stat().st_size
        if size > MAX_PICTURE_BYTES:
            return b"", [("E424", _too_large(size))]
        with path.open("rb") as file:  # no more than the limit, even if the file grows
            data = file.read(MAX_PICTURE_BYTES + 1)
    except OSError as error:
        return b"", [("E420", f"cannot be read ({error.strerror}); make it a readable file")]
    if len(data) > MAX_PICTURE_BYTES:
        return b"", [("E424", _too_large(len(data)))]
    return data, _format_problems(data, path.suffix.lower())


def _format_problems(data: bytes, suffix: str) -> list[tuple[str, str]]:
    wanted = _FORMATS[suffix]
    found = sniff(data)
    if wanted != "SVG" and found != wanted:
        really = {None: f"its bytes do not start as {_article(wanted)} file's do",
                  "markup": "its bytes are text (HTML, XML or SVG)"}.get(
                      found, f"its bytes are {_article(str(found))} picture")
        return [("E425", f"is not {_article(wanted)} picture: {really}; save it as {wanted}, "
                 "or give it the suffix of its real format")]
    if wanted == "SVG":
        try:
            text = data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as error:
            return [("E425", f"is not an SVG picture: byte {error.start + 1} is not UTF-8 "
                     "text; save it as UTF-8 SVG")]
        return svg_problems(text)
    return []


def _article(name: str) -> str:
    return f"{'an' if name[0] in 'AEIOUS' else 'a'} {name}"


def _too_large(size: int) -> str:
    return (f"is {size:,} bytes; a picture may be at most {MAX_PICTURE_BYTES:,} bytes "
            f"({MAX_PICTURE_BYTES // 1024} KB): export it smaller or compress it")
