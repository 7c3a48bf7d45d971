"""`make printed-routine`: renders the seed routine's printed sheet to docs/printed-routine.png.

It builds the site, prints the routine page to PDF in Chromium (A4, as a reader's print
dialog would) and turns the page into a PNG with pdftoppm, for CONTRIBUTING.md and README.md.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from generator.commands.site import build_site
from tests.browser import chromium, serve
from tests.conftest import ROOT

OUT = ROOT / "docs" / "printed-routine.png"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="printed-routine-") as tmp:
        site, pdf = Path(tmp) / "site", Path(tmp) / "routine.pdf"
        build_site(ROOT / "mkdocs.yml", site)
        with serve(site) as url, chromium() as context:
            page = context.new_page()
            page.goto(url + "routines/seed-routine/", wait_until="networkidle")
            page.pdf(path=str(pdf), format="A4")
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf),
                        str(OUT.with_suffix(""))], check=True)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
