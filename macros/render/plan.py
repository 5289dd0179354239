"""The delivery plan (data/delivery_plan.yml) with its progress, its portfolio
summary (data/portfolio.yml) and the training figures so far
(data/training.yml), each under the workstream it belongs to."""

from __future__ import annotations

import datetime as dt

from ..analysis.progress import anything_reported, is_overdue, is_stale, plan_states
from ..data.models import DeliveryPlan, Portfolio, Training
from . import render_partial
from ..addresses import latest_url, moved_anchors
from .markdown import blocks, heading
from .progress import progress_summary, render_progress_summary
from .training import render_training

PLAN_PAGE = "delivery-plan/"  # the delivery-plan page's URL, relative to the site root, unless it moves
TRAINING_HEADING = "QI training and education"


def render_delivery_plan(plan: DeliveryPlan, portfolio: Portfolio, plan_url: str = PLAN_PAGE,
                         moved: list[dict] | None = None, versioned: bool = False,
                         training: Training | None = None, today: dt.date | None = None) -> str:
    """An overview table, then each pillar and workstream under its own heading
    (anchored by its id, so ``delivery-plan/#integrate`` is a stable link), each
    with a summary of its actions by status once any progress is reported
    (until then one sentence says so, not a summary per heading). Every action's element has the
    action's permanent id; ``moved`` (from addresses.moved_anchors) keeps retired ids
    leading on. In a ``versioned`` build each action's link points into latest/.
    ``training``: the training figures so far, shown under their workstream.
    As of ``today`` (the build's date), each action that is overdue, or whose
    latest update is old, says so where it is listed. A workstream's summary
    is left out where it would repeat its pillar's (the pillar's only
    workstream with actions)."""
    states = plan_states(plan)
    flags = {a.id: {"overdue": bool(today) and is_overdue(a, today), "stale": bool(today) and is_stale(a, today)}
             for a in states}
    links = {a.id: latest_url(plan_url, a.id) if versioned else f"#{a.id}" for a in states}
    reported = anything_reported(states)
    parts = [render_partial("plan_overview.html", plan=plan),
             render_partial("plan_progress.html", reported=reported, moved=moved or [])]
    for pillar in plan.pillars:
        parts.append(heading(2, pillar.name, pillar.id))
        pillar_actions = [a for a in states if a.pillar == pillar.id]
        if reported:
            parts.append(render_progress_summary(progress_summary(pillar.id, pillar.name, pillar_actions)))
        for workstream in plan.workstreams_of(pillar.id):
            actions = [a for a in states if a.workstream == workstream.id]
            summary = (progress_summary(workstream.id, workstream.name, actions)
                       if actions and reported and len(actions) < len(pillar_actions) else None)
            parts += [heading(3, f"{pillar.name}: {workstream.name}", workstream.id),
                      render_partial("workstream.html", workstream=workstream, summary=summary, links=links,
                                     flags=flags, today=today)]
            if portfolio.workstream == workstream.id:
                parts += [heading(4, portfolio.title, "portfolio-summary"),
                          render_partial("portfolio.html", portfolio=portfolio)]
            if training is not None and training.workstream == workstream.id:
                parts += [heading(4, TRAINING_HEADING, "qi-training-and-education"),
                          render_training(training, heading_level=5)]
    return blocks(*parts)


def render_delivery_plan_page(data, plan_url: str, versioned: bool, today: dt.date | None = None) -> str:
    """The delivery plan as the page at ``plan_url`` shows it, with its retired
    action ids, and as of ``today`` what is overdue or out of date."""
    texts = {action.id: action.text for workstream in data.delivery_plan.workstreams for action in workstream.next_year}
    moved = moved_anchors(data.published_ids.moved_actions, texts, plan_url)
    return render_delivery_plan(data.delivery_plan, data.portfolio, plan_url, moved, versioned, data.training,
                                today)
