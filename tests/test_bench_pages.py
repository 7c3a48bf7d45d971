"""The pages `make bench` measures MkDocs on: its floor is the issue's reference, one paragraph
under each page's title; its prose reference is as long as the generated pages."""

from __future__ import annotations

from pathlib import Path

from tests.bench import PROSE, prose_pages


def docs_folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "assets" / "figures").mkdir(parents=True)
    (docs / "assets" / "guide.css").write_text("body {}\n", encoding="utf-8")
    (docs / "assets" / "figures" / "a.svg").write_text("<svg/>\n", encoding="utf-8")
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    (docs / "exercises").mkdir()
    (docs / "exercises" / "index.md").write_text("# Exercises\n\nA long index.\n", encoding="utf-8")
    for name in ("cat-cow", "chin-tuck"):
        (docs / "exercises" / f"{name}.md").write_text("# T\n\n" + "x" * 3000 + "\n",
                                                      encoding="utf-8")
    return docs


def exercise_pages(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8")
            for p in sorted((folder / "exercises").glob("*.md")) if p.name != "index.md"}


def test_the_floor_is_one_paragraph_under_each_title(tmp_path: Path) -> None:
    floor = prose_pages(docs_folder(tmp_path), tmp_path / "floor", size=0)
    pages = exercise_pages(floor)
    assert sorted(pages) == ["cat-cow.md", "chin-tuck.md"]
    assert sorted(pages.values()) == [f"# Page 0\n\n{PROSE * 3}\n", f"# Page 1\n\n{PROSE * 3}\n"]
    # The navigation's pages and the site's styles, not the generator's figures.
    assert (floor / "index.md").read_text(encoding="utf-8") == "# Home\n"
    assert sorted(p.relative_to(floor).as_posix() for p in (floor / "assets").rglob("*")) == [
        "assets/guide.css"]


def test_the_prose_reference_is_as_long_as_the_generated_pages(tmp_path: Path) -> None:
    prose = prose_pages(docs_folder(tmp_path), tmp_path / "prose")
    for text in exercise_pages(prose).values():
        assert len(text) >= 3000
        assert text.count("\n## Part ") >= 2  # sections of paragraphs under headings
