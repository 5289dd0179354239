"""Improvement projects on both sites, built from a copy of the tests' own play book
(its three projects: public, internal and a public quiet win) with measures the
test writes, as of 4 December 2026: the register, each project's page, the Board
summary in the progress report, projects.json as the contract gives it, and the
public site's register and pages of public projects only."""

from __future__ import annotations

import json

import pytest
from support.html import Page, section
from support.projects import fixture_project

TODAY = "2026-12-04"
PUBLIC_MEASURE = """title: Fixture waiting days
improvement: decrease
visibility: public
points:
""" + "".join(f"  - date: 2025-{month:02d}-01\n    value: {value}\n"
              for month, value in enumerate([30, 31, 29, 30, 32, 30, 31, 12], start=1))
INTERNAL_MEASURE = "title: CANARY internal count\nimprovement: increase\npoints:\n" + "".join(
    f"  - date: 2025-0{month}-01\n    value: {value}\n" for month, value in ((1, 5), (2, 6), (3, 5)))
CONTRACT_FIELDS = {"id", "title", "url", "status", "organisations", "score", "score_date", "measures", "stories"}


def build(project):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLAYBOOK_TODAY", TODAY)
        result = project.build()
    assert result.ok, result.output
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("projects") / "fixture")
    project.write("data/measures/fixture-waiting-days.yml", PUBLIC_MEASURE)
    project.write("data/measures/fixture-internal-count.yml", INTERNAL_MEASURE)
    project.replace("data/projects/fixture-public-project.yml", "stories: [",
                    "measures: [fixture-waiting-days, fixture-internal-count]\nstories: [")
    return build(project)


def projects_json(project, site: str) -> list[dict]:
    return json.loads((project.site(site) / "projects.json").read_text(encoding="utf-8"))


def row_text(page: Page, title: str) -> str:
    text = page.text
    start = text.index(title)
    return text[start:start + 250]


def test_the_register_lists_every_project_with_its_organisations_theme_status_and_latest_score(built):
    html = built.page("playbook", "projects/")
    page = Page(html)
    assert {"fixture-public-project/", "fixture-internal-project/", "fixture-quiet-win/"} == {
        link.rsplit("projects/", 1)[-1] for link in page.links() if "projects/fixture" in link}
    public = row_text(page, "Fixture public project Fixture Trust")
    assert public.startswith("Fixture public project Fixture Trust, Fixture Council Prevention Active 2.5 "
                             "Changes tested, but no improvement 1 October 2025 Out of date (429 days old)")
    assert row_text(page, "Fixture quiet win Fixture Trust").startswith(
        "Fixture quiet win Fixture Trust Completed Quiet win 4 Significant improvement 31 January 2025")
    # A paused project keeps its last score: never out of date.
    assert "Out of date" not in row_text(page, "CANARY internal project Fixture Council")[:120]
    summary = Page(section(html, "board-summary")).text
    assert "3 improvement projects" in summary
    assert "Of the 1 active project, 1 has a score more than 90 days old" in summary
    # The list first, the Board's counts after it.
    assert html.index('id="all-projects"') < html.index("<table") < html.index('id="board-summary"')


def test_a_projects_page_has_its_aim_history_cycles_drivers_measures_and_stories(built):
    html = built.page("playbook", "projects/fixture-public-project/")
    page = Page(html)
    assert "Fixture aim, made up for the tests." in page.text and "Fixture Canary Lead" in page.text
    assert page.find("svg", id="score-fixture-public-project", role="img")
    assert "Fixture note on the score." in section(html, "progress")
    assert "Fixture change tested" in section(html, "pdsa-cycles")
    assert "Change idea: Fixture change idea" in Page(section(html, "driver-diagram")).text
    measures = section(html, "measures")
    assert "Fixture waiting days" in measures and "CANARY internal count" in measures
    assert 'class="ogic-icon ogic-icon--improvement"' in measures  # the measures' own SPC icons
    assert page.find("svg", id="spc-fixture-waiting-days-wide", role="img")
    assert {"../../projects/", "../../sections/#convene", "../../stories/fixture-public-story/",
            "../../stories/fixture-internal-story/", "../../measures/fixture-waiting-days/"} <= set(page.links())
    # The workstream's anchor is on the delivery-plan page.
    assert Page(built.page("playbook", "sections/")).find("h3", id="convene")


def test_the_progress_report_counts_the_projects_for_the_board(built):
    report = built.page("playbook", "progress-report/")
    summary = Page(section(report, "improvement-projects"))
    assert "3 improvement projects ( the register lists each), as of 4 December 2026." in summary.text
    assert "../projects/" in summary.links()
    assert "Active 1 Paused 1 Completed 1 Stopped 0" in summary.text
    assert "Fixture Council 2 Fixture Trust 2" in summary.text  # most projects first, then by id


def test_projects_json_gives_every_project_with_the_contract_fields_and_never_a_lead(built):
    staff = {entry["id"]: entry for entry in projects_json(built, "playbook")}
    assert set(staff) == {"fixture-public-project", "fixture-internal-project", "fixture-quiet-win"}
    assert all(CONTRACT_FIELDS <= set(entry) and "lead" not in entry for entry in staff.values())
    public = staff["fixture-public-project"]
    assert (public["url"], public["status"], public["score"], public["score_date"]) == (
        "projects/fixture-public-project/", "active", 2.5, "2025-10-01")
    assert public["organisations"] == ["fixture-trust", "fixture-council"]
    assert public["measures"] == ["fixture-waiting-days", "fixture-internal-count"]
    assert staff["fixture-quiet-win"]["quiet_win"] and public["score_out_of_date"]
    published = {entry["id"]: entry for entry in projects_json(built, "stories")}
    assert set(published) == {"fixture-public-project", "fixture-quiet-win"}
    assert published["fixture-public-project"]["measures"] == ["fixture-waiting-days"]
    assert published["fixture-public-project"]["stories"] == ["fixture-public-story"]


def test_the_public_site_has_a_register_in_its_navigation_and_pages_of_public_projects_only(built):
    home = Page(built.page("stories", ""))
    assert "projects/" in home.links() and "Improvement projects" in home.text
    register = Page(built.page("stories", "projects/"))
    assert {link for link in register.links() if "projects/fixture" in link} == {
        "../projects/fixture-public-project/", "../projects/fixture-quiet-win/"}
    assert not (built.site("stories") / "projects" / "fixture-internal-project").exists()
    page = built.page("stories", "projects/fixture-public-project/")
    assert "Fixture waiting days" in page and "CANARY" not in page and "Fixture Canary Lead" not in page
    assert "fixture-internal-story" not in page
    # The projects, then their counts (not the Board's own), then the words the page uses explained.
    text = register.text
    assert "Board summary" not in text and "Active projects’ scores" not in text and "days old (out of" not in text
    assert text.index("Fixture public project") < text.index("In numbers") < text.index("Projects by status")
    assert "2 improvement projects shared here" in text and "Active 1 Paused 0 Completed 1 Stopped 0" in text
    assert text.index("Projects by status") < text.index("Words used on this page")


def test_a_projects_page_ends_with_the_words_it_uses_linked_to_the_glossary(built):
    for site in ("playbook", "stories"):
        page = Page(built.page(site, "projects/fixture-public-project/"))
        assert page.text.index("Fixture aim") < page.text.index("Words used on this page")
        assert "../../glossary/#term-fixture" in page.links()
        assert "CANARY unconfirmed meaning" not in page.text  # a meaning still to be confirmed is left out
        glossary = Page(built.page(site, "glossary/"))
        assert "term-fixture" in glossary.ids()


def test_without_projects_the_pages_say_so_and_the_public_site_has_no_register(fixture_site):
    for file in (fixture_site.path / "data" / "projects").glob("*.yml"):
        file.unlink()
    build(fixture_site)
    assert "No improvement projects have been added yet" in Page(fixture_site.page("playbook", "projects/")).text
    assert "No improvement projects have been added yet, so there is nothing to count" in Page(
        fixture_site.page("playbook", "progress-report/")).text
    assert not (fixture_site.site("stories") / "projects").exists()
    assert "projects/" not in Page(fixture_site.page("stories", "")).links()
    assert projects_json(fixture_site, "stories") == [] == projects_json(fixture_site, "playbook")
