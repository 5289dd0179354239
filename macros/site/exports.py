"""Machine-readable files written beside the built pages, for partners' own sites."""

from __future__ import annotations

import json
from pathlib import Path

from ..analysis.spc import Analysis
from ..data.models import DeliveryPlan, Measure, Offer
from ..addresses import measure_url


def offer_json(offer: Offer, page_url: str) -> list[dict]:
    """The offer: ids, titles and stable URLs (the offer page and the item's anchor)."""
    return [
        {
            "id": item.id,
            "title": item.title,
            "url": f"{page_url}#{item.id}",
            "summary": item.summary,
            "who_for": item.who_for,
            "status": item.status,
        }
        for item in offer.items
    ]


def delivery_json(plan: DeliveryPlan, page_url: str) -> list[dict]:
    """Every next-year action in the page's order: where it sits, its progress
    (``status`` null when not reported; ``updates`` newest first) and its stable
    URL (the delivery-plan page and the action's permanent id as anchor)."""
    entries = []
    for pillar, workstream, action in plan.actions():
        updates = [{"date": u.date.isoformat(), "text": u.text} for u in action.updates_newest_first()]
        entries.append({
            "id": action.id,
            "pillar": pillar.id,
            "pillar_name": pillar.name,
            "workstream": workstream.id,
            "workstream_name": workstream.name,
            "text": action.text,
            "status": action.status,
            "lead": action.lead,
            "due": action.due,
            "latest_update": updates[0] if updates else None,
            "updates": updates,
            "url": f"{page_url}#{action.id}",
        })
    return entries


def measure_json(measure: Measure, analysis: Analysis) -> dict:
    """One measure as measures.json gives it (the contract names the fields):
    the latest segment's mean and limits, every segment's, and every point
    with its signals and variation."""
    latest = analysis.latest.limits
    return {
        "id": measure.id,
        "title": measure.title,
        "url": measure_url(measure.id),
        "improvement": measure.improvement,
        "unit": measure.unit,
        "target": measure.target,
        "mean": latest.mean,
        "ucl": latest.ucl,
        "lcl": latest.lcl,
        "variation": analysis.variation,
        "assurance": analysis.assurance,
        "stories": list(measure.stories),
        "workstream": measure.workstream,
        "segments": [{"start": segment.start.isoformat(), "mean": segment.limits.mean,
                      "ucl": segment.limits.ucl, "lcl": segment.limits.lcl,
                      "provisional": segment.limits.provisional} for segment in analysis.segments],
        "points": [{"date": point.date.isoformat(), "value": point.value, "signals": list(point.signals),
                    "variation": point.variation} for point in analysis.points],
    }


def write_json(site_dir: Path, name: str, value) -> Path:
    target = Path(site_dir) / name
    target.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
