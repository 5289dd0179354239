"""The progress report's counts add up: its first screen and its table list
every status (zeros included) and their counts sum to the total shown; overdue
actions are a part of those counts ("of which overdue"), never a status beside
them. On a hand-made plan of two pillars, as of 4 December 2026."""

from __future__ import annotations

import datetime as dt
import re

from support.html import Page

from macros.analysis.progress import STATUS_ORDER, headline, plan_states
from macros.data.models import DeliveryPlan, PublishedIds
from macros.render.progress import render_progress_report

TODAY = dt.date(2026, 12, 4)
ACTIONS = {
    "lead": [{"id": "late-on-track", "status": "on-track", "due": "2026-09"},
             {"id": "late-at-risk", "status": "at-risk", "due": "2026-11"},
             {"id": "late-unreported", "due": "2026-10"},
             {"id": "done-late", "status": "complete", "due": "2026-01"},  # complete: never overdue
             {"id": "due-this-month", "status": "off-track", "due": "2026-12"}],
    "enable": [{"id": "not-started", "status": "not-started"}, {"id": "unreported"},
               {"id": "on-track", "status": "on-track", "due": "2027-03"}],
}
PLAN = DeliveryPlan.model_validate({
    "pillars": [{"id": pillar, "name": pillar.upper()} for pillar in ACTIONS],
    "workstreams": [{"id": f"{pillar}-work", "pillar": pillar, "name": f"{pillar} work",
                     "next_year": [{"text": f"Text of {a['id']}.", **a} for a in actions]}
                    for pillar, actions in ACTIONS.items()]})


def report() -> str:
    return render_progress_report(PLAN, PublishedIds.model_validate({"offer": []}), TODAY, None, None, None)


def test_every_status_is_counted_and_the_counts_add_up_to_the_total():
    stands = headline(plan_states(PLAN), TODAY)
    assert [status for status, _ in stands.counts] == list(STATUS_ORDER)
    assert sum(count for _, count in stands.counts) == stands.total == 8
    assert dict(stands.counts) == {None: 2, "not-started": 1, "on-track": 2, "at-risk": 1, "off-track": 1,
                                   "complete": 1}
    assert stands.overdue == 3  # on track, at risk and not reported, each still counted under its status


def numbers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'class="ogic-headline__number">(\d+)<', html)]


def test_the_first_screen_shows_each_status_then_the_total_then_of_which_overdue():
    html = report()
    first = html[:html.index("Actions by status")]
    row = first[first.index('<ul class="ogic-headline__counts">'):first.index("</ul>")]
    *statuses, total = numbers(row)
    assert len(statuses) == len(STATUS_ORDER) and sum(statuses) == total == 8
    assert "in all" in Page(row).text and "verdue" not in row  # overdue is not one of the statuses
    subset = first[first.index("</ul>"):]
    assert numbers(subset) == [3] and "Of which overdue: 3 of the 8 actions above" in Page(subset).text


def test_the_table_adds_up_in_every_column_and_counts_the_overdue_within_it():
    html = report()
    table = html[html.index("<caption>Next-year actions by status and pillar"):]
    table = table[:table.index("</table>")]
    rows = [re.findall(r'<td class="ogic-num">(\d+)</td>', row) for row in table.split("<tr>")[2:]]
    *by_status, totals, overdue = [[int(n) for n in row] for row in rows]
    assert len(by_status) == len(STATUS_ORDER)
    assert [sum(column) for column in zip(*by_status, strict=True)] == totals == [5, 3, 8]
    assert overdue == [3, 0, 3]
    assert "Of which overdue" in Page(table).text
