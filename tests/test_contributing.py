"""CONTRIBUTING.md tells the truth: its example errors are what the checks print, its commands exist."""

import re
from pathlib import Path

from macros.cli.check import problems
from test_workflows import makefile_targets

REPO = Path(__file__).resolve().parents[1]
GUIDE = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", GUIDE, re.M | re.S)


def test_the_documented_mistakes_give_exactly_the_documented_error_lines(project):
    example = next(b for b in blocks("yaml") if b.startswith("title: An example story"))
    documented = next(b for b in blocks("text") if b.count("\n") > 1).splitlines()
    project.write("data/stories/an-example-story.yml", example)
    assert problems(project.path) == documented


def test_the_single_error_line_explained_is_one_the_checks_print(project):
    explained = blocks("text")[0].strip()
    example = next(b for b in blocks("yaml") if b.startswith("title: An example story"))
    project.write("data/stories/an-example-story.yml", example)
    assert explained in problems(project.path)


def test_every_make_command_in_the_guide_exists():
    called = set(re.findall(r"`make ([a-z][\w-]*)", GUIDE)) | set(re.findall(r"^make ([a-z][\w-]*)", GUIDE, re.M))
    assert {"new-story", "check", "serve", "lint", "publish"} <= called
    assert called <= makefile_targets(), called - makefile_targets()


def test_every_file_the_guide_links_to_exists():
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", GUIDE):
        assert (REPO / target).exists(), target
    for anchor in re.findall(r"\]\(#([^)]+)\)", GUIDE):
        headings = [re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-")
                    for h in re.findall(r"^##+ (.+)$", GUIDE, re.M)]
        assert anchor in headings, anchor
