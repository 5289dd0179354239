"""Measures on both sites, built from a copy of the tests' own play book with
measures written by the test: a page per measure with its chart, table and
CSV; the overview; the stories they support; measures.json as the contract
gives it; and nothing of an internal measure on the public site."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from support.content import every_file_as_text
from support.search_index import indexed_page
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
# A public p chart: 10/100, 30/100, then 5/25 (p̄ = 45 / 225 = 0.2), with an annotation.
READMISSIONS = """title: Fixture readmissions
improvement: decrease
chart: p
target: 0.15
visibility: public
stories: [fixture-public-story]
annotations:
  - date: 2025-02-01
    text: Fixture calls began
points:
  - date: 2025-01-01
    numerator: 10
    denominator: 100
  - date: 2025-02-01
    numerator: 30
    denominator: 100
  - date: 2025-03-01
    numerator: 5
    denominator: 25
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("measures") / "fixture")
    project.write("data/measures/fixture-waiting-days.yml", PUBLIC)
    project.write("data/measures/fixture-internal-count.yml", INTERNAL)
    project.write("data/measures/fixture-internal-count.csv", INTERNAL_CSV)
    project.write("data/measures/fixture-readmissions.yml", READMISSIONS)
    project.write("data/spc.yml", "run_length: 6\ntrend_length: 6\n")
    result = project.build()
    assert result.ok, result.output
    return project


def measures_json(project, site: str) -> list[dict]:
    return json.loads((project.site(site) / "measures.json").read_text(encoding="utf-8"))


def test_measures_json_gives_every_measure_with_the_contract_fields(built):
    staff = {m["id"]: m for m in measures_json(built, "playbook")}
    assert set(staff) == {"fixture-waiting-days", "fixture-internal-count", "fixture-readmissions"}
    waits = staff["fixture-waiting-days"]
    for field in ("id", "title", "url", "chart", "improvement", "mean", "ucl", "lcl", "variation", "assurance",
                  "segments", "points", "annotations"):
        assert field in waits, field
    assert (waits["chart"], waits["annotations"]) == ("xmr", [])
    assert {(p["ucl"], p["lcl"]) for p in waits["points"]} == {(waits["ucl"], waits["lcl"])}
    assert (waits["run_length"], waits["trend_length"]) == (6, 6)   # data/spc.yml
    assert waits["url"] == "measures/fixture-waiting-days/"
    assert (waits["variation"], waits["improvement"]) == ("improvement", "decrease")
    assert waits["points"][-1]["date"] == "2025-08-01" and "outside-limits" in waits["points"][-1]["signals"]
    assert [s["provisional"] for s in waits["segments"]] == [True]  # 8 points: fewer than 15
    # The CSV's points, as given.
    assert [p["value"] for p in staff["fixture-internal-count"]["points"]] == [5, 6, 5]


def test_a_p_chart_in_measures_json_has_each_points_limits_and_its_annotations(built):
    [readmissions] = [m for m in measures_json(built, "stories") if m["id"] == "fixture-readmissions"]
    assert readmissions["chart"] == "p"
    assert readmissions["annotations"] == [{"date": "2025-02-01", "text": "Fixture calls began"}]
    # value = numerator / denominator; p̄ = 0.2; n = 100: σ = 0.04, limits 0.08 and 0.32;
    # n = 25: σ = 0.08, limits 0 (clipped) and 0.44.
    points = readmissions["points"]
    assert [p["value"] for p in points] == [0.1, 0.3, 0.2]
    assert [(p["numerator"], p["denominator"]) for p in points] == [(10, 100), (30, 100), (5, 25)]
    assert [(round(p["lcl"], 9), round(p["ucl"], 9)) for p in points] == [(0.08, 0.32), (0.08, 0.32), (0, 0.44)]
    assert readmissions["mean"] == 0.2 and (round(readmissions["lcl"], 9), round(readmissions["ucl"], 9)) == (0, 0.44)
    # 0.15 lies between the latest limits (0 and 0.44): hit and miss.
    assert readmissions["assurance"] == "hit-and-miss"


def test_every_measure_page_states_the_run_and_trend_lengths(built):
    staff = Page(built.page("playbook", "measures/fixture-readmissions/")).text
    assert "uses runs of 6 and trends of 6." in staff and "spc.yml" not in staff
    public = Page(built.page("stories", "measures/fixture-readmissions/")).text
    assert "uses runs of 6 and trends of 6." in public and "spc.yml" not in public
    assert "Fixture calls began" in public and "The latest value is 20.0% (5 out of 25)" in public


def test_the_matrix_is_on_its_page_and_in_the_progress_report(built):
    for url in ("measures-matrix/", "progress-report/"):
        matrix = re.search(r'<div class="ogic-matrix">.*', built.page("playbook", url), re.S).group(0)
        links = Page(matrix).links()
        for measure in ("fixture-waiting-days", "fixture-internal-count", "fixture-readmissions"):
            assert any(link.endswith(f"measures/{measure}/") for link in links), (url, measure)


def test_the_public_overview_speaks_plainly(built):
    home = Page(built.page("stories", "")).text
    overview = home[home.index("Measures of improvement"):]
    assert "Fixture waiting days" in overview and "Fixture readmissions" in overview
    # No pillar codes (the public overview groups by story) and MDC's terms only explained.
    assert "LEAD:" not in overview and "Convene" not in overview
    assert "Hit and miss" not in overview
    assert "hit and miss" not in overview.replace("May or may not meet the target (hit and miss)", "")


def test_the_public_site_has_only_public_measures_and_nothing_of_the_others(built):
    assert [m["id"] for m in measures_json(built, "stories")] == ["fixture-readmissions", "fixture-waiting-days"]
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
    assert "No measure has been added yet" in Page(fixture_built.page("playbook", "measures/")).text
    assert "measure" not in Page(fixture_built.page("stories", "")).text.lower()
    assert json.loads((fixture_built.site("stories") / "measures.json").read_text(encoding="utf-8")) == []


def test_search_finds_a_measures_words_not_its_table_of_figures(built):
    text = indexed_page(built.site("playbook"), "/measures/fixture-readmissions/").content
    assert "Fixture calls began" in text and "The latest value is 20.0%" in text
    assert "Lower process limit" not in text    # a column of the table, which the page still has
    assert "Lower process limit" in built.page("playbook", "measures/fixture-readmissions/")
