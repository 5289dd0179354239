"""Machine-readable files written beside the built pages, for partners' own sites."""

from __future__ import annotations

import json
from pathlib import Path

from ..data.models import Offer


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


def write_json(site_dir: Path, name: str, value) -> Path:
    target = Path(site_dir) / name
    target.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
