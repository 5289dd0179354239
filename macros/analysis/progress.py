"""Delivery progress, worked out without a build: which next-year actions are
overdue or have gone quiet, how many are at each status, and what changed
between two versions of the plan.

Pure functions of plain data: each action as delivery.json gives it (the
current plan's, and the previous published version's), and "today" passed
in, so the rules can be tested on hand-made data with a fixed date.

The rules:
- overdue: the action has a due month, is not complete, and today is after
  the last day of that month (due 2026-11 is overdue from 2026-12-01);
- no recent update: the action is not complete and its latest update is
  more than 90 days before today (an update exactly 90 days old is still
  recent); an action with no update at all is "no update recorded", a list
  of its own, and never counted as out of date;
- a complete action is never overdue and never needs an update.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..data.models import DeliveryPlan
from ..data.models.plan import ACTION_STATUSES, Update

STALE_AFTER_DAYS = 90
COMPLETE = "complete"
# Every status an action can have, in the order pages list them; None is "not reported".
STATUS_ORDER: tuple[str | None, ...] = (None, *ACTION_STATUSES)


@dataclass(frozen=True)
class ActionState:
    """One action as a version of the plan recorded it."""

    id: str
    text: str
    pillar: str
    workstream: str
    status: str | None = None
    lead: str | None = None
    due: str | None = None      # YYYY-MM
    updates: tuple[Update, ...] = ()  # newest first
    pillar_name: str = ""
    workstream_name: str = ""

    @property
    def latest_update(self) -> Update | None:
        return self.updates[0] if self.updates else None


def states_from_json(entries: Iterable[dict]) -> list[ActionState]:
    """delivery.json's entries as ActionStates (for the previous version's file,
    entries without an id, and updates without a readable date, are skipped)."""
    states = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        updates = []
        for update in entry.get("updates") or []:
            try:
                updates.append(Update.model_construct(date=dt.date.fromisoformat(update["date"]),
                                                      text=str(update.get("text", ""))))
            except (TypeError, KeyError, ValueError):
                continue
        states.append(ActionState(
            id=entry["id"], text=str(entry.get("text") or ""), pillar=str(entry.get("pillar") or ""),
            workstream=str(entry.get("workstream") or ""), status=entry.get("status"), lead=entry.get("lead"),
            due=entry.get("due"), updates=tuple(sorted(updates, key=lambda u: u.date, reverse=True)),
            pillar_name=str(entry.get("pillar_name") or ""), workstream_name=str(entry.get("workstream_name") or "")))
    return states


def plan_states(plan: DeliveryPlan) -> list[ActionState]:
    """The plan's actions, in the page's order, as the rules read them."""
    return [ActionState(
        id=action.id, text=action.text, pillar=pillar.id, workstream=workstream.id, status=action.status,
        lead=action.lead, due=action.due, pillar_name=pillar.name, workstream_name=workstream.name,
        updates=tuple(action.updates_newest_first()))
        for pillar, workstream, action in plan.actions()]


def month_end(month: str) -> dt.date:
    """The last day of a month written YYYY-MM."""
    year, number = (int(part) for part in month.split("-"))
    return dt.date(year, number, calendar.monthrange(year, number)[1])


def is_overdue(action: ActionState, today: dt.date) -> bool:
    return action.due is not None and action.status != COMPLETE and today > month_end(action.due)


def days_since_update(action: ActionState, today: dt.date) -> int | None:
    latest = action.latest_update
    return None if latest is None else (today - latest.date).days


def is_stale(action: ActionState, today: dt.date, days: int = STALE_AFTER_DAYS) -> bool:
    """Not complete, and its latest update is more than ``days`` days old."""
    since = days_since_update(action, today)
    return action.status != COMPLETE and since is not None and since > days


def needs_first_update(action: ActionState) -> bool:
    return action.status != COMPLETE and not action.updates


def status_counts(actions: Iterable[ActionState]) -> dict[str | None, int]:
    """How many actions are at each status, every status included, in STATUS_ORDER."""
    counts: dict[str | None, int] = dict.fromkeys(STATUS_ORDER, 0)
    for action in actions:
        counts[action.status if action.status in counts else None] += 1
    return counts


def anything_reported(actions: Iterable[ActionState]) -> bool:
    """Whether any action has a status or an update yet."""
    return any(action.status is not None or action.updates for action in actions)


@dataclass(frozen=True)
class Watchlist:
    """What the Board is asked to look at, as of ``today``."""

    today: dt.date
    overdue: tuple[ActionState, ...]
    stale: tuple[ActionState, ...]
    never_updated: tuple[ActionState, ...]


def watchlist(actions: Iterable[ActionState], today: dt.date) -> Watchlist:
    actions = list(actions)
    return Watchlist(today, tuple(a for a in actions if is_overdue(a, today)),
                     tuple(a for a in actions if is_stale(a, today)),
                     tuple(a for a in actions if needs_first_update(a)))


@dataclass(frozen=True)
class Headline:
    """How delivery stands, as the report's first screen says it: every status
    with its count (zeros included), so the counts always add up to ``total``;
    ``overdue`` is a subset of them (an overdue action keeps its status), never
    a status of its own."""

    total: int
    counts: tuple[tuple[str | None, int], ...]  # in STATUS_ORDER
    overdue: int
    stale: int
    reported: bool


def headline(actions: Iterable[ActionState], today: dt.date) -> Headline:
    actions = list(actions)
    watch = watchlist(actions, today)
    return Headline(len(actions), tuple(status_counts(actions).items()), len(watch.overdue), len(watch.stale),
                    anything_reported(actions))


@dataclass(frozen=True)
class StatusChange:
    action: ActionState
    before: str | None
    after: str | None


@dataclass(frozen=True)
class NewUpdate:
    action: ActionState
    update: Update


@dataclass(frozen=True)
class Comparison:
    """What changed from one version of the plan to the next."""

    status_changes: tuple[StatusChange, ...]
    new_updates: tuple[NewUpdate, ...]   # newest first
    added: tuple[ActionState, ...]       # in the current version only
    removed: tuple[ActionState, ...]     # in the previous version only (as it was there)

    @property
    def anything(self) -> bool:
        return bool(self.status_changes or self.new_updates or self.added or self.removed)


def compare(previous: Iterable[ActionState], current: Iterable[ActionState]) -> Comparison:
    """Status changes of actions in both versions; every update (same action,
    date and text) the previous version did not have, those of new actions
    included; and the actions only one of the two has."""
    before = {action.id: action for action in previous}
    current = list(current)
    now = {action.id for action in current}
    changes, updates = [], []
    for action in current:
        old = before.get(action.id)
        if old is not None and old.status != action.status:
            changes.append(StatusChange(action, old.status, action.status))
        known = set(old.updates) if old is not None else set()
        updates += [NewUpdate(action, update) for update in action.updates if update not in known]
    updates.sort(key=lambda new: new.update.date, reverse=True)
    return Comparison(tuple(changes), tuple(updates),
                      tuple(a for a in current if a.id not in before),
                      tuple(a for a in before.values() if a.id not in now))
