"""An editor's change to a section data file reaches the built page, with no template touched.

One copy of the tests' own play book is changed in six files, then its staff site is
built once in this process; each test reads what one change did to the sections page.
"""

import re

import pytest
from support.html import Page, section
from support.projects import fixture_project


@pytest.fixture(scope="module")
def changed(tmp_path_factory) -> str:
    project = fixture_project(tmp_path_factory.mktemp("section-data") / "fixture")
    project.replace("data/training.yml", "value: 40", "value: 47")
    project.replace("data/capacity_guidance.yml", "at_reference: {low: 150, high: 200}",
                    "at_reference: {low: 160, high: 200}")
    project.replace("data/capability_assessment.yml", "name: Fixture focus\n",
                    "name: Fixture focus\n    score: 2.4\n    score_status: agreed\n")
    project.replace("data/timeline.yml", "  - year: 2024\n", "  - year: 2023\n    title: A new milestone\n"
                                                             "  - year: 2024\n")
    project.replace("data/governance.yml", "status: to_be_agreed",
                    "status: agreed\narrangements:\n  - The Board meets monthly.")
    project.replace("data/delivery_plan.yml", "    status: to_be_agreed\n",
                    "    next_year: [{id: write-the-plan, text: Write the plan.}]\n")
    result = project.build("playbook")
    assert result.ok, result.output
    return project.page("playbook", "sections/")


def element(html: str, element_id: str) -> str:
    """The inside of the <div> with this id (nested divs included)."""
    start = re.search(rf'<div[^>]*\bid="{element_id}"[^>]*>', html)
    assert start, f"no <div id={element_id!r}>"
    depth, position = 1, start.end()
    for tag in re.finditer(r"<(/?)div\b", html[position:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[position:position + tag.start()]
    raise AssertionError(f"<div id={element_id!r}> is not closed")


def test_a_changed_training_figure_replaces_the_old_one(changed):
    assert '<td class="ogic-num" data-value="47">47</td>' in changed
    assert 'data-value="40"' not in changed
    assert not re.search(r'<text class="ogic-chart__value"[^>]*>40</text>', changed)  # (an axis tick may say 40)


def test_changed_capacity_guidance_changes_the_calculators_table(changed):
    row = re.search(r'data-headcount="4000">(.*?)</tr>', changed, re.S).group(1)
    # 160 to 200 coaches at 4,000 staff, each supporting 3 to 4 teams.
    assert "160 to 200" in Page(row).text and "480 to 800" in Page(row).text


def test_an_agreed_component_score_is_in_the_table_the_chart_and_its_description(changed):
    assert re.search(r'<td class="ogic-num" data-value="2.4">2.4</td>', changed)
    assert re.search(r'<text class="ogic-chart__value"[^>]*>2.4</text>', changed)
    assert "Bars show the components' own scores: Fixture focus 2.4" in Page(changed).text


def test_a_new_timeline_event_is_shown(changed):
    assert "A new milestone" in Page(changed).text


def test_governance_agreed_shows_its_arrangements_and_no_longer_says_to_be_agreed(changed):
    governance = Page(element(changed, "governance")).text
    assert "The Board meets monthly." in governance and "To be agreed with partners" not in governance


def test_a_workstream_given_actions_no_longer_says_to_be_agreed(changed):
    integrate = Page(section(changed, "integrate")).text
    assert "Write the plan." in integrate and "To be agreed with partners" not in integrate
