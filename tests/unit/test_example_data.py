"""`make demo`'s example data: made for whatever plan the play book has,
never on the public site, never published."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from support.projects import REPO

from macros.analysis.progress import is_overdue, plan_states
from macros.data import read_all
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data
from macros.analysis.projects import is_stale
from macros.site.examples import (EXAMPLE_PREFIX, STATUSES, example_progress, example_projects, linked_examples,
                                   made_up)

TODAY = dt.date(2026, 12, 2)


def test_every_action_gets_example_progress_and_some_are_overdue(fixture_site):
    data = example_progress(read_all(fixture_site.path), TODAY)
    actions = [action for _, _, action in data.delivery_plan.actions()]
    assert actions and all(action.lead for action in actions)
    # The statuses in turn, so that a plan of any size shows several.
    assert [action.status for action in actions] == list(STATUSES[:len(actions)])
    states = plan_states(data.delivery_plan)
    assert any(is_overdue(state, TODAY) for state in states)
    assert all(update.date < TODAY for action in actions for update in action.updates)


def test_the_real_plans_texts_and_ids_are_kept(fixture_site):
    before = read_all(fixture_site.path)
    after = example_progress(before, TODAY)
    assert [(a.id, a.text) for _, _, a in after.delivery_plan.actions()] == \
        [(a.id, a.text) for _, _, a in before.delivery_plan.actions()]


def test_example_measures_without_links_are_shown_with_the_real_stories_and_workstreams(fixture_site):
    for name in ("example-count", "example-other"):
        fixture_site.write(f"examples/measures/{name}.yml",
                           "title: Example\nimprovement: increase\npoints:\n  - date: 2025-01-01\n    value: 1\n"
                           "  - date: 2025-02-01\n    value: 2\n")
    data = linked_examples(read_all(fixture_site.path, "examples"))
    public = [story.slug for story in data.stories if story.is_public]
    assert all(measure.stories[0] in public for measure in data.measures)
    # In turn, among the workstreams with actions: a workstream still to be agreed has none to measure.
    with_actions = [w.id for w in data.delivery_plan.workstreams if w.next_year]
    assert len(with_actions) < len(data.delivery_plan.workstreams)
    assert [m.workstream for m in data.measures] == with_actions[:2]
    assert Counter(m.id for m in data.measures) == {"example-count": 1, "example-other": 1}


@pytest.mark.parametrize("audience, version", [("public", None), ("staff", "9.9")])
def test_example_data_is_refused_for_the_public_site_and_for_publishing(fixture_site, audience, version):
    folder = "docs-public" if audience == "public" else "docs"
    with pytest.raises(ValueError, match="never on the public site, never published"):
        site_data(fixture_site.path, audience, folder, PageIndex.read(fixture_site.path, PAGE_NAMES), version,
                  "examples", TODAY)


def test_a_mistake_in_the_example_data_is_a_path_line(fixture_site):
    fixture_site.write("examples/measures/example-count.yml", "title: Example count\nimprovement: sideways\n")
    from macros.data import DataErrors
    with pytest.raises(DataErrors) as caught:
        read_all(fixture_site.path, "examples")
    assert any(line.startswith("examples/measures/example-count.yml:2: `improvement` must be one of")
               for line in caught.value.lines())


EXAMPLE_PROJECT = """title: Example project
aim: An example aim.
organisations: [fixture-trust]
status: active
started: 2026-01-05
visibility: internal
progress:
  - date: 2026-06-01
    score: 1
  - date: 2026-11-16
    score: 2
"""


@pytest.mark.parametrize("today", [dt.date(2026, 12, 1), dt.date(2028, 5, 17)])
def test_an_active_example_projects_scores_keep_their_age_whenever_the_demo_runs(fixture_site, today):
    fixture_site.write("examples/projects/example-project.yml", EXAMPLE_PROJECT)
    fixture_site.write("examples/projects/example-stale.yml", EXAMPLE_PROJECT.replace("2026-11-16", "2026-08-03"))
    data = example_projects(read_all(fixture_site.path, "examples"), today)
    examples = {p.id: p for p in data.projects if p.id.startswith(EXAMPLE_PREFIX)}
    assert (today - examples["example-project"].latest.date).days == 15
    assert not is_stale(examples["example-project"], today) and is_stale(examples["example-stale"], today)
    # Shown with the real play book's stories and workstreams; the real projects are left as they are.
    public = [story.slug for story in data.stories if story.is_public]
    assert all(p.stories[0] in public and p.workstream for p in examples.values())
    real = [p for p in data.projects if not p.id.startswith(EXAMPLE_PREFIX)]
    assert real == list(read_all(fixture_site.path).projects)


def test_every_record_of_the_demo_is_named_as_an_example():
    """examples.py changes example projects only, by their id: every demo file's name says it is one."""
    files = [path for path in (REPO / "demo").rglob("*.yml") if path.name != "organisations.yml"]
    assert files and all(path.stem.startswith(EXAMPLE_PREFIX) for path in files), files


def test_the_demo_shows_projects_scored_and_out_of_date_linked_to_its_measures():
    data = example_projects(read_all(REPO, "demo"), TODAY)
    examples = [p for p in data.projects if p.id.startswith(EXAMPLE_PREFIX)]
    active = [p for p in examples if p.status == "active" and p.progress]
    assert any(is_stale(p, TODAY) for p in active) and any(not is_stale(p, TODAY) for p in active)
    demo_measures = {m.id for m in data.measures if m.id.startswith(EXAMPLE_PREFIX)}
    linked = {m for p in examples for m in p.measures}
    assert linked and linked <= demo_measures


EVENT = "title: Example event\nstart: 2027-03-04\n"


def test_the_banner_names_every_kind_of_example_record_the_folder_has(fixture_site):
    assert made_up(fixture_site.path, "examples") == ["delivery progress"]  # made for the plan's actions
    fixture_site.write("examples/events/example-event.yml", EVENT)
    assert made_up(fixture_site.path, "examples") == ["events", "delivery progress"]
    fixture_site.write("examples/projects/example-project.yml", EXAMPLE_PROJECT)
    fixture_site.write("examples/capability/fixture-trust.yml", "headcount: 10\n")
    fixture_site.write("examples/measures/README.txt", "not a record\n")  # a folder without records says nothing
    assert made_up(fixture_site.path, "examples") == ["projects", "capability figures", "events",
                                                      "delivery progress"]
    # A kind the banner has no short words for is named by its label.
    fixture_site.write("examples/stories/example-story.yml", "title: Example\n")
    assert made_up(fixture_site.path, "examples")[0] == "improvement stories"
