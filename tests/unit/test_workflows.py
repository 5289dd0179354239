"""CI and pre-commit: the workflows parse, call only make targets that exist, and the problem
matcher turns each error line `make check` prints into a file and a line."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support.projects import REPO

from .makefile_targets import makefile_targets

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
MATCHER = REPO / ".github" / "problem-matchers" / "editor-errors.json"


def workflow(name: str) -> dict:
    return yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def triggers(flow: dict) -> dict:
    return flow.get("on", flow.get(True))  # YAML 1.1 reads the key `on` as true


def run_lines(flow: dict) -> list[str]:
    return [line.strip() for job in flow["jobs"].values() for step in job["steps"]
            for line in step.get("run", "").splitlines() if line.strip()]


def test_there_are_workflows_and_each_parses():
    assert {p.name for p in WORKFLOWS} == {"pull-request.yml", "publish.yml"}
    for path in WORKFLOWS:
        flow = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert flow["name"] and flow["jobs"] and triggers(flow), path


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_call_only_make_targets_that_exist_and_nothing_else(path):
    flow = yaml.safe_load(path.read_text(encoding="utf-8"))
    targets = makefile_targets()
    called = [m for line in run_lines(flow) for m in re.findall(r"\bmake\s+([a-z][\w-]*)", line)]
    assert called, "a workflow that calls no make target"
    assert set(called) <= targets, f"not in the Makefile: {set(called) - targets}"
    for line in run_lines(flow):
        assert not re.search(r"\b(mkdocs|mike|pytest|pip|uv|python3?)\b", line), \
            f"the workflow must use make targets, as local work does: {line}"


def test_pull_requests_are_checked_tested_annotated_and_previewed():
    flow = workflow("pull-request.yml")
    assert "pull_request" in triggers(flow)
    lines = run_lines(flow)
    matcher = next(line for line in lines if "::add-matcher::" in line)
    assert (REPO / matcher.split("::add-matcher::")[1].strip('"')).resolve() == MATCHER
    assert lines.index(matcher) < lines.index("make check"), "the matcher must be registered first"
    assert {"make check", "make build", "make test"} <= set(lines)
    steps = [s for job in flow["jobs"].values() for s in job["steps"]]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"].rstrip("/") == "site"
    assert steps.index(upload) > next(i for i, s in enumerate(steps) if s.get("run") == "make build")


def test_main_is_tested_then_published_to_the_gh_pages_branch():
    flow = workflow("publish.yml")
    assert triggers(flow)["push"]["branches"] == ["main"]
    lines = run_lines(flow)
    assert lines.index("make test") < lines.index("make publish") < lines.index("git push origin gh-pages")
    assert flow["permissions"]["contents"] == "write"


def matcher_regex() -> re.Pattern:
    pattern = json.loads(MATCHER.read_text(encoding="utf-8"))["problemMatcher"][0]["pattern"][0]
    assert (pattern["file"], pattern["line"], pattern["message"]) == (1, 2, 3)
    return re.compile(pattern["regexp"])


def test_the_problem_matcher_turns_each_error_line_into_file_and_line(fixture_site):
    fixture_site.write("data/stories/bad.yml", "title: A\nsummary: s\nvisibility: everyone\npublished: 2026-01-01\n")
    fixture_site.write("docs/offer.md", "---\nowner: x\nlast_reviewed: soon\nreview_in: 6 months\n---\n# Offer\n")
    fixture_site.write("data/measures/waits.yml", "title: Waits\nimprovement: decrease\n")
    fixture_site.write("data/measures/waits.csv", "date,value\n2026-01-01,3\n2026-02-01,three\n")
    lines = fixture_site.problems()  # what `make check` prints on its standard output
    assert len(lines) == 3
    found = {(m.group(1), int(m.group(2))) for line in lines if (m := matcher_regex().match(line))}
    assert found == {("data/stories/bad.yml", 3), ("docs/offer.md", 3), ("data/measures/waits.csv", 3)}


def test_the_problem_matcher_ignores_test_tracebacks_and_summaries():
    regex = matcher_regex()
    for line in ["tests/test_build.py:45: AssertionError", "3 problem(s) found.",
                 "make: *** [Makefile:38: check] Error 1", "INFO    -  Building documentation"]:
        assert not regex.match(line), line


def test_pre_commit_runs_make_check_and_the_linters():
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    entries = [hook["entry"] for repo in config["repos"] for hook in repo["hooks"]]
    assert "make check" in entries
    for tool in ("ruff", "yamllint", "pymarkdown"):
        entry = next(e for e in entries if tool in e)
        assert (REPO / entry.split()[0]).is_file(), f"{tool} is not installed from requirements.txt"
    result = subprocess.run([str(REPO / ".venv/bin/pre-commit"), "validate-config", ".pre-commit-config.yaml"],
                            cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linters_lines_become_notes_on_the_line_too(tmp_path):
    """`make lint` fails a pull request that `make check` passes (a trailing space, a heading
    without a blank line): each of its lines names the file and line, for a note there."""
    pattern = json.loads(MATCHER.read_text(encoding="utf-8"))["problemMatcher"][1]["pattern"][0]
    regex = re.compile(pattern["regexp"])
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "contacts.yml").write_text("contacts:\n  - name: A \n", encoding="utf-8")
    (tmp_path / "page.md").write_text("# Page\n## Part\n", encoding="utf-8")
    tools = Path(sys.executable).parent
    yaml_lines = subprocess.run([tools / "yamllint", "--strict", "--format", "parsable", "-c",
                                 REPO / ".yamllint.yml", "."], cwd=tmp_path, capture_output=True, text=True).stdout
    markdown_lines = subprocess.run([tools / "pymarkdown", "--config", REPO / ".pymarkdown.yml", "scan", "page.md"],
                                    cwd=tmp_path, capture_output=True, text=True).stdout
    found = {(m.group(1), int(m.group(2))) for line in (yaml_lines + markdown_lines).splitlines()
             if (m := regex.match(line))}
    # pymarkdown names the file by its full path; the runner takes one inside the repository as that file.
    assert ("data/contacts.yml", 2) in found and (str(tmp_path / "page.md"), 1) in found, (yaml_lines, markdown_lines)
