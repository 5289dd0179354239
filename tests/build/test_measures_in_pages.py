"""Measures on both sites, built from a copy of the tests' own play book with
measures written by the test: a page per measure with its chart, table and
CSV; the overview; the stories they support; measures.json as the contract
gives it; and nothing of an internal measure on the public site."""

from __future__ import annotations

import csv
import io
import json

import pytest
from support.content import every_file_as_text
from support.html import Page
from support.projects import fixture_project

CANARY = "CANARY measure"
# A decrease measure whose 8th point is far below the rest (special cause improvement).
PUBLIC = """title: Fixture waiting days
improvement: decrease
unit: days
target: 20
visibility: public
stories: [fixture-public-story, fixture-internal-story]
workstream: convene
description: Days from referral to first appointment.
points:
""" + "".join(f"  - date: 2025-{month:02d}-01\n    value: {value}\n"
              for month, value in enumerate([30, 31, 29, 30, 32, 30, 31, 12], start=1))
INTERNAL = f"""title: {CANARY} title
improvement: increase
description: {CANARY} description, for staff only.
stories: [fixture-public-story]
"""
INTERNAL_CSV = "date,value\n2025-01-01,5\n2025-02-01,6\n2025-03-01,5\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("measures") / "fixture")
    project.write("data/measures/fixture-waiting-days.yml", PUBLIC)
    project.write("data/measures/fixture-internal-count.yml", INTERNAL)
    project.write("data/measures/fixture-internal-count.csv", INTERNAL_CSV)
    result = project.build()
    assert result.ok, result.output
    return project


def measures_json(project, site: str) -> list[dict]:
    return json.loads((project.site(site) / "measures.json").read_text(encoding="utf-8"))


def test_measures_json_gives_every_measure_with_the_contract_fields(built):
    staff = {m["id"]: m for m in measures_json(built, "playbook")}
    assert set(staff) == {"fixture-waiting-days", "fixture-internal-count"}
    waits = staff["fixture-waiting-days"]
    for field in ("id", "title", "url", "improvement", "mean", "ucl", "lcl", "variation", "assurance",
                  "segments", "points"):
        assert field in waits, field
    assert waits["url"] == "measures/fixture-waiting-days/"
    assert (waits["variation"], waits["improvement"]) == ("improvement", "decrease")
    assert waits["points"][-1]["date"] == "2025-08-01" and "outside-limits" in waits["points"][-1]["signals"]
    assert [s["provisional"] for s in waits["segments"]] == [True]  # 8 points: fewer than 15
    # The CSV's points, as given.
    assert [p["value"] for p in staff["fixture-internal-count"]["points"]] == [5, 6, 5]


def test_the_public_site_has_only_public_measures_and_nothing_of_the_others(built):
    assert [m["id"] for m in measures_json(built, "stories")] == ["fixture-waiting-days"]
    assert not (built.site("stories") / "measures" / "fixture-internal-count").exists()
    leaks = [file for file, text in every_file_as_text(built.site("stories")) if CANARY.lower() in text.lower()]
    assert leaks == []
    # The public measure also supports an internal story: not even its slug is published.
    assert [file for file, text in every_file_as_text(built.site("stories")) if "fixture-internal-story" in text] == []
    # The canary was built, so the check above means something.
    assert CANARY in built.page("playbook", "measures/fixture-internal-count/")


def test_a_measure_page_has_its_chart_table_csv_and_stories(built):
    html = built.page("playbook", "measures/fixture-waiting-days/")
    page = Page(html)
    assert page.find("svg", role="img") and "<table" in html
    assert page.find("a", href="fixture-waiting-days.csv")
    rows = list(csv.reader(io.StringIO(built.read("site/playbook/measures/fixture-waiting-days/"
                                                  "fixture-waiting-days.csv"))))
    assert rows[0][:2] == ["date", "value"] and len(rows) == 9
    assert "../../stories/fixture-public-story/" in page.links()
    public = Page(built.page("stories", "measures/fixture-waiting-days/"))
    # On the public site, only the public story it supports is linked.
    assert "../../stories/fixture-public-story/" in public.links()
    assert not any("fixture-internal-story" in link for link in public.links())


def test_the_overview_and_the_stories_show_their_measures(built):
    overview = Page(built.page("playbook", "measures/"))
    assert {"fixture-waiting-days/", "fixture-internal-count/"} <= {link.rsplit("measures/", 1)[-1]
                                                                    for link in overview.links()}
    assert "LEAD: Convene" in overview.text  # grouped by its workstream
    story = Page(built.page("stories", "stories/fixture-public-story/"))
    assert "Fixture waiting days" in story.text and CANARY not in story.text
    assert "Fixture waiting days" in Page(built.page("stories", "")).text  # the public home page


def test_without_measures_the_pages_say_so_on_the_staff_site_and_nothing_on_the_public_one(fixture_built):
    assert "No measures have been added yet" in Page(fixture_built.page("playbook", "measures/")).text
    assert "measure" not in Page(fixture_built.page("stories", "")).text.lower()
    assert json.loads((fixture_built.site("stories") / "measures.json").read_text(encoding="utf-8")) == []
