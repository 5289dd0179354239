"""Finding one's way from a measure's or a story's page, on both sites, built
from a copy of the tests' own play book in which both its projects (one
public, one internal) name a public measure the test writes: the link back
to the list, the section marked in the navigation, the projects a story is
part of, and PDSA notes linking their project's page only where the site
has it (never a link to a page that does not exist on that site), and the
glossary's entry for the chart linked where the glossary has one."""

from __future__ import annotations

import re

import pytest
from support.html import Page
from support.projects import fixture_project

MEASURE = """title: Fixture waiting days
improvement: decrease
visibility: public
points:
""" + "".join(f"  - date: 2025-{month:02d}-01\n    value: {value}\n"
              for month, value in enumerate([30, 31, 29, 30, 32, 30, 31, 12], start=1))
MEASURE_URL = "measures/fixture-waiting-days/"
STORY_URL = "stories/fixture-public-story/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("navigation") / "fixture")
    project.write("data/measures/fixture-waiting-days.yml", MEASURE)
    project.replace("data/glossary.yml", "terms:\n", "terms:\n  - term: XmR chart\n    meaning: Fixture meaning.\n")
    for name in ("fixture-public-project", "fixture-internal-project"):
        project.replace(f"data/projects/{name}.yml", "stories: [", "measures: [fixture-waiting-days]\nstories: [")
    result = project.build()
    assert result.ok, result.output
    return project


def links_in(html: str, pattern: str) -> list[str]:
    found = re.search(pattern, html, re.S)
    assert found, pattern
    return Page(found.group(1)).links()


def active_tab(html: str) -> str:
    """The address the navigation's highlighted tab leads to."""
    return re.search(r'<li class="md-tabs__item md-tabs__item--active">\s*<a href="([^"]*)"', html).group(1)


def exists(project, site: str, page_url: str, link: str) -> bool:
    """Whether a relative link from ``page_url`` leads to a page the site has."""
    target = (project.site(site) / page_url / link.split("#")[0]).resolve()
    return (target / "index.html").is_file()


def test_a_measures_page_links_back_to_the_list_and_sits_under_it_in_the_navigation(built):
    staff = built.page("playbook", MEASURE_URL)
    assert links_in(staff, r'<p class="ogic-story__back"[^>]*>(.*?)</p>') == ["../../measures/"]
    assert active_tab(staff) == "../"  # measures/, as MkDocs writes it from here
    # The public site lists its measures on its home page, under their own heading.
    public = built.page("stories", MEASURE_URL)
    [back] = links_in(public, r'<p class="ogic-story__back"[^>]*>(.*?)</p>')
    assert back == "../../#measures-of-improvement" and 'id="measures-of-improvement"' in built.page("stories", "")
    assert active_tab(public) == "../.."  # the home page
    # Only the page's own section is marked: no other page carries the mark on.
    for url in ("", "offer/", "projects/fixture-public-project/"):
        assert built.page("playbook", url).count("md-tabs__item--active") <= 1
    assert active_tab(built.page("playbook", "offer/")) == "./"


@pytest.mark.parametrize("site", ["playbook", "stories"])
def test_a_projects_page_sits_under_the_register_in_the_navigation(built, site):
    html = built.page(site, "projects/fixture-public-project/")
    assert active_tab(html) == "../"  # projects/, the register
    assert html.count("md-tabs__item--active") == 1


def test_a_pdsa_note_links_its_projects_page_only_where_the_site_has_it(built):
    staff = built.page("playbook", MEASURE_URL)
    notes = links_in(staff, r'<ol class="ogic-measure__notes">(.*?)</ol>')
    assert notes == ["../../projects/fixture-internal-project/", "../../projects/fixture-public-project/"]
    assert all(exists(built, "playbook", MEASURE_URL, link) for link in notes)
    public = built.page("stories", MEASURE_URL)
    notes = links_in(public, r'<ol class="ogic-measure__notes">(.*?)</ol>')
    assert notes == ["../../projects/fixture-public-project/"] and "CANARY" not in public
    assert all(exists(built, "stories", MEASURE_URL, link) for link in notes)


def test_a_story_says_which_projects_it_is_part_of_on_each_site(built):
    pattern = r'<p class="ogic-story__project">(.*?)</p>'
    staff = built.page("playbook", STORY_URL)
    assert re.sub(r"\s+,", ",", Page(re.search(pattern, staff).group(1)).text.strip()) == \
        "Part of projects: CANARY internal project, Fixture public project"
    assert active_tab(staff) == "../"  # stories/
    public = built.page("stories", STORY_URL)
    assert Page(re.search(pattern, public).group(1)).text.strip() == "Part of project: Fixture public project"
    [link] = links_in(public, pattern)
    assert exists(built, "stories", STORY_URL, link) and "CANARY" not in public
    assert active_tab(public) == "../"


@pytest.mark.parametrize("site", ["playbook", "stories"])
def test_a_measures_page_links_its_kind_of_chart_to_the_glossary_and_explains_the_words_it_uses(built, site):
    html = built.page(site, MEASURE_URL)
    [link] = links_in(html, r'<p class="ogic-measure__chart-kind">(.*?)</p>')
    assert link == "../../glossary/#term-xmr-chart" and exists(built, site, MEASURE_URL, link)
    assert 'id="term-xmr-chart"' in built.page(site, "glossary/")
    words = Page(html[html.index("Words used on this page"):]).text
    assert "XmR chart" in words and "Fixture meaning." in words
