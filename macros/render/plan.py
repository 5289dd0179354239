"""The delivery plan (data/delivery_plan.yml) with its portfolio summary
(data/portfolio.yml) and the training figures so far (data/training.yml),
each under the workstream it belongs to."""

from __future__ import annotations

from ..data.models import DeliveryPlan, Portfolio, Training
from . import render_partial
from .markdown import blocks, heading
from .training import render_training

TRAINING_HEADING = "QI training and education"


def render_delivery_plan(plan: DeliveryPlan, portfolio: Portfolio, training: Training | None = None) -> str:
    """An overview table, then each pillar and workstream under its own heading
    (anchored by its id, so ``delivery-plan/#integrate`` is a stable link)."""
    parts = [render_partial("plan_overview.html", plan=plan)]
    for pillar in plan.pillars:
        parts.append(heading(2, pillar.name, pillar.id))
        for workstream in plan.workstreams_of(pillar.id):
            parts += [heading(3, f"{pillar.name}: {workstream.name}", workstream.id),
                      render_partial("workstream.html", workstream=workstream)]
            if portfolio.workstream == workstream.id:
                parts += [heading(4, portfolio.title, "portfolio-summary"),
                          render_partial("portfolio.html", portfolio=portfolio)]
            if training is not None and training.workstream == workstream.id:
                parts += [heading(4, TRAINING_HEADING, "qi-training-and-education"),
                          render_training(training, heading_level=5)]
    return blocks(*parts)
