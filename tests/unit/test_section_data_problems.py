"""Mistakes in the section data files (capability, strategic focus, portfolio, training,
capacity guidance, timeline) each give one clear `path:line: message` line.

Each test breaks one thing in a copy of the tests' own play book and expects the
line of the text it put there.
"""


def broken(project, path: str, old: str, new: str) -> int:
    """Replace ``old`` by ``new`` in ``path``; the line where ``new`` now starts."""
    project.replace(path, old, new)
    return project.line_of(path, new.strip().splitlines()[0])


def test_a_component_score_outside_the_sources_range(fixture_site):
    line = broken(fixture_site, "data/capability_assessment.yml", "score: 2.5", "score: 3.1")
    # The fixture's range is 2.0 to 3.0; the scored component is the second.
    assert fixture_site.problems() == [
        f"data/capability_assessment.yml:{line}: `components[2].score` 3.1 is outside `score_range` (2.0 to 3.0); "
        "correct the score or the range"]


def test_an_agreed_score_without_a_score(fixture_site):
    fixture_site.replace("data/capability_assessment.yml", "name: Fixture focus\n",
                         "name: Fixture focus\n    score_status: agreed\n")
    line = fixture_site.line_of("data/capability_assessment.yml", "name: Fixture focus") + 1
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/capability_assessment.yml:{line}: "
                              "`components[1].score_status` is agreed but there is no `score`")


def test_an_agreed_section_with_nothing_in_it(fixture_site):
    line = broken(fixture_site, "data/strategic_focus.yml", "status: to_be_agreed", "status: agreed")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/strategic_focus.yml:{line}: `status` is agreed but `priorities` is empty")


def test_an_unknown_component_in_the_strategic_focus(fixture_site):
    line = broken(fixture_site, "data/strategic_focus.yml", "[fixture-focus]", "[strategy]")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/strategic_focus.yml:{line}: `related_components` names 'strategy', "
                              "which is not a component id")
    assert problem.endswith("use one of fixture-focus, fixture-scored")


def test_a_portfolio_naming_an_unknown_workstream(fixture_site):
    line = broken(fixture_site, "data/portfolio.yml", "workstream: facilitate", "workstream: facilitation")
    assert fixture_site.problems() == [f"data/portfolio.yml:{line}: `workstream` names 'facilitation', which is "
                                       "not a workstream id in data/delivery_plan.yml; correct the id"]


def test_a_training_figure_that_is_not_a_number(fixture_site):
    line = broken(fixture_site, "data/training.yml", "value: 3\n", "value: lots\n")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/training.yml:{line}: `reports[1].programmes[2].figures[1].value` "
                              "must be a whole number, like 42")
    assert problem.endswith("not 'lots'")


def test_a_dosage_percent_that_contradicts_its_numbers(fixture_site):
    line = broken(fixture_site, "data/capacity_guidance.yml", "percent: 0.4", "percent: 4")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/capacity_guidance.yml:{line}: `roles[1].percent` "
                              "(4% of 4,000 is 160) does not fall within `at_reference` (15 to 20)")


def test_a_range_the_wrong_way_round(fixture_site):
    line = broken(fixture_site, "data/capacity_guidance.yml", "teams_each: {low: 3, high: 4}",
                  "teams_each: {low: 4, high: 3}")
    assert fixture_site.problems() == [
        f"data/capacity_guidance.yml:{line}: `roles[2].teams_each.low` (4) is more than "
        "`roles[2].teams_each.high` (3); swap them"]


def test_a_timeline_out_of_order(fixture_site):
    line = broken(fixture_site, "data/timeline.yml", "year: 2025", "year: 2023")
    assert fixture_site.problems() == [f"data/timeline.yml:{line}: `events[2].year` is earlier than the event "
                                       "before it; keep the events in date order"]


def test_an_unknown_organisation_in_the_capability_assessment(fixture_site):
    line = broken(fixture_site, "data/capability_assessment.yml", "compiled_by: fixture-trust",
                  "compiled_by: nobody-trust")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/capability_assessment.yml:{line}: `compiled_by` names 'nobody-trust'")


def test_a_typical_headcount_must_be_positive(fixture_site):
    line = broken(fixture_site, "data/capacity_guidance.yml", "[1000, 4000]", "[0, 4000]")
    assert fixture_site.problems() == [f"data/capacity_guidance.yml:{line}: `typical_headcounts[1]` must be "
                                       "at least 1, not 0"]
