"""`make bench`: builds synthetic catalogues of 100 and 1,000 exercises and prints figures.

Figures, not assertions: wall time and peak memory of the whole strict build, the generator's
share of it (load + validate + render), the 1,000/100 time ratio, and the mean size of an
exercise page. Targets on the project's 2-core machine are printed beside them.

The build of 1,000 exercises is compared with MkDocs' floor: 1,000 pages of one paragraph under
the page's title (the issue's reference), built with the project's own configuration and no
hook, then given the same search index (Pagefind's command line, as the build's own index is
made). The index belongs on both sides: when the target (<= 2.0) was set, the project's
mkdocs.yml built its search index inside MkDocs (Material's search plugin), for the floor as for
the guide; the build now has Pagefind index each page as MkDocs writes it. The builds and the
floor's runs take turns, so a machine that gets busier or quieter weighs on both alike. The
build over the floor without its index is printed too.

References, MkDocs alone with the same configuration: the generated pages themselves, the same
pages with every raw HTML block removed, and plain prose pages of the same Markdown size. They
show how much of the build is MkDocs' own work on pages like these. The references carry the
site's styles and scripts but not the generated figure files, which are the generator's output.
"""
from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from generator.search_index import CLI_ARGS as PAGEFIND_ARGS
from tests.conftest import ROOT

SIZES = (100, 1000)
RUNS = 3
TURNS = 5
"""Builds of each size, and floors, taking turns: on this 2-core machine one MkDocs process
alone runs in 4 s or in 6 s from one minute to the next, so the ratio wants more than three."""
TEMPLATE = ROOT / "content" / "exercises" / "cat-cow.yml"


def varied_figure(figure: dict, number: int) -> dict:
    """Gives a copy of a figure with its angles moved a little toward zero, so that every
    synthetic exercise draws a figure of its own (as a real catalogue does)."""
    step = round((number % 1000) / 250, 3)  # 0 to 4 degrees, different for each number
    keyframes = [dict(frame, joints={name: angle - step * (1 if angle > 0 else -1) if angle else 0
                                     for name, angle in frame.get("joints", {}).items()})
                 for frame in figure["keyframes"]]
    return dict(figure, keyframes=keyframes)


def linked_versions(number: int, total: int) -> dict[str, list[str]]:
    """Gives a synthetic exercise's easier and harder links: pairs (0 with 1, 2 with 3, ...),
    the last of an odd count joining the pair before it, so none stands alone (W307) and every
    link works both ways (W306)."""
    def name(other: int) -> list[str]:
        return [f"ex-{other:04d}"]
    if number % 2:
        harder = name(number + 1) if number + 2 == total else []
        return {"easier": name(number - 1), "harder": harder}
    if number + 1 < total:
        return {"easier": [], "harder": name(number + 1)}
    return {"easier": name(number - 1) if number else [], "harder": []}


def synthesize(folder: Path, count: int) -> Path:
    """Writes a project with `count` exercises (the real ones, then synthetic copies of
    Cat-Cow) and a routine per 10 synthetic ones, and gives its config file."""
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    base = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    real = len(list((content / "exercises").glob("*.yml")))
    for number in range(count - real):
        data = dict(base, name=f"Exercise {number:04d}", aliases=[f"Alias {number:04d}"],
                    **linked_versions(number, count - real),
                    figure=varied_figure(base["figure"], number))
        data.pop("progress_when", None)
        if data["harder"]:
            data["progress_when"] = "You can do 10 slow rounds with no pain."
        (content / "exercises" / f"ex-{number:04d}.yml").write_text(
            yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    for number in range((count - real) // 10):
        items = [{"exercise": f"ex-{number * 10 + i:04d}"} for i in range(5)]
        routine = {"name": f"Routine {number}", "summary": "A routine.", "goal": "A goal.",
                   "level": "beginner", "how_often": "Daily", "items": items}
        (content / "routines" / f"routine-{number:03d}.yml").write_text(
            yaml.safe_dump(routine, sort_keys=False), encoding="utf-8")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(ROOT / "generator" / "mkdocs_hook.py")]
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return folder / "mkdocs.yml"


def timed_build(folder: Path) -> tuple[float, float]:
    """Gives (wall seconds, peak MB) of one strict site build in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "site", "--out", "site"], cwd=folder,
                   check=True, capture_output=True, env={"PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def mkdocs_alone(folder: Path, docs: Path, runs: int = RUNS, out: str = "plain-site") -> float:
    """Gives the median seconds MkDocs takes, without the hook, on the pages in docs, with the
    project's own configuration (theme, Markdown extensions, navigation); the site is left in
    folder/out."""
    config = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("hooks")
    config["docs_dir"] = str(docs)
    (folder / "plain.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "plain.yml",
                        "-d", out], cwd=folder, check=True, capture_output=True,
                       env={"PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def index_seconds(site: Path) -> float:
    """Gives the median seconds Pagefind takes to index a built site, as the site command runs
    it, on a copy (so the site keeps the index its build made)."""
    times = []
    for run in range(RUNS):
        copy = site.with_name(f"{site.name}-indexed-{run}")
        shutil.copytree(site, copy, ignore=shutil.ignore_patterns("pagefind"))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(copy), *PAGEFIND_ARGS],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        shutil.rmtree(copy)
    return statistics.median(times)


def written_pages(folder: Path) -> Path:
    """Writes the generated Markdown beside the hand-written pages, as `build --out` does for a
    docs folder, and gives that folder."""
    docs = folder / "plain-docs"
    shutil.copytree(folder / "content" / "pages", docs)
    subprocess.run([sys.executable, "-m", "generator", "build", "--out", str(docs / "gen")],
                   cwd=folder, check=True, capture_output=True, env={"PYTHONPATH": str(ROOT)})
    for item in (docs / "gen").iterdir():
        shutil.move(str(item), docs / item.name)
    return docs


def without_raw_html(docs: Path, into: Path) -> Path:
    """Copies a docs folder with every raw HTML block (figures, facts, print sheet, index
    rows) taken out of the generated pages, leaving their Markdown text."""
    shutil.copytree(docs, into)
    for page in into.rglob("*.md"):
        kept, depth = [], 0
        for line in page.read_text(encoding="utf-8").splitlines(keepends=True):
            if depth or (line.startswith("<") and not line.startswith("<!--")):
                depth += line.count("<div") + line.count("<dl") + line.count("<table")
                depth -= line.count("</div>") + line.count("</dl>") + line.count("</table>")
                depth = max(depth, 0)
                continue
            kept.append(line)
        page.write_text("".join(kept), encoding="utf-8")
    return into


PROSE = ("Sit tall and let your shoulders drop away from your ears. Breathe in slowly through "
         "the nose, and as you breathe out let the upper back round a little more. ")


def prose_pages(docs: Path, into: Path, size: float | None = None) -> Path:
    """Writes the hand-written pages plus one plain prose page per generated exercise page: a
    title, then sections of paragraphs as long as the mean exercise page's Markdown, or (size 0)
    one paragraph alone, MkDocs' floor."""
    (into / "exercises").mkdir(parents=True)
    # The same styles and scripts as the build; the figure files are the generator's output.
    shutil.copytree(docs / "assets", into / "assets",
                    ignore=shutil.ignore_patterns("figures", "images"))
    for page in docs.glob("*.md"):  # home, guide pages, glossary: what the navigation names
        shutil.copy(page, into / page.name)
    pages = [p for p in (docs / "exercises").glob("*.md") if p.name != "index.md"]
    size = statistics.mean(p.stat().st_size for p in pages) if size is None else size
    for number, page in enumerate(pages):
        parts = [f"# Page {number}\n"] if size else [f"# Page {number}\n", f"{PROSE * 3}\n"]
        while sum(map(len, parts)) < size:
            parts.append(f"## Part {len(parts)}\n\n{PROSE * 3}\n\n{PROSE * 2}\n")
        (into / "exercises" / page.name).write_text("\n".join(parts), encoding="utf-8")
    (into / "routines").mkdir()
    (into / "routines" / "index.md").write_text("# Routines\n", encoding="utf-8")
    (into / "exercises" / "index.md").write_text("# Exercises\n", encoding="utf-8")
    return into


def generator_seconds(folder: Path) -> float:
    """Gives the median seconds that loading, validating and rendering take, each run in a
    fresh process (the generator caches drawn figures, so a second run in one process would
    flatter it)."""
    script = ("import sys, time\nfrom pathlib import Path\nfrom generator.build import generate\n"
              "start = time.perf_counter()\ngenerate(Path(sys.argv[1]))\n"
              "print(time.perf_counter() - start)\n")
    times = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-c", script, str(folder / "content")],
                              check=True, capture_output=True, text=True,
                              env={"PYTHONPATH": str(ROOT)})
        times.append(float(done.stdout))
    return statistics.median(times)


def mean_exercise_page_kb(folder: Path) -> float:
    pages = list((folder / "site" / "exercises").glob("ex-*/index.html"))
    return statistics.mean(p.stat().st_size for p in pages) / 1024


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory(prefix="guide-bench-") as tmp:
        for count in SIZES:
            folder = Path(tmp) / str(count)
            folder.mkdir()
            synthesize(folder, count)
            docs = written_pages(folder)
            last = count == SIZES[-1]
            tiny = prose_pages(docs, folder / "tiny-docs", size=0) if last else None
            builds, floors = [], []
            for _ in range(TURNS):  # the build and the floor take turns
                builds.append(timed_build(folder))
                if tiny is not None:
                    floors.append(mkdocs_alone(folder, tiny, runs=1, out="floor-site"))
            wall = statistics.median(b[0] for b in builds)
            peak = max(b[1] for b in builds)
            gen = generator_seconds(folder)
            page = mean_exercise_page_kb(folder)
            alone = mkdocs_alone(folder, docs)
            results[count] = (wall, page)
            print(f"{count:>5} exercises: build {wall:.2f} s (median of {TURNS}),"
                  f" peak {peak:.0f} MB,"
                  f" generator {gen:.2f} s = {100 * gen / wall:.0f}% of the build,"
                  f" MkDocs alone on the same pages {alone:.2f} s,"
                  f" exercise page {page:.1f} KB")
            if last:
                floor = statistics.median(floors)
                floor_index = index_seconds(folder / "floor-site")
                index = index_seconds(folder / "site")
                bare = mkdocs_alone(folder, without_raw_html(docs, folder / "bare-docs"))
                prose = mkdocs_alone(folder, prose_pages(docs, folder / "prose-docs"))
                print(f"      MkDocs' floor, {count:,} pages of one paragraph, no hook:"
                      f" {floor:.2f} s (median of {TURNS}, taking turns with the build);"
                      f" MkDocs alone on the generated pages over it: {alone / floor:.2f}")
                print("      each turn, build / floor: " + ", ".join(
                    f"{build[0]:.1f} / {alone_floor:.1f} s" for build, alone_floor
                    in zip(builds, floors, strict=True)))
                print(f"      Pagefind's command line alone (median of {RUNS}): on the built site"
                      f" {index:.2f} s (the build indexes each page as it is written, beside"
                      f" MkDocs), on the floor's site {floor_index:.2f} s")
                print(f"      references, MkDocs alone: the same pages with every raw HTML block"
                      f" removed {bare:.2f} s; {count:,} plain prose pages of the same Markdown"
                      f" size {prose:.2f} s")
                print(f"1,000 exercises {wall:.2f} s / MkDocs' floor with its search index"
                      f" {floor + floor_index:.2f} s = {wall / (floor + floor_index):.2f}"
                      f" (target <= 2.0)")
                print(f"  the build over the floor without its index: {wall:.2f} / {floor:.2f} s ="
                      f" {wall / floor:.2f}")
    (small, small_page), (large, large_page) = results[SIZES[0]], results[SIZES[1]]
    print(f"time ratio 1,000/100: {large / small:.1f} (target <= 11)")
    print(f"page size ratio 1,000/100: {large_page / small_page:.2f} (target <= 1.2)")
    print("targets: 1,000 exercises build in <= 5 s; generator share <= 25%")

if __name__ == "__main__":
    main()
