"""Delivery progress on pages: the small status summaries of the delivery
plan (a stacked bar and a table per pillar and workstream), and the Board's
progress report (macros/analysis/progress.py decides what is overdue, out
of date or changed; this module only places and words it, via templates).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..analysis.progress import (STATUS_ORDER, ActionState, anything_reported, compare, headline, is_overdue,
                                 plan_states, states_from_json, status_counts, watchlist)
from ..data.models import DeliveryPlan, PublishedIds
from . import render_partial
from .markdown import blocks, heading

BAR_WIDTH = 254      # the bars' plot width: with their totals, 288 units (a 320 px phone's column)
BAR_HEIGHT = 22
ROW_GAP = 10
TOP = 2              # room for the outline of a "not reported" part
GAP = 2              # white between two parts of a bar
ICON_ROOM = 16       # a part narrower than this has no room for its shape
COUNT_ROOM = 36      # a part this wide also has room for its count beside its shape
TOTAL_ROOM = 34      # right of the plot: each bar's total
AXIS_ROOM = 34       # below the bars: the axis, its numbers and its title
LABEL_ROOM = 20      # above a bar, for its row's name (the report's pillars)


@dataclass(frozen=True)
class Part:
    status: str | None
    count: int
    x: float
    width: float
    icon: bool
    labelled: bool = False  # its count is written on it


@dataclass(frozen=True)
class BarRow:
    label: str | None       # written above the bar
    y: float                # the bar's top
    total: int
    counts: tuple[tuple[str | None, int], ...]
    parts: tuple[Part, ...]
    end: float = 0  # where the bar ends: its total is written just after


@dataclass(frozen=True)
class Bars:
    id: str
    rows: tuple[BarRow, ...]
    width: float
    height: float
    bar_height: int = BAR_HEIGHT
    plot_width: float = BAR_WIDTH
    axis_y: float = 0  # the axis line, under the bars
    ticks: tuple[tuple[float, int], ...] = ()  # (x, number of actions)

    @property
    def statuses(self) -> tuple[str | None, ...]:
        """Every status the bars and their table show (each needs its fill defined)."""
        return tuple(STATUS_ORDER)


def stacked_bars(chart_id: str, rows: list[tuple[str | None, list[ActionState]]],
                 plot_width: float = BAR_WIDTH) -> Bars:
    """One bar per row, its parts the row's actions by status in STATUS_ORDER;
    every bar on one scale (the longest row's count fills ``plot_width``),
    read off an axis of whole numbers of actions under the bars. Each part
    carries its count where it has room, each bar its total, and a row's
    name is written above its bar (so the chart is no wider than a phone)."""
    counted = [(label, status_counts(actions)) for label, actions in rows]
    scale = max((sum(counts.values()) for _, counts in counted), default=0) or 1
    placed, y = [], TOP
    for label, counts in counted:
        parts, x = [], 0.0
        y += LABEL_ROOM if label else 0
        for status in STATUS_ORDER:
            if counts[status]:
                width = plot_width * counts[status] / scale
                parts.append(Part(status, counts[status], x + GAP / 2, width - GAP, width - GAP >= ICON_ROOM,
                                  width - GAP >= COUNT_ROOM))
                x += width
        placed.append(BarRow(label, y, sum(counts.values()), tuple(counts.items()), tuple(parts), x))
        y += BAR_HEIGHT + ROW_GAP
    axis_y = y - ROW_GAP + TOP
    ticks = tuple((plot_width * n / scale, n) for n in axis_numbers(scale))
    return Bars(chart_id, tuple(placed), plot_width + TOTAL_ROOM, axis_y + AXIS_ROOM,
                plot_width=plot_width, axis_y=axis_y, ticks=ticks)


def axis_numbers(top: int) -> list[int]:
    """Whole numbers from 0 to ``top`` for an axis: ``top`` itself and at most
    five steps of 1, 2, 5, 10, 20, 50… between."""
    step = next(step for step in (m * 10 ** e for e in range(12) for m in (1, 2, 5)) if top / step <= 5)
    steps = list(range(0, top + 1, step))
    if 0 < top - steps[-1] < step / 2:  # too close to ``top`` for both labels to be read ("2021")
        steps.pop()
    return sorted(set(steps) | {top})


@dataclass(frozen=True)
class Summary:
    id: str
    name: str
    total: int
    counts: tuple[tuple[str | None, int], ...]
    bars: Bars


def progress_summary(anchor: str, name: str, actions: list[ActionState]) -> Summary:
    """A pillar's or workstream's summary. Its ids hold a double hyphen, which
    no action id (lower-case words joined by single hyphens) can."""
    counts = status_counts(actions)
    return Summary(f"progress--{anchor}", name, len(actions), tuple(counts.items()),
                   stacked_bars(f"progress--{anchor}-chart", [(None, actions)]))


def render_progress_summary(summary: Summary) -> str:
    return render_partial("progress_summary.html", summary=summary)


def render_progress_report(plan: DeliveryPlan, published: PublishedIds, today: dt.date, plan_href: str | None,
                           previous_version: str | None, previous_actions: list[dict] | None) -> str:
    """The Board's report, as of ``today``: counts by status per pillar, what is
    overdue or has no recent update, and what changed since the previous
    published version. ``plan_href`` leads from the report's page to the
    delivery-plan page (None when no page shows the plan)."""
    current = plan_states(plan)
    by_pillar = [(pillar.name, [a for a in current if a.pillar == pillar.id]) for pillar in plan.pillars]
    bars = stacked_bars("progress-report-chart", by_pillar + [("All pillars", current)])
    watch = watchlist(current, today)
    comparison = (compare(states_from_json(previous_actions), current)
                  if previous_version and previous_actions is not None else None)
    common = {"plan_href": plan_href, "today": today}
    return blocks(
        render_partial("progress_headline.html", headline=headline(current, today), **common),
        render_partial("progress_intro.html", reported=anything_reported(current), total=len(current), **common),
        heading(2, "Actions by status", "actions-by-status"),
        render_partial("progress_counts.html", bars=bars, pillars=by_pillar, all_actions=current,
                       statuses=STATUS_ORDER, overdue={a.id for a in current if is_overdue(a, today)}),
        heading(2, "Overdue actions", "overdue-actions"),
        render_partial("progress_overdue.html", watch=watch, any_due=any(a.due for a in current), **common),
        heading(2, "Actions without a recent update", "actions-without-a-recent-update"),
        render_partial("progress_stale.html", watch=watch, reported=anything_reported(current),
                       any_update=any(a.latest_update for a in current), **common),
        heading(2, f"Changes since version {previous_version}" if previous_version
                else "Changes since the previous version", "changes-since-the-previous-version"),
        render_partial("progress_changes.html", comparison=comparison, previous_version=previous_version,
                       moved=published.moved_actions, **common),
    )
