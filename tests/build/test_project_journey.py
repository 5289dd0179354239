"""An editor's whole journey with a project, as CONTRIBUTING.md ("Add an improvement
project") tells it, on a copy of the tests' own play book: `make new-project`, the
TODOs filled in, a measure and a story linked, a first score, then a raised one,
then the project made public. After each step `make check` is clean, and the
project is seen on the register, on its page, in the Board summary and (once
public) on the public site, without its lead. The guide's own YAML is used, its
ids swapped for the fixture's."""

from __future__ import annotations

import json
import re

import pytest
from support.html import Page, section
from support.projects import REPO

from macros.cli.new_project import main as new_project

FILE = "data/projects/falls-huddles.yml"
GUIDE = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
PART = GUIDE[GUIDE.index("## Add an improvement project"):GUIDE.index("## Change the text of a page")]
MEASURE = "title: Fixture falls\nimprovement: decrease\nvisibility: public\npoints:\n" + "".join(
    f"  - date: 2026-{month:02d}-01\n    value: {value}\n" for month, value in ((7, 9), (8, 8), (9, 9), (10, 7)))


def documented(start: str) -> str:
    """The guide's YAML block in this part that starts with ``start``."""
    return next(block for block in re.findall(r"```yaml\n(.*?)```", PART, re.S) if block.startswith(start))


@pytest.fixture
def editor(fixture_site, monkeypatch):
    monkeypatch.chdir(fixture_site.path)

    def build_on(today: str):
        monkeypatch.setenv("PLAYBOOK_TODAY", today)
        assert fixture_site.problems() == []
        result = fixture_site.build()
        assert result.ok, result.output
        return fixture_site
    fixture_site.build_on = build_on
    fixture_site.write("data/measures/fixture-falls.yml", MEASURE)  # a measure the play book already has
    return fixture_site


def register_row(project) -> str:
    text = Page(project.page("playbook", "projects/")).text
    return text[text.index("Falls huddles on ward 4 Fixture Trust"):][:200]


def board_summary(project) -> str:
    return Page(section(project.page("playbook", "progress-report/"), "improvement-projects")).text


def test_an_editor_adds_a_project_links_a_measure_and_a_story_raises_its_score_and_makes_it_public(editor,
                                                                                                  monkeypatch):
    # `make new-project ID=falls-huddles`, on 1 November 2026: it passes the checks as it is.
    monkeypatch.setenv("PLAYBOOK_TODAY", "2026-11-01")
    assert new_project(["falls-huddles"]) == 0
    assert editor.problems() == []

    # The TODOs replaced, the organisation named, the start corrected, a lead named.
    editor.replace(FILE, "title: \"TODO: the project's name\"", "title: Falls huddles on ward 4")
    editor.replace(FILE, 'aim: "TODO: what will improve, by how much, by when"',
                   "aim: Reduce falls on ward 4 by a third by March 2027")
    editor.replace(FILE, "organisations: []", "organisations: [fixture-trust]")
    editor.replace(FILE, "started: 2026-11-01", "started: 2026-09-07")
    editor.write(FILE, editor.read(FILE) + "lead: Journey Lead Person\n")

    # A measure and a story linked, and a first score (the guide's first item only).
    linked = documented("measures:").replace("days-to-first-appointment", "fixture-falls").replace(
        "we-wait-well", "fixture-public-story")
    first_score = documented("progress:").split("  - date: 2026-11")[0]
    editor.write(FILE, editor.read(FILE) + linked + first_score)
    editor.build_on("2026-11-02")
    assert register_row(editor).startswith("Falls huddles on ward 4 Fixture Trust Active 1 Charter and team "
                                           "established 5 October 2026")
    page = Page(editor.page("playbook", "projects/falls-huddles/"))
    assert "Reduce falls on ward 4 by a third by March 2027" in page.text and "Journey Lead Person" in page.text
    assert page.find("svg", id="spc-fixture-falls-wide", role="img") and page.find("svg", id="score-falls-huddles")
    assert "../../stories/fixture-public-story/" in page.links()
    assert "Of the 2 active projects, 1 has a score more than 90 days old" in board_summary(editor)  # the fixture's

    # Months later the score is out of date, everywhere it is shown.
    editor.build_on("2027-02-15")
    assert "Out of date (133 days old)" in register_row(editor)
    assert "Of the 2 active projects, 2 have scores more than 90 days old" in board_summary(editor)

    # The score raised (the guide's whole `progress` block): current again, and charted.
    editor.write(FILE, editor.read(FILE).replace(first_score, documented("progress:")))
    editor.build_on("2027-02-15")
    row = register_row(editor)
    assert row.startswith("Falls huddles on ward 4 Fixture Trust Active 2 Activity, but no changes 30 November 2026")
    assert "Out of date" not in row[:100]
    assert "Of the 2 active projects, 1 has a score more than 90 days old" in board_summary(editor)
    assert "Baseline data gathered" in editor.page("playbook", "projects/falls-huddles/")
    assert not (editor.site("stories") / "projects" / "falls-huddles").exists()

    # Made public: on the public site's register and its own page, without its lead.
    editor.replace(FILE, "visibility: internal", "visibility: public")
    editor.build_on("2027-02-15")
    assert "../projects/falls-huddles/" in Page(editor.page("stories", "projects/")).links()
    public = editor.page("stories", "projects/falls-huddles/")
    assert "Falls huddles on ward 4" in public and "Fixture falls" in public
    assert "Journey Lead Person" not in "".join(
        file.read_text(encoding="utf-8", errors="replace") for file in editor.site("stories").rglob("*")
        if file.is_file() and file.suffix in (".html", ".json", ".xml"))
    [entry] = [e for e in json.loads(editor.read("site/stories/projects.json")) if e["id"] == "falls-huddles"]
    assert (entry["score"], entry["score_date"], entry["measures"]) == (2, "2026-11-30", ["fixture-falls"])
