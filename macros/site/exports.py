"""Machine-readable files written beside the built pages, for partners' own sites."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..addresses import measure_url
from ..analysis.spc import Analysis, PointResult
from ..data.models import Annotation, DeliveryPlan, Measure, Offer
from .redirects import missing_moved_anchors, write_redirect_pages


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


def _point_json(point: PointResult) -> dict:
    found = {"date": point.date.isoformat(), "value": point.value, "signals": list(point.signals),
             "variation": point.variation, "ucl": point.limits.ucl, "lcl": point.limits.lcl}
    if point.denominator is not None:
        found |= {"numerator": point.numerator, "denominator": point.denominator}
    return found


def measure_json(measure: Measure, analysis: Analysis, annotations: Sequence[Annotation] = ()) -> dict:
    """One measure as measures.json gives it (the contract names the fields):
    its chart, the latest segment's mean and limits (on a p or u chart, the
    latest point's), every segment's (likewise its latest point's), every point
    with its own limits, signals and variation (on a p or u chart its value is
    numerator / denominator), and its annotations in date order."""
    latest = analysis.latest.limits
    return {
        "id": measure.id,
        "title": measure.title,
        "url": measure_url(measure.id),
        "chart": analysis.chart,
        "improvement": measure.improvement,
        "unit": measure.unit,
        "target": measure.target,
        "mean": latest.mean,
        "ucl": latest.ucl,
        "lcl": latest.lcl,
        "variation": analysis.variation,
        "assurance": analysis.assurance,
        "run_length": analysis.rules.run_length,
        "trend_length": analysis.rules.trend_length,
        "stories": list(measure.stories),
        "workstream": measure.workstream,
        "annotations": [{"date": note.date.isoformat(), "text": note.text} for note in annotations],
        "segments": [{"start": segment.start.isoformat(), "mean": segment.limits.mean,
                      "ucl": segment.limits.ucl, "lcl": segment.limits.lcl,
                      "provisional": segment.limits.provisional} for segment in analysis.segments],
        "points": [_point_json(point) for point in analysis.points],
    }


def export_pages(pages, docs_folder: str) -> dict[str, list[str]]:
    """The page showing the offer and the one showing the plan: offer.json, delivery.json and
    partners' links point to them, so each macro must be on exactly one page (ValueError if not)."""
    found = {}
    for macro in ("offer", "delivery_plan"):
        calling = pages.calling(docs_folder, macro)
        if len(calling) != 1:
            raise ValueError(f"the {macro.replace('_', ' ')} ({{{{ {macro}() }}}}) must be on exactly one page, "
                             f"so that its export and partners' links point to it; it is on {len(calling)}: "
                             + (", ".join(calling) or "none"))
        found[macro] = calling
    return found


def staff_exports(data, offer_page: str, plan_page: str, site_dir: Path) -> list[str]:
    """The play book's exports, beside its pages: offer.json and delivery.json,
    pointing at the pages that show them (URLs from the site root), and the
    moved pages' redirects. Returns what stops the build, if anything."""
    write_json(site_dir, "offer.json", offer_json(data.offer, offer_page))
    write_json(site_dir, "delivery.json", delivery_json(data.delivery_plan, plan_page))
    try:
        write_redirect_pages(data.redirects, site_dir)
    except FileExistsError as exc:
        return [str(exc)]
    return missing_moved_anchors(data.published_ids, site_dir)


def write_json(site_dir: Path, name: str, value, one_per_line: bool = False) -> Path:
    """``one_per_line``: each item of a list on a line of its own, unindented (measures.json:
    json's indenting is pure Python, and took most of the time to write thousands of points)."""
    target = Path(site_dir) / name
    # allow_nan=False: NaN or Infinity would make the file invalid JSON; better no file than a broken one.
    if one_per_line:
        text = "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False, allow_nan=False) for item in value) + "\n]\n"
    else:
        text = json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    target.write_text(text, encoding="utf-8")
    return target
