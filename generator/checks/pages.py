"""The hand-written pages (content/pages/**/*.md) may not carry markup that runs or embeds.

Anyone can propose an edit to a page through its edit link, and MkDocs passes raw HTML and
`{: ...}` attribute lists through to the site. Plain Markdown and harmless formatting HTML stay
allowed; scripts, frames, forms, style sheets, event handlers and javascript:/data: URLs are
refused where they are written. Everything is looked at, code spans too: a backtick inside an
HTML attribute is no protection, and refusing a few harmless examples is the cheaper mistake.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from generator.errors import Problem, short
from generator.reading.files import display_path

ALLOWED_ELEMENTS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small",
    "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "u", "ul", "var",
})
"""Raw HTML elements a page may use: formatting that neither runs nor loads anything."""
_ADVICE = dict.fromkeys(("script", "noscript", "template"), "pages run only the guide's own "
                        "scripts (content/pages/assets/); delete it")
_ADVICE |= dict.fromkeys(("style", "link", "base", "meta"), "the site's look lives in "
                         "content/pages/assets/guide.css; delete it")
_ADVICE |= dict.fromkeys(("iframe", "object", "embed", "frame", "frameset", "applet", "svg",
                          "math", "video", "audio", "source", "picture"),
                         "link to it instead, as [what it shows](https://...)")
_ADVICE |= dict.fromkeys(("form", "input", "button", "textarea", "select"), "the guide asks "
                         "readers for nothing; describe it in words instead")
OTHER_ADVICE = "write it in Markdown, or use formatting HTML such as <kbd> or <details>"

_TAG = re.compile(r"<([A-Za-z][^\s/>]*)")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_ATTR_LIST = re.compile(r"\{:?[ ]*([^}\n ][^}\n]*)\}")
_LINK_URL = re.compile(r"\]\(\s*<?([^\s)>]+)|^[ ]{0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)",
                       re.MULTILINE)
_ACTIVE_SCHEMES = ("javascript:", "vbscript:", "data:")
_TEXT_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "aria-description", "class", "id",
                              "lang", "dir", "role", "width", "height"})
"""Attributes that only ever hold words, never a URL."""
_IGNORED = re.compile(r"[\x00-\x20\x7f]")  # browsers drop these inside a URL's scheme


def check_pages(folder: Path, root: Path) -> list[Problem]:
    """Gives the problems of every hand-written page under folder (content/pages)."""
    problems: list[Problem] = []
    for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
        display = display_path(path, root)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as error:
            problems.append(Problem(display, 1, 1, "E003", f"cannot be read as UTF-8 text "
                                    f"({short(str(error))}); save the page as UTF-8"))
            continue
        problems += [Problem(display, *_place(text, at), code, message)
                     for at, code, message in page_problems(text)]
    return problems


def page_problems(text: str) -> Iterator[tuple[int, str, str]]:
    """Gives (offset, code, message) for each active thing in a page's Markdown."""
    for tag in _TAG.finditer(text):
        name = tag.group(1).lower()
        if name.startswith(("http:", "https:", "ftp:", "mailto:")) or "@" in name:
            continue  # <https://...> is a Markdown link
        if name not in ALLOWED_ELEMENTS:
            yield tag.start(), "E215", (f"raw HTML <{short(name, 30)}> is not allowed in a "
                                        f"hand-written page; {_ADVICE.get(name, OTHER_ADVICE)}")
        yield from _attribute_problems(text, tag.end(), len(text))
    for attr_list in _ATTR_LIST.finditer(text):
        yield from _attribute_problems(text, attr_list.start(1), attr_list.end(1))
    for link in _LINK_URL.finditer(text):
        index = 1 if link.group(1) is not None else 2
        if _is_active(link.group(index)):
            yield link.start(index), "E217", _url_message(link.group(index), "a link or image")


def _attribute_problems(text: str, at: int, stop: int) -> Iterator[tuple[int, str, str]]:
    """Gives the problems of the attributes from at up to a tag's '>' or stop."""
    while at < stop:
        while at < stop and (text[at].isspace() or text[at] == "/"):
            at += 1
        if at >= stop or text[at] == ">":
            return
        found = _ATTRIBUTE.match(text, at, stop)
        if found is None:  # a stray quote: step over it
            at += 1
            continue
        name, value = found.group(1), (found.group(2) or "").strip("\"'")
        if name.lower().startswith("on") and found.group(2) is not None:
            yield at, "E216", (f"event-handler attribute {short(name, 30)!r} is not allowed in "
                               "a hand-written page: it would run script; delete it")
        elif name.lower() not in _TEXT_ATTRIBUTES and _is_active(value):
            yield found.start(2), "E217", _url_message(value, f"attribute {short(name, 30)!r}")
        at = found.end()


def _is_active(url: str) -> bool:
    """True when a URL would run or hold a document: javascript:, vbscript: or data:."""
    return _IGNORED.sub("", html.unescape(url)).lower().startswith(_ACTIVE_SCHEMES)


def _url_message(url: str, where: str) -> str:
    return (f"{where} has the URL {short(url, 40)!r}, which would run or embed code; link to "
            "a page of the guide (safety.md) or to an https:// address instead")


def _place(text: str, at: int) -> tuple[int, int]:
    """Gives the 1-based line and column of an offset."""
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
