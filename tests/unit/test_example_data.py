"""`make demo`'s example data: made for whatever plan the play book has,
never on the public site, never published."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from macros.analysis.progress import is_overdue, plan_states
from macros.data import read_all
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data
from macros.site.examples import STATUSES, example_progress, linked_examples

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
