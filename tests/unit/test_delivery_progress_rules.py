"""The delivery-progress rules (macros/analysis/progress.py) on hand-made actions
and a fixed "today": what is overdue, what has gone without an update, the
counts by status, and what changed between two versions' delivery.json.

Every expected value is worked out by hand in a comment."""

from __future__ import annotations

import datetime as dt

import pytest

from macros.analysis.progress import (ActionState, anything_reported, compare, is_overdue, is_stale,
                                      month_end, states_from_json, status_counts, watchlist)
from macros.data.models.plan import Update
from macros.site.previous_version import previous_version

TODAY = dt.date(2026, 12, 2)


def action(action_id: str = "an-action", *, status=None, due=None, updates=()) -> ActionState:
    return ActionState(id=action_id, text=f"The text of {action_id}.", pillar="lead", workstream="convene",
                       status=status, due=due,
                       updates=tuple(Update(date=dt.date.fromisoformat(d), text=t) for d, t in updates))


# --- overdue: the due month has ended (today is after its last day) and the action is not complete ---

@pytest.mark.parametrize("due, status, overdue", [
    ("2026-11", "on-track", True),      # November ended on the 30th; 2 December is after it
    ("2026-11", None, True),            # not reported is not complete
    ("2026-11", "at-risk", True),
    ("2026-12", "on-track", False),     # December ends on the 31st: not yet
    ("2027-01", "off-track", False),
    ("2026-11", "complete", False),     # complete is never overdue
    ("2025-01", "complete", False),
    (None, "off-track", False),         # no due month, nothing to be late for
])
def test_overdue_on_2_december_2026(due, status, overdue):
    assert is_overdue(action(due=due, status=status), TODAY) is overdue


def test_overdue_starts_the_day_after_the_due_months_last_day():
    november = action(due="2026-11", status="on-track")
    assert not is_overdue(november, dt.date(2026, 11, 30))   # the due month's last day: still on time
    assert is_overdue(november, dt.date(2026, 12, 1))        # the next day: overdue


def test_the_last_day_of_a_month_leap_years_included():
    assert month_end("2028-02") == dt.date(2028, 2, 29)   # 2028 is divisible by 4 (and not by 100)
    assert month_end("2027-02") == dt.date(2027, 2, 28)
    assert month_end("2026-12") == dt.date(2026, 12, 31)


# --- no recent update: not complete, latest update more than 90 days old ---

def test_an_update_exactly_90_days_old_is_still_recent_and_91_days_is_not():
    # 3 Sep -> 3 Oct is 30 days, -> 3 Nov 31 more (61), -> 2 Dec 29 more: 90 days.
    exactly_90 = action(status="on-track", updates=[("2026-09-03", "Venue booked.")])
    assert not is_stale(exactly_90, TODAY)
    # One day earlier, 2 September: 91 days.
    assert is_stale(action(status="on-track", updates=[("2026-09-02", "Venue booked.")]), TODAY)


def test_only_the_latest_update_counts():
    # 2026-11-20 is 12 days before 2 December; the old one (2026-01-05) does not matter.
    recent = action(status="at-risk", updates=[("2026-11-20", "Late supplier."), ("2026-01-05", "Started.")])
    assert not is_stale(recent, TODAY)


def test_a_complete_action_never_needs_an_update_and_none_at_all_is_a_list_of_its_own():
    old_but_complete = action("done", status="complete", updates=[("2025-01-10", "Finished.")])
    never = action("never", status="on-track")
    assert not is_stale(old_but_complete, TODAY)
    assert not is_stale(never, TODAY)  # no update is not "an old update"...
    watch = watchlist([old_but_complete, never, action("complete-without", status="complete")], TODAY)
    assert [a.id for a in watch.never_updated] == ["never"]  # ...it is "no update recorded"; complete left out
    assert watch.stale == () and watch.overdue == ()


def test_the_watchlist_of_a_small_plan():
    plan = [
        action("late", status="on-track", due="2026-11", updates=[("2026-09-03", "Booked.")]),   # overdue; 90 days
        action("quiet", status="at-risk", due="2027-03", updates=[("2026-08-01", "Began.")]),    # 123 days: stale
        action("silent", due="2026-12"),                                                         # no update
        action("done", status="complete", due="2026-10", updates=[("2026-10-20", "Delivered.")]),
    ]
    watch = watchlist(plan, TODAY)
    # quiet: Aug 1 -> Sep 1 is 31 days, -> Oct 1 30 (61), -> Nov 1 31 (92), -> Dec 2 31 (123) > 90.
    assert ([a.id for a in watch.overdue], [a.id for a in watch.stale], [a.id for a in watch.never_updated]) == (
        ["late"], ["quiet"], ["silent"])


# --- counts ---

def test_counts_by_status_name_every_status_with_not_reported_first():
    counts = status_counts([action(status="on-track"), action(), action(status="on-track"),
                            action(status="complete")])
    assert counts == {None: 1, "not-started": 0, "on-track": 2, "at-risk": 0, "off-track": 0, "complete": 1}
    assert list(counts)[0] is None


def test_nothing_is_reported_until_an_action_has_a_status_or_an_update():
    assert not anything_reported([action(), action(due="2027-01")])  # a due month alone is not progress
    assert anything_reported([action(), action(status="not-started")])
    assert anything_reported([action(updates=[("2026-10-01", "Began.")])])


# --- comparison with the previous published version's delivery.json ---

def entry(action_id, status=None, updates=(), workstream="convene"):
    """An action as delivery.json gives it (only the fields the comparison reads, plus a stray one)."""
    return {"id": action_id, "text": f"The text of {action_id}.", "pillar": "lead", "workstream": workstream,
            "status": status, "updates": [{"date": d, "text": t} for d, t in updates], "url": "x/#y"}


def test_what_changed_since_the_previous_version():
    previous = states_from_json([
        entry("kept", "on-track", [("2026-06-01", "Began.")]),
        entry("slipped", "on-track"),
        entry("reported", None),
        entry("dropped", "at-risk"),
    ])
    current = states_from_json([
        entry("kept", "on-track", [("2026-09-03", "Booked."), ("2026-06-01", "Began.")], workstream="learn"),
        entry("slipped", "off-track", [("2026-10-01", "Supplier gone.")]),
        entry("reported", "not-started"),
        entry("added", None, [("2026-11-15", "Agreed at the Board.")]),
    ])
    result = compare(previous, current)
    assert [(c.action.id, c.before, c.after) for c in result.status_changes] == [
        ("slipped", "on-track", "off-track"), ("reported", None, "not-started")]
    # New updates, newest first: the new action's (15 Nov), slipped's (1 Oct), kept's new one (3 Sep);
    # kept's 1 June update was there before. Moving workstream is not a change of status.
    assert [(n.action.id, n.update.date.isoformat()) for n in result.new_updates] == [
        ("added", "2026-11-15"), ("slipped", "2026-10-01"), ("kept", "2026-09-03")]
    assert [a.id for a in result.added] == ["added"]
    assert [a.id for a in result.removed] == ["dropped"]
    assert result.anything


def test_an_update_whose_text_was_corrected_counts_as_new():
    previous = states_from_json([entry("a", "on-track", [("2026-06-01", "Begun.")])])
    current = states_from_json([entry("a", "on-track", [("2026-06-01", "Began.")])])
    assert [n.update.text for n in compare(previous, current).new_updates] == ["Began."]


def test_the_same_plan_twice_has_no_changes():
    same = [entry("a", "on-track", [("2026-06-01", "Began.")]), entry("b")]
    assert not compare(states_from_json(same), states_from_json(same)).anything


def test_a_previous_delivery_json_with_odd_entries_is_read_as_far_as_it_can_be():
    states = states_from_json([{"no": "id"}, "not an object",
                               {"id": "a", "updates": [{"date": "June", "text": "x"}, {"date": "2026-06-01"}]}])
    assert [(s.id, s.status, [u.date for u in s.updates]) for s in states] == [("a", None, [dt.date(2026, 6, 1)])]


# --- which published version the report compares with (mike's versions.json) ---

@pytest.mark.parametrize("current, expected", [
    ("1.1", "1.0"),     # the newest older one, whatever the list's order
    ("10.0", "9.2"),    # as numbers: 9.2 < 10.0, although "9.2" > "10.0" as text
    ("1.0", None),      # nothing older: the first version
    ("10.1", "10.0"),   # 10.0 is published; the version being built is newer
])
def test_the_previous_version_is_the_newest_published_one_older_than_the_one_built(current, expected):
    published = [{"version": "1.0", "aliases": []}, {"version": "10.0", "aliases": ["latest"]},
                 {"version": "9.2", "aliases": []}, {"version": "draft-by-hand", "aliases": []}, "not a version"]
    assert previous_version(published, current) == expected


def test_republishing_the_latest_version_compares_with_the_one_before_it():
    assert previous_version([{"version": "1.0"}, {"version": "1.1"}], "1.1") == "1.0"
