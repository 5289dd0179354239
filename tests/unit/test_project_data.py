"""Projects as editors write them (data/projects/<id>.yml): every slip is one
`path:line: message` line naming the field and the fix; what reaches the public
site is public projects only, without their lead, naming only public records.
On a copy of the tests' own play book, whose projects are in data/projects/."""

from __future__ import annotations

import datetime as dt

import pytest

from macros.data import read_all
from macros.data.models.projects import PROGRESS_SCALE

FILE = "data/projects/fixture-new-project.yml"
GOOD = """title: Fixture new project
aim: Fixture aim.
organisations: [fixture-trust]
status: active
started: 2025-03-03
visibility: internal
progress:
  - date: 2025-04-01
    score: 1
  - date: 2025-07-01
    score: 2.5
pdsa:
  - date: 2025-05-05
    change: Fixture change
"""


def problems_with(project, text: str) -> list[str]:
    project.write(FILE, text)
    return [line for line in project.problems() if line.startswith(FILE)]


def line(project, fragment: str, after: str | None = None) -> int:
    """The line of ``fragment`` in the project's file (the first after ``after``, if given)."""
    lines = project.read(FILE).splitlines()
    start = next(i for i, text in enumerate(lines) if after in text) if after else 0
    return next(i for i, text in enumerate(lines[start:], start) if fragment in text) + 1


def test_a_project_loads_with_its_id_its_scores_as_numbers_and_its_latest_score(fixture_site):
    fixture_site.write(FILE, GOOD)
    project = next(p for p in read_all(fixture_site.path).projects if p.id == "fixture-new-project")
    assert [(entry.date, entry.score) for entry in project.progress] == [
        (dt.date(2025, 4, 1), 1.0), (dt.date(2025, 7, 1), 2.5)]
    assert project.latest.score == 2.5 and project.lead is None and project.visibility == "internal"


@pytest.mark.parametrize("score", ["6", "0", "3.2", "-1"])
def test_a_score_off_the_ihi_scale_is_refused_at_its_line(fixture_site, score):
    text = GOOD.replace("score: 2.5", f"score: {score}")
    fixture_site.write(FILE, text)
    assert problems_with(fixture_site, text) == [
        f"{FILE}:{line(fixture_site, f'score: {score}')}: `progress[2].score` is {float(score):g}, which is not an "
        "IHI progress score; use one of 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5"]


def test_every_score_of_the_scale_is_accepted(fixture_site):
    entries = "".join(f"  - date: 2025-{month:02d}-15\n    score: {score:g}\n"
                      for month, score in enumerate(PROGRESS_SCALE, start=3))
    assert problems_with(fixture_site, GOOD.split("progress:")[0] + "progress:\n" + entries) == []


def test_a_score_in_quotes_is_refused_as_not_a_number(fixture_site):
    text = GOOD.replace("score: 2.5", 'score: "2.5"')
    fixture_site.write(FILE, text)
    [problem] = problems_with(fixture_site, text)
    where = line(fixture_site, 'score: "2.5"')
    assert problem == f"{FILE}:{where}: `progress[2].score` '2.5' is a number in quotes; remove the quotes"


def test_scores_out_of_date_order_or_on_one_day_are_refused(fixture_site):
    earlier = GOOD.replace("2025-07-01", "2025-03-20")
    fixture_site.write(FILE, earlier)
    assert problems_with(fixture_site, earlier) == [
        f"{FILE}:{line(fixture_site, '2025-03-20')}: `progress[2].date` 2025-03-20 is earlier than the item "
        "before it (2025-04-01); put the scores in date order, oldest first"]
    same = GOOD.replace("2025-07-01", "2025-04-01")
    fixture_site.write(FILE, same)
    assert problems_with(fixture_site, same) == [
        f"{FILE}:{line(fixture_site, '2025-04-01', after='score: 1')}: `progress[2].date` 2025-04-01 is the same "
        "date as the item before it; give each of the scores its own date, or keep only the latest of that day"]


def test_pdsa_cycles_out_of_order_or_before_the_start_are_refused(fixture_site):
    text = GOOD + "  - date: 2025-01-06\n    change: Fixture earlier change\n"
    fixture_site.write(FILE, text)
    where = line(fixture_site, "2025-01-06")
    assert problems_with(fixture_site, text) == [
        f"{FILE}:{line(fixture_site, 'started:')}: `started` 2025-03-03 is later than `pdsa[2].date` (2025-01-06); "
        "correct one of the dates",
        f"{FILE}:{where}: `pdsa[2].date` 2025-01-06 is earlier than the item before it (2025-05-05); put the "
        "cycles in date order, oldest first"]
    # Two cycles may start on the same day.
    assert problems_with(fixture_site, GOOD + "  - date: 2025-05-05\n    change: Another change\n") == []


def test_a_score_before_the_start_is_refused(fixture_site):
    text = GOOD.replace("started: 2025-03-03", "started: 2025-06-02")
    fixture_site.write(FILE, text)
    # Two entries before it: one line, on `started` (most often the date that is wrong).
    assert problems_with(fixture_site, text) == [
        f"{FILE}:{line(fixture_site, 'started:')}: `started` 2025-06-02 is later than 2 of the project's dates "
        "(1 progress score and 1 PDSA cycle), the earliest 2025-04-01 (`progress[1].date`); correct `started` to "
        "the day work on the project began, or correct those dates"]


def test_a_completion_date_must_agree_with_the_status_and_come_after_the_start(fixture_site):
    active = GOOD + "completed: 2025-08-01\n"
    fixture_site.write(FILE, active)
    assert problems_with(fixture_site, active) == [
        f"{FILE}:{line(fixture_site, 'completed:')}: `completed` is set but `status` is `active`; set "
        "`status: completed`, or remove `completed` while the project is not finished"]
    early = GOOD.replace("status: active", "status: completed") + "completed: 2025-01-01\n"
    fixture_site.write(FILE, early)
    assert problems_with(fixture_site, early) == [
        f"{FILE}:{line(fixture_site, 'started:')}: `started` 2025-03-03 is later than `completed` (2025-01-01); "
        "correct one of the dates"]
    # Completed without a date is allowed (the contract makes it optional): it is written when it is known,
    # never guessed, and the open-items page lists it meanwhile (test_open_items.py).
    assert problems_with(fixture_site, GOOD.replace("status: active", "status: completed")) == []


def test_a_public_project_names_an_organisation_and_keeps_no_placeholder(fixture_site):
    text = GOOD.replace("visibility: internal", "visibility: public").replace(
        "organisations: [fixture-trust]", "organisations: []").replace("aim: Fixture aim.", 'aim: "TODO: the aim"')
    fixture_site.write(FILE, text)
    assert problems_with(fixture_site, text) == [
        f"{FILE}:2: `aim` still holds the placeholder 'TODO: the aim'; write the real text (or remove the field "
        "if it is optional) before the project is public, or keep `visibility: internal` until it is ready",
        f"{FILE}:3: a public project names at least one organisation in `organisations` (ids from "
        "data/organisations.yml); add them, or keep `visibility: internal` until they are known"]
    # Internal, both are a draft's business.
    assert problems_with(fixture_site, text.replace("visibility: public", "visibility: internal")) == []


def test_names_of_other_records_are_checked_at_their_lines(fixture_site):
    text = GOOD + "measures: [no-such-measure]\nstories: [no-such-story]\nworkstream: no-such-workstream\n"
    text = text.replace("organisations: [fixture-trust]", "organisations: [fixture-trust, no-such-org]")
    fixture_site.write(FILE, text)
    assert problems_with(fixture_site, text) == [
        f"{FILE}:3: `organisations` names 'no-such-org', which is not an id in data/organisations.yml; add it "
        "there or correct the id",
        f"{FILE}:{line(fixture_site, 'measures:')}: `measures` names 'no-such-measure', but there is no "
        "data/measures/no-such-measure.yml; correct the id, or remove it if that measure was retired",
        f"{FILE}:{line(fixture_site, 'stories:')}: `stories` names 'no-such-story', but there is no "
        "data/stories/no-such-story.yml; correct the slug, or remove it if that story was retired",
        f"{FILE}:{line(fixture_site, 'workstream:')}: `workstream` names 'no-such-workstream', which is not a "
        "workstream id in data/delivery_plan.yml; correct the id"]


def test_a_misspelt_field_or_status_is_one_line(fixture_site):
    text = GOOD.replace("status: active", "status: finished").replace("visibility:", "visibilty:")
    fixture_site.write(FILE, text)
    problems = problems_with(fixture_site, text)
    assert f"{FILE}:4: `status` must be one of 'active', 'completed', 'paused' or 'stopped', not 'finished'" \
        in problems
    assert any(p.startswith(f"{FILE}:6: unknown field `visibilty`; did you mean `visibility`?") for p in problems)
    assert len(problems) == 2


def test_the_public_site_gets_public_projects_without_their_lead_naming_only_public_records(fixture_site):
    data = read_all(fixture_site.path)
    staff = {project.id: project for project in data.projects}
    assert staff["fixture-public-project"].lead == "Fixture Canary Lead"
    assert staff["fixture-public-project"].stories == ["fixture-public-story", "fixture-internal-story"]
    public = {project.id: project for project in data.public_only().projects}
    assert set(public) == {"fixture-public-project", "fixture-quiet-win"}
    assert public["fixture-public-project"].lead is None
    assert public["fixture-public-project"].stories == ["fixture-public-story"]
    assert public["fixture-public-project"].progress == staff["fixture-public-project"].progress
