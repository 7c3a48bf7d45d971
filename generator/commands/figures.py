"""A contact sheet of every exercise figure, as HTML and as a Chromium screenshot, for review.

Run ``python -m generator figures --out OUT_DIR``: it reads the content as every command does,
draws the figure of every exercise that has one, writes OUT_DIR/contact-sheet.html and a
full-page OUT_DIR/contact-sheet.png taken with the system Chromium.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from generator.build import load_catalogue
from generator.figure.alt import figure_alt
from generator.figure.markup import FIGURE_CSS, figure_html
from generator.figure.models import Figure

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
_PAGE_CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; color: #222; background: #fff;
       --ubg-figure-paper: #fff; }
.sheet { display: flex; flex-wrap: wrap; gap: 12px; }
.sizes { display: flex; gap: 10px; align-items: flex-start; }
.size small { display: block; font-size: 10px; color: #777; }
.card { border: 1px solid #ccc; border-radius: 8px; padding: 8px; }
.card h2 { font-size: 14px; margin: 0 0 4px; }
.card p { font-size: 11px; color: #555; max-width: 420px; margin: 4px 0 0; }
.card .ubg-figure { margin: 0; }
.dark { background: #1d1f24; color: #e8e8e8; padding: 12px; margin-top: 16px;
        --ubg-figure-highlight: #ffb454; --ubg-figure-paper: #1d1f24; }
.dark .card { border-color: #444; }
.dark .card p { color: #aaa; }
"""


_SIZES = (("thumb", 56, "thumbnail, exercises index"), ("small", 112, "card, routine steps"),
          ("large", 358, "page, on a 390 px phone"))
"""The sizes the pages show a figure at, in CSS pixels, with where."""


def _card(name: str, figure: Figure, scheme: str) -> str:
    blocks = "".join(
        f'<div class="size" style="--ubg-figure-width:{width}px;width:{width}px">'
        f'{figure_html(figure, size=size, name=f"{name}-{scheme}")}<small>{where}</small></div>'
        for size, width, where in _SIZES)
    caption = f"<p>{escape(figure_alt(figure))}</p>" if scheme == "light" else ""
    return f'<div class="card"><h2>{escape(name)}</h2><div class="sizes">{blocks}</div>' \
        f"{caption}</div>"


def contact_sheet_html(figures: list[tuple[str, Figure]]) -> str:
    """Give the contact sheet page: every figure at thumbnail, card and page size, with its
    alt text, in the light scheme and again in the dark one."""
    light = "\n".join(_card(name, figure, "light") for name, figure in figures)
    dark = "\n".join(_card(name, figure, "dark") for name, figure in figures)
    css = FIGURE_CSS.read_text(encoding="utf-8")
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Figure contact sheet</title>\n<style>{css}{_PAGE_CSS}</style></head><body>\n"
            f'<div class="sheet">\n{light}\n</div>\n'
            f'<div class="dark sheet">\n{dark}\n</div>\n</body></html>\n')


def screenshot(html_path: Path, png_path: Path) -> None:
    """Take a full-page PNG of an HTML file in headless Chromium, motion reduced."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.emulate_media(reduced_motion="reduce")
            page.goto(html_path.resolve().as_uri())
            page.screenshot(path=str(png_path), full_page=True)
        finally:
            browser.close()


def write_contact_sheet(figures: list[tuple[str, Figure]], out_dir: Path) -> Path:
    """Give the path of the contact sheet HTML written to out_dir, with its PNG beside it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / "contact-sheet.html"
    html_path.write_text(contact_sheet_html(figures), encoding="utf-8")
    screenshot(html_path, html_path.with_suffix(".png"))
    return html_path


def run_figures(content_dir: Path, out: Path) -> int:
    """Writes the contact sheet of every exercise that has a figure, and names its files."""
    catalogue, _ = load_catalogue(content_dir)
    figures = [(exercise.name, exercise.figure) for exercise in catalogue.exercises.values()
               if exercise.figure is not None]
    html_path = write_contact_sheet(figures, out)
    print(f"{html_path}\n{html_path.with_suffix('.png')}")
    return 0
