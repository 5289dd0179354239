"""Nothing of an internal project, and no project's lead, reaches the public site,
in any file (pages, search index, feeds, sitemap and its .gz, projects.json,
measures.json); nor the internal measures and stories a public project names.

Canary text marks what must never be public: an internal project with it in
every field, a public project whose lead carries it and which names an internal
measure and an internal story carrying it too (the fixture's own internal
project and story carry it as well).
"""

from __future__ import annotations

import json

import pytest
from support.content import every_file_as_text
from support.projects import fixture_project

CANARY = "canary"  # looked for in lower case: ids and slugs are lower case

INTERNAL_PROJECT = """\
title: Canary internal project title
aim: Canary aim.
organisations: [fixture-trust]
status: active
started: 2025-01-06
visibility: internal
lead: Canary Internal Lead
themes: [redesign]
workstream: convene
progress:
  - date: 2025-02-03
    score: 2
    note: Canary score note.
pdsa:
  - date: 2025-03-03
    change: Canary change
    plan: Canary plan.
    do: Canary do.
    study: Canary study.
    act: Canary act.
drivers:
  - driver: Canary primary
    secondary:
      - driver: Canary secondary
        change_ideas: [Canary idea]
measures: [canary-internal-measure, public-measure]
stories: [fixture-public-story]
"""
PUBLIC_PROJECT = """\
title: Public project with a lead
aim: A public aim.
organisations: [fixture-council]
status: completed
started: 2025-01-06
completed: 2025-09-01
visibility: public
lead: Lead Canary Person
measures: [canary-internal-measure, public-measure]
stories: [fixture-internal-story, fixture-public-story]
"""
POINTS = "points:\n" + "".join(f"  - date: 2025-0{m}-01\n    value: {v}\n" for m, v in ((1, 5), (2, 6), (3, 5)))
INTERNAL_MEASURE = "title: Canary measure title\nimprovement: increase\n" + POINTS
PUBLIC_MEASURE = "title: Public measure\nimprovement: increase\nvisibility: public\n" + POINTS


@pytest.fixture(scope="module")
def canary_built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("projects-canary") / "fixture")
    project.write("data/projects/canary-internal-project.yml", INTERNAL_PROJECT)
    project.write("data/projects/public-project-with-a-lead.yml", PUBLIC_PROJECT)
    project.write("data/measures/canary-internal-measure.yml", INTERNAL_MEASURE)
    project.write("data/measures/public-measure.yml", PUBLIC_MEASURE)
    result = project.build()
    assert result.ok, result.output
    return project


def test_no_internal_project_lead_or_what_only_staff_see_reaches_any_file_under_site_stories(canary_built):
    project = canary_built
    checked = set()
    for file, text in every_file_as_text(project.site("stories")):
        assert CANARY not in text.lower(), f"{file} leaks internal content"
        for slug in ("fixture-internal-project", "fixture-internal-story"):
            assert slug not in text, f"{file} names {slug}"
        checked.add(file.relative_to(project.site("stories")).as_posix())
    assert {"projects.json", "measures.json", "projects/index.html", "projects/public-project-with-a-lead/index.html",
            "pagefind/pagefind-entry.json", "sitemap.xml", "sitemap.xml.gz", "feed.json"} <= checked


def test_the_public_project_is_there_naming_only_public_records(canary_built):
    [entry] = [e for e in json.loads(canary_built.read("site/stories/projects.json"))
               if e["id"] == "public-project-with-a-lead"]
    assert (entry["measures"], entry["stories"]) == (["public-measure"], ["fixture-public-story"])
    assert "Public measure" in canary_built.page("stories", "projects/public-project-with-a-lead/")


def test_the_canaries_were_built_into_the_play_book(canary_built):
    """So that their absence from the public site means something."""
    playbook = "\n".join(text for _, text in every_file_as_text(canary_built.site("playbook")))
    for built in ("Canary internal project title", "Canary Internal Lead", "Lead Canary Person", "Canary idea",
                  "Canary measure title", "CANARY internal project"):
        assert built in playbook, built
    staff = {e["id"] for e in json.loads(canary_built.read("site/playbook/projects.json"))}
    assert {"canary-internal-project", "fixture-internal-project"} <= staff
