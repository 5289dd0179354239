"""An editor's slips in the delivery plan's actions and their published ids, each
one `path:line: message` line from `make check` (Project.problems()), on copies of
the tests' own play book. Lines are found with ``line_of`` in the file each test
changed, never those of the real data files."""

from __future__ import annotations

import pytest

from macros.cli.check import check
from macros.data import read_all

PLAN, IDS = "data/delivery_plan.yml", "data/published_ids.yml"
# The fixture's first action (Convene, the first workstream) has every optional field.
FIRST = "hold-fixture-event"


def test_the_fixtures_actions_load_with_their_progress(fixture_site):
    assert fixture_site.problems() == []
    action = read_all(fixture_site.path).delivery_plan.find_action(FIRST)
    assert (action.status, action.due, action.lead) == ("on-track", "2026-11", "Fixture events team")
    assert [u.date.isoformat() for u in action.updates_newest_first()] == ["2026-09-03", "2026-06-01"]


def test_an_unknown_status_lists_the_allowed_ones(fixture_site):
    fixture_site.replace(PLAN, "status: on-track", "status: done")
    line = fixture_site.line_of(PLAN, "status: done")
    assert fixture_site.problems() == [
        f"{PLAN}:{line}: `workstreams[1].next_year[1].status` must be one of 'not-started', 'on-track', "
        "'at-risk', 'off-track' or 'complete', not 'done'"]


@pytest.mark.parametrize("written, shown", [
    ("2026-13", "2026-13"),        # there is no 13th month
    ("March", "March"),
    ("2026-3", "2026-3"),
    ("2026-11-30", "2026-11-30"),  # a day, not a month (YAML reads it as a date)
])
def test_a_due_month_that_is_not_a_month(fixture_site, written, shown):
    fixture_site.replace(PLAN, "due: 2026-11", f"due: {written}")
    line = fixture_site.line_of(PLAN, f"due: {written}")
    assert fixture_site.problems() == [
        f"{PLAN}:{line}: `workstreams[1].next_year[1].due` must be a month written YYYY-MM, like 2027-03, "
        f"not '{shown}'"]


def test_an_update_date_that_is_not_a_date(fixture_site):
    fixture_site.replace(PLAN, "date: 2026-09-03", "date: 3 September 2026")
    line = fixture_site.line_of(PLAN, "date: 3 September 2026")
    assert fixture_site.problems() == [
        f"{PLAN}:{line}: `workstreams[1].next_year[1].updates[1].date` must be a date written YYYY-MM-DD, "
        "like 2024-03-01, not '3 September 2026'"]


def test_an_update_date_that_does_not_exist(fixture_site):
    fixture_site.replace(PLAN, "date: 2026-09-03", "date: 2026-09-31")
    line = fixture_site.line_of(PLAN, "date: 2026-09-31")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"{PLAN}:{line}: `workstreams[1].next_year[1].updates[1].date` 2026-09-31 is not a "
                              "real date: September 2026 has 30 days")


def test_an_update_without_its_text(fixture_site):
    fixture_site.replace(PLAN, "            text: Fixture venue booked.\n", "")
    line = fixture_site.line_of(PLAN, "date: 2026-09-03")
    assert fixture_site.problems() == [
        f"{PLAN}:{line}: `workstreams[1].next_year[1].updates[1].text` is missing; add `text:` with a value"]


def test_an_action_still_written_as_plain_text_asks_for_its_fields(fixture_site):
    fixture_site.replace(PLAN, "      - id: write-fixture-plan\n        text: Write a fixture plan.\n",
                         "      - Write a fixture plan.\n")
    line = fixture_site.line_of(PLAN, "- Write a fixture plan.")
    problems = fixture_site.problems()
    assert problems[0].startswith(f"{PLAN}:{line}: `workstreams[1].next_year[2]` must be a set of fields")


def test_an_action_id_used_twice_anywhere_in_the_plan(fixture_site):
    # The Facilitate action (another pillar) takes the Convene action's id.
    fixture_site.replace(PLAN, "id: facilitate-fixture-programme", f"id: {FIRST}")
    first = fixture_site.line_of(PLAN, f"id: {FIRST}")
    second = first + next(n for n, line in enumerate(fixture_site.read(PLAN).splitlines()[first:], 1)
                          if f"id: {FIRST}" in line)
    published = fixture_site.line_of(IDS, "- facilitate-fixture-programme")
    assert fixture_site.problems() == [
        f"{PLAN}:{second}: action `id` `{FIRST}` is used twice, on line {first} and here; every action needs an "
        "id of its own: keep it on the action it was first published for, and give the other a new id (never one "
        "used before)",
        # ...and the id it had is no longer in the plan.
        f"{IDS}:{published}: action `facilitate-fixture-programme` was published but is no longer in "
        "data/delivery_plan.yml, so partners' links to it would break; restore it there, or record where it "
        "went under `moved_actions:` (`facilitate-fixture-programme: new-id`)"]


@pytest.mark.parametrize("taken", ["convene", "lead", "convene-plan", "facilitate-next-year", "plan-overview"])
def test_an_action_id_that_is_already_an_anchor_of_the_page(fixture_site, taken):
    fixture_site.replace(PLAN, "id: write-fixture-plan", f"id: {taken}")
    fixture_site.replace(IDS, "  - write-fixture-plan\n", f"  - write-fixture-plan\n  - {taken}\n")
    fixture_site.replace(IDS, "moved_actions: {}", f"moved_actions:\n  write-fixture-plan: {FIRST}")
    line = fixture_site.line_of(PLAN, f"      - id: {taken}")  # the action's line, not the pillar's
    assert fixture_site.problems() == [
        f"{PLAN}:{line}: action `id` `{taken}` is already an anchor of the delivery-plan page (a pillar, a "
        "workstream or one of its parts); choose another id"]


def test_an_action_id_that_disappears_without_a_move_is_reported_where_it_was_recorded(fixture_site):
    fixture_site.replace(PLAN, "      - id: write-fixture-plan\n        text: Write a fixture plan.\n", "")
    line = fixture_site.line_of(IDS, "  - write-fixture-plan")
    assert fixture_site.problems() == [
        f"{IDS}:{line}: action `write-fixture-plan` was published but is no longer in data/delivery_plan.yml, "
        "so partners' links to it would break; restore it there, or record where it went under "
        "`moved_actions:` (`write-fixture-plan: new-id`)"]


@pytest.mark.parametrize("target", [FIRST, "offer.md#fixture-coaching"])
def test_a_recorded_move_keeps_the_check_passing(fixture_site, target):
    fixture_site.replace(PLAN, "      - id: write-fixture-plan\n        text: Write a fixture plan.\n", "")
    fixture_site.replace(IDS, "moved_actions: {}", f"moved_actions:\n  write-fixture-plan: {target}")
    assert fixture_site.problems() == []


@pytest.mark.parametrize("target, expected", [
    ("no-such-action", "`no-such-action` is not an action id in data/delivery_plan.yml"),
    ("no-such-page.md#here", "`no-such-page.md#here` names docs/no-such-page.md, which does not exist"),
    ("offer.md", "`offer.md` is neither an action id nor a page and anchor"),
])
def test_a_move_to_nowhere_is_reported(fixture_site, target, expected):
    fixture_site.replace(PLAN, "      - id: write-fixture-plan\n        text: Write a fixture plan.\n", "")
    fixture_site.replace(IDS, "moved_actions: {}", f"moved_actions:\n  write-fixture-plan: {target}")
    line = fixture_site.line_of(IDS, "  write-fixture-plan:")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"{IDS}:{line}: {expected}")


def test_a_retired_id_is_never_reused(fixture_site):
    # write-fixture-plan is recorded as moved, yet an action has that id again.
    fixture_site.replace(IDS, "moved_actions: {}", f"moved_actions:\n  write-fixture-plan: {FIRST}")
    line = fixture_site.line_of(IDS, "  write-fixture-plan:")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"{IDS}:{line}: `write-fixture-plan` is still the id of an action in "
                              "data/delivery_plan.yml, so it has not moved")
    assert problem.endswith("(an id is never reused)")


def test_a_move_of_an_id_never_published_is_reported(fixture_site):
    fixture_site.replace(IDS, "moved_actions: {}", f"moved_actions:\n  never-published: {FIRST}")
    line = fixture_site.line_of(IDS, "  never-published:")
    assert fixture_site.problems() == [
        f"{IDS}:{line}: `moved_actions` names `never-published`, which is not listed under `actions:`; add it "
        "there too (ids once published stay listed)"]


def test_a_new_action_is_valid_and_a_note_asks_for_its_id_to_be_recorded(fixture_site):
    fixture_site.replace(PLAN, "      - id: write-fixture-plan\n",
                         "      - id: a-new-action\n        text: A new action.\n      - id: write-fixture-plan\n")
    assert fixture_site.problems() == []
    line = fixture_site.line_of(PLAN, "id: a-new-action")
    assert check(fixture_site.path) == ([], [
        f"{PLAN}:{line}: action `a-new-action` is not recorded in data/published_ids.yml; add `  - a-new-action` "
        "under `actions:` there (once published, an id is permanent)"])
