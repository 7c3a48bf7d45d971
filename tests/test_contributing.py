"""The contributor's path is real: CONTRIBUTING.md, CI workflows, pre-commit and the template."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.checks.review import STEPS_RANGE
from generator.figure.models import LICENCES
from generator.models.content import Dose, Exercise, Limits, Routine, RoutineItem, model_fields
from generator.validate import validate_content
from tests.conftest import ROOT

CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
WORKFLOWS = ROOT / ".github" / "workflows"
CODE_IN_GENERATOR = re.compile(r"""["']([EW]\d{3})["']""")
CODE_ROW = re.compile(r"^\| `([EW]\d{3})` \| (.*\S) \|$", re.MULTILINE)


def section(title: str, text: str = CONTRIBUTING) -> str:
    """Gives the text under a heading, up to the next heading of the same or a higher level
    (a `# comment` in a code block is not a heading)."""
    lines = text.splitlines(keepends=True)
    start = lines.index(next(line for line in lines if re.fullmatch(
        rf"#+ {re.escape(title)}\n", line)))
    level = len(lines[start]) - len(lines[start].lstrip("#"))
    fenced = False
    for number in range(start + 1, len(lines)):
        fenced ^= lines[number].lstrip().startswith("```")
        if not fenced and re.match(rf"#{{1,{level}}} ", lines[number]):
            return "".join(lines[start + 1: number])
    return "".join(lines[start + 1:])


def table_names(text: str, header: str) -> list[str]:
    """Gives the first-column names of the Markdown table whose header row starts with header."""
    rows = text[text.index(f"| {header} |"):].split("\n\n")[0].splitlines()[2:]
    return [re.match(r"\| `([a-z_]+)` \|", row).group(1) for row in rows]


def yaml_blocks(text: str = CONTRIBUTING) -> list[Any]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)]


# ---- CONTRIBUTING.md: problem codes -------------------------------------------------------


def codes_used() -> set[str]:
    return {code for path in (ROOT / "generator").rglob("*.py")
            for code in CODE_IN_GENERATOR.findall(path.read_text(encoding="utf-8"))}


def test_every_problem_code_of_the_generator_is_listed_once_and_none_other() -> None:
    listed = [code for code, _ in CODE_ROW.findall(section("Problem codes"))]
    used = codes_used()
    assert len(used) >= 35  # the figure reader shares the codes of every other reader
    assert len(listed) == len(set(listed)), "a code is listed twice in CONTRIBUTING.md"
    missing, stale = sorted(used - set(listed)), sorted(set(listed) - used)
    assert missing == [], f"add these codes to CONTRIBUTING.md's 'Problem codes': {missing}"
    assert stale == [], f"CONTRIBUTING.md lists codes the generator no longer uses: {stale}"


def test_the_code_list_is_in_order_within_each_family() -> None:
    listed = [code for code, _ in CODE_ROW.findall(section("Problem codes"))]
    families = [code[:2] for code in listed]
    assert families == sorted(families, key=["E0", "E1", "E2", "W3", "E4"].index)
    assert listed == sorted(listed, key=lambda code: (families.index(code[:2]), code))


# ---- CONTRIBUTING.md: fields, standards and examples --------------------------------------


@pytest.mark.parametrize(("title", "header", "model"), [
    ("An exercise, field by field", "field", Exercise),
    ("The dose", "dose field", Dose),
    ("A routine, field by field", "field", Routine),
    ("A routine, field by field", "item field", RoutineItem),
    ("A routine, field by field", "limit", Limits),
], ids=["exercise", "dose", "routine", "routine item", "limits"])
def test_every_field_of_the_model_is_explained_in_order(title: str, header: str,
                                                         model: type) -> None:
    assert table_names(section(title), header) == list(model_fields(model))


def test_every_dose_field_a_routine_may_change_is_named() -> None:
    overrides = section("A routine, field by field").split("**Dose overrides.**")[1]
    for name in model_fields(Dose):
        assert f"`{name}`" in overrides.split("**Limits.**")[0], name


def test_the_standards_match_what_the_check_enforces() -> None:
    writing, safety = section("Writing standards"), section("Safety standards")
    low, high = STEPS_RANGE
    assert f"**{low} to {high} steps**" in writing
    for phrase in ("Plain words", "Second person", "One action per step",
                   "at most two sentences a step", "Your own words"):
        assert phrase in writing, phrase
    for phrase in ("`feel`", "`stop_if`", "`avoid_if`", "`modify`", "No promises of cures",
                   "The safety note stands"):
        assert phrase in safety, phrase


def test_the_inline_subset_and_picture_rules_are_stated() -> None:
    text = section("Text formatting")
    for markup in ("`*emphasis*`", "`**strong**`", "](open-book)`", "Everything else is shown "
                   "as text"):
        assert markup in text, markup
    pictures = section("Figures and pictures")
    assert "generator/figure/models.py" in pictures and "`make figures`" in pictures
    for licence in LICENCES:
        assert f"`{licence}`" in pictures, licence
    for needed in ("`alt`", "`author`", "`licence`"):
        assert needed in pictures


def test_the_walk_through_goes_from_new_to_a_merged_pull_request() -> None:
    walk = section("From a new file to a merged pull request")
    steps = ["-m generator new exercise", "   make check\n", "make serve", "git push",
             "--format github", "make test", "make site", "Deploy"]
    places = [walk.index(step) for step in steps]
    assert places == sorted(places)
    assert "[what a printed routine looks like](docs/printed-routine.png)" in walk
    assert "pre-commit install" in CONTRIBUTING


def test_the_table_of_contents_links_to_headings() -> None:
    headings = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")
                for h in re.findall(r"^#+ (.+)$", CONTRIBUTING, re.MULTILINE)}
    anchors = re.findall(r"\]\(#([^)]+)\)", CONTRIBUTING)
    assert len(anchors) >= 10
    assert [a for a in anchors if a not in headings] == []


def test_the_files_contributing_links_to_exist() -> None:
    targets = [t for t in re.findall(r"\]\(((?!https?:|#)[^)]+)\)", CONTRIBUTING)
               if "/" in t or "." in t]  # [label](exercise-id) links are shown, not files
    assert "generator/figure/models.py" in targets
    # docs/printed-routine.png is added with the print work, in its own change
    missing = [t for t in targets if not (ROOT / t).exists() and t != "docs/printed-routine.png"]
    assert missing == []


def example(kind: str) -> tuple[str, Any]:
    """Gives the text and data of CONTRIBUTING.md's complete example of a kind of file."""
    first = f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"
    text = next(block for block in re.findall(r"```yaml\n(.*?)```", CONTRIBUTING, re.DOTALL)
                if block.startswith(first))
    return text, yaml.safe_load(text)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "content"


def test_the_complete_examples_check_clean_in_the_real_guide(content: Path) -> None:
    for kind, name in (("exercise", "cat-cow"), ("routine", "desk-break")):
        text, data = example(kind)
        schema = yaml.safe_load((ROOT / "schemas" / f"{kind}.schema.json").read_text())
        assert list(jsonschema.Draft7Validator(schema).iter_errors(data)) == []
        (content / f"{kind}s" / f"{name}.yml").write_text(text, encoding="utf-8")
    catalogue, problems = validate_content(content)
    assert [str(p) for p in problems] == []
    assert catalogue is not None and catalogue.exercises["cat-cow"].name == "Cat-Cow"


@pytest.mark.parametrize("field", ["figure", "image"])
def test_the_figure_and_picture_examples_check_clean(content: Path, field: str) -> None:
    block = next(data for data in yaml_blocks() if isinstance(data, dict) and list(data) == [field])
    _, data = example("exercise")
    data = {key: value for key, value in data.items() if key not in ("figure", "image")}
    pictures = content / "exercises" / "images"
    pictures.mkdir()
    (pictures / "wall-angel.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (content / "exercises" / "cat-cow.yml").write_text(
        yaml.safe_dump({**data, **block}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    catalogue, problems = validate_content(content)
    assert [str(p) for p in problems] == []
    shown = getattr(catalogue.exercises["cat-cow"], field)
    if field == "image":  # the picture as the example gives it, read from its file
        assert (shown.file, shown.alt, shown.author, shown.licence, shown.data) == (
            block["image"]["file"], block["image"]["alt"], block["image"]["author"],
            block["image"]["licence"], b"\x89PNG\r\n\x1a\n")
    else:  # the figure as the example gives it: its props and each keyframe's pose
        assert [p.prop for p in shown.props] == block["figure"]["props"]
        assert [(k.posture, dict(k.joints)) for k in shown.keyframes] == [
            (k["posture"], k["joints"]) for k in block["figure"]["keyframes"]]


# ---- the workflows ------------------------------------------------------------------------


def workflow(name: str) -> dict[Any, Any]:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return job["steps"]


def runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def uses(job: dict[str, Any], action: str) -> dict[str, Any]:
    found = [step for step in steps(job) if step.get("uses", "").startswith(f"{action}@")]
    assert len(found) == 1, f"expected one step using {action}"
    return found[0]


def test_pull_requests_check_test_and_build() -> None:
    flow = workflow("pull-request.yml")
    assert "pull_request" in flow[True]  # PyYAML reads the key `on` as True
    jobs = flow["jobs"]
    assert {"check", "test", "build"} <= set(jobs)

    uses(jobs["check"], "actions/checkout")
    assert "python -m generator check --format github" in runs(jobs["check"])

    commands = [step.get("run", "") for step in steps(jobs["test"])]
    install = next(i for i, run in enumerate(commands) if "apt-get install" in run)
    assert {"chromium", "poppler-utils", "zbar-tools"} <= set(commands[install].split())
    assert install < commands.index("make test")

    assert re.search(r"^make site$", runs(jobs["build"]), re.MULTILINE)
    artifact = uses(jobs["build"], "actions/upload-artifact")
    assert artifact["with"]["path"].rstrip("/") == "site"
    assert steps(jobs["build"]).index(artifact) > next(
        i for i, s in enumerate(steps(jobs["build"])) if s.get("run") == "make site")


def test_main_is_built_and_deployed_with_the_official_pages_actions() -> None:
    flow = workflow("deploy.yml")
    assert flow[True]["push"]["branches"] == ["main"]
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    order = [runs({"steps": [s]}) or s["uses"].split("@")[0] for s in steps(build)]
    assert order.index("make site") < order.index("actions/configure-pages") \
        < order.index("actions/upload-pages-artifact")
    assert uses(build, "actions/upload-pages-artifact")["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert uses(deploy, "actions/deploy-pages")["id"] == "deployment"
    assert "pages: write" not in yaml.safe_dump(flow["permissions"])  # only the deploy job


def test_every_action_is_pinned_to_a_version() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for job in workflow(path.name)["jobs"].values():
            for step in steps(job):
                if "uses" in step:
                    assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]


def test_ci_runs_the_commands_the_makefile_and_readme_name() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^check: .*\n\t\$\(PY\) -m generator check$", makefile, re.MULTILINE)
    assert re.search(r"^schema: .*\n\t\$\(PY\) -m generator schema --out schemas$", makefile,
                     re.MULTILINE)
    for target in ("site", "test", "serve", "figures"):
        assert re.search(rf"^{target}: ", makefile, re.MULTILINE), target


# ---- pre-commit and the pull request template ---------------------------------------------


def hooks() -> dict[str, dict[str, Any]]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    return {hook["id"]: hook for hook in repo["hooks"]}


def test_pre_commit_checks_the_changed_content_files() -> None:
    hook = hooks()["guide-check"]
    assert hook["entry"] == "python -m generator check"
    assert hook["pass_filenames"] is True
    assert hook["files"] == r"^content/(exercises|routines)/.*\.yml$"
    files = re.compile(hook["files"])
    assert files.search("content/exercises/wall-angel.yml")
    assert files.search("content/routines/desk-break.yml")
    for other in ("content/taxonomy.yml", "content/pages/index.md", "generator/cli.py",
                  "content/exercises/wall-angel.yaml"):
        assert not files.search(other), other
    whole = hooks()["guide-check-all"]
    assert whole["pass_filenames"] is False
    assert re.search(whole["files"], "content/taxonomy.yml")


def test_pre_commit_installs_the_pinned_packages_the_check_imports() -> None:
    pins = dict(line.split("==") for line in
                (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
                if "==" in line and not line.startswith("#"))
    pins = {name.lower(): version for name, version in pins.items()}
    for hook in hooks().values():
        wanted = dict(dep.split("==") for dep in hook["additional_dependencies"])
        assert {k.lower(): v for k, v in wanted.items()} == \
            {k.lower(): pins[k.lower()] for k in wanted}, "pin as in constraints.txt"
    imported = subprocess.run(  # everything a check of figures and pictures too may import
        [sys.executable, "-c", "import sys; from generator.cli import main; main(['check']); "
         "import generator.figure; print(' '.join(sorted({m.split('.')[0] for m in "
         "sys.modules})))"],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()[-1].split()
    distributions = importlib.metadata.packages_distributions()
    needed = {dist.lower() for module in imported if module != "generator"
              and not module.startswith("_")  # setuptools' and pip's start-up hooks
              for dist in distributions.get(module, [])}
    assert "pyyaml" in needed
    for hook in hooks().values():
        installed = {dep.split("==")[0].lower() for dep in hook["additional_dependencies"]}
        assert needed <= installed, hook["id"]


def test_the_pull_request_template_has_the_checklist() -> None:
    text = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] (.+)$", text, re.MULTILINE)
    assert 4 <= len(items) <= 8
    checklist = "\n".join(items)
    for needed in ("`make check`", "one action", "`feel`", "`stop_if`", "`avoid_if`",
                   "`modify`", "`make serve`", "copied"):
        assert needed in checklist, needed


def test_the_complete_examples_are_the_shipped_files() -> None:
    # The walk-through quotes two content files whole; they must not drift apart.
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    for path in ("content/exercises/cat-cow.yml", "content/routines/desk-break.yml"):
        assert (ROOT / path).read_text(encoding="utf-8") in blocks, f"{path} differs"
