"""The QI offer page and its machine-readable twin, offer.json."""

from __future__ import annotations

from ..models import Offer
from . import render_partial

OFFER_PAGE = "offer/"  # the offer page's URL, relative to the site root


def render_offer(offer: Offer) -> str:
    """Every offer item as a section whose id is the item's permanent id."""
    return render_partial("offer.html", offer=offer)


def offer_json(offer: Offer, page_url: str = OFFER_PAGE) -> list[dict]:
    """The offer for partners' own sites: ids, titles and stable URLs."""
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
