"""Editing the section data files: changes reach the pages, mistakes give one clear line."""

import re

import pytest

from html_text import Page, section
from macros.data.errors import DataErrors
from macros.data import read_all


def replace(project, path, old, new):
    text = project.read(path)
    assert old in text, f"{old!r} not in {path}"
    project.write(path, text.replace(old, new, 1))
    return text.replace(old, new, 1)


def built_text(project, page):
    return (project.path / "site" / "playbook" / page).read_text(encoding="utf-8")


def test_changing_the_data_changes_the_pages(project):
    replace(project, "data/training.yml", "value: 3712", "value: 3799")
    replace(project, "data/capacity_guidance.yml", "at_reference: {low: 150, high: 200}",
            "at_reference: {low: 160, high: 200}")
    replace(project, "data/capability_assessment.yml", "name: Resources\n    score_status: to_be_agreed",
            "name: Resources\n    score: 2.4\n    score_status: agreed")
    replace(project, "data/timeline.yml", "  - year: 2023\n", "  - year: 2022\n    title: A new milestone\n"
                                                            "  - year: 2023\n")
    replace(project, "data/governance.yml", "status: to_be_agreed", "status: agreed")
    replace(project, "data/governance.yml", "arrangements: []", "arrangements:\n  - The Board meets monthly.")
    replace(project, "data/delivery_plan.yml", "    status: to_be_agreed\n", "    next_year: [Write the plan.]\n")
    result = project.make("build")
    assert result.returncode == 0, result.stdout + result.stderr

    capacity = built_text(project, "capacity/index.html")
    assert "3799" in capacity and ">3712<" not in capacity
    row = re.search(r'data-headcount="4000">(.*?)</tr>', capacity, re.S).group(1)
    assert "160 to 200" in Page(row).text and "480 to 800" in Page(row).text

    capability = built_text(project, "strategic-proposals/index.html")
    assert re.search(r'<td class="ogic-num" data-value="2.4">2.4</td>', capability)
    assert re.search(r'<text class="ogic-chart__value"[^>]*>2.4</text>', capability)
    assert "Bars show the components' own scores: Resources 2.4" in Page(capability).text

    assert "A new milestone" in Page(built_text(project, "context/index.html")).text

    governance = Page(built_text(project, "governance/index.html")).text
    assert "The Board meets monthly." in governance and "To be agreed with partners" not in governance

    integrate = Page(section(built_text(project, "delivery-plan/index.html"), "integrate")).text
    assert "Write the plan." in integrate and "To be agreed with partners" not in integrate


def problems(project) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        read_all(project.path)
    return caught.value.lines()


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_component_score_outside_the_sources_range(project):
    text = replace(project, "data/capability_assessment.yml", "name: Resources\n    score_status: to_be_agreed",
                   "name: Resources\n    score: 3.1\n    score_status: agreed")
    assert problems(project) == [
        f"data/capability_assessment.yml:{line_of(text, 'score: 3.1')}: `components[6].score` 3.1 is outside "
        "`score_range` (2.1 to 2.7); correct the score or the range"]


def test_agreed_score_without_a_score(project):
    text = replace(project, "data/capability_assessment.yml", "name: Resources\n    score_status: to_be_agreed",
                   "name: Resources\n    score_status: agreed")
    [line] = problems(project)
    assert line.startswith(f"data/capability_assessment.yml:{line_of(text, 'name: Resources') + 1}: "
                           "`components[6].score_status` is agreed but there is no `score`")


def test_agreed_section_with_nothing_in_it(project):
    replace(project, "data/strategic_focus.yml", "status: to_be_agreed", "status: agreed")
    [line] = problems(project)
    assert line.startswith("data/strategic_focus.yml:5: `status` is agreed but `priorities` is empty")


def test_unknown_component_in_strategic_focus(project):
    replace(project, "data/strategic_focus.yml", "[strategic-focus,", "[strategy,")
    [line] = problems(project)
    assert "`related_components` names 'strategy', which is not a component id" in line


def test_portfolio_naming_an_unknown_workstream(project):
    replace(project, "data/portfolio.yml", "workstream: facilitate", "workstream: facilitation")
    assert problems(project) == ["data/portfolio.yml:6: `workstream` 'facilitation' is not a workstream id "
                                 "in data/delivery_plan.yml; correct the id"]


def test_training_figure_that_is_not_a_number(project):
    text = replace(project, "data/training.yml", "value: 3712", "value: lots")
    assert problems(project) == [f"data/training.yml:{line_of(text, 'value: lots')}: "
                                 "`reports[1].programmes[2].figures[1].value` must be a whole number without "
                                 "quotes, like 3712, not 'lots'"]


def test_dosage_percent_that_contradicts_its_numbers(project):
    text = replace(project, "data/capacity_guidance.yml", "percent: 0.4", "percent: 4")
    [line] = problems(project)
    assert line.startswith(f"data/capacity_guidance.yml:{line_of(text, 'percent: 4')}: `roles[1].percent` "
                           "(4% of 4,000 is 160) does not fall within `at_reference` (15 to 20)")


def test_range_the_wrong_way_round(project):
    replace(project, "data/capacity_guidance.yml", "teams_each: {low: 3, high: 4}", "teams_each: {low: 4, high: 3}")
    [line] = problems(project)
    assert "`roles[2].teams_each.low` (4) is more than `roles[2].teams_each.high` (3); swap them" in line


def test_timeline_out_of_order(project):
    text = replace(project, "data/timeline.yml", "  - year: 2023", "  - year: 2021")
    assert problems(project) == [f"data/timeline.yml:{line_of(text, 'year: 2021')}: `events[3].year` is earlier "
                                 "than the event before it; keep the events in date order"]


def test_unknown_organisation_in_the_capability_assessment(project):
    text = replace(project, "data/capability_assessment.yml", "compiled_by: nhs-england-south-west",
                   "compiled_by: nhs-england")
    [line] = problems(project)
    assert line.startswith(f"data/capability_assessment.yml:{line_of(text, 'compiled_by:')}: "
                           "`compiled_by` names 'nhs-england'")


def test_typical_headcount_must_be_positive(project):
    replace(project, "data/capacity_guidance.yml", "[500, 1000,", "[0, 1000,")
    [line] = problems(project)
    assert "`typical_headcounts[1]` must be more than 0, not 0" in line
