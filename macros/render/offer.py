"""The QI offer page and its machine-readable twin, offer.json."""

from __future__ import annotations

from ..links import latest_url, moved_offer_items
from ..models import Offer
from . import render_partial

OFFER_PAGE = "offer/"  # the offer page's URL, relative to the site root, unless it moves
# The hook finds the page holding the offer by this mark (offer.html's outer element).
OFFER_MARKER = 'class="ogic-offer"'


def render_offer(offer: Offer, page_url: str = OFFER_PAGE, moved: list[dict] | None = None,
                 versioned: bool = False) -> str:
    """Every offer item as a section whose id is the item's permanent id.

    ``moved`` (from links.moved_offer_items) keeps old ids working: each gets
    an anchor that leads on to the item's new place.  In a ``versioned`` build
    (published with mike) each item's stable link points into ``latest/``;
    otherwise it is the item's anchor on this page.
    """
    links = {item.id: latest_url(page_url, item.id) if versioned else f"#{item.id}" for item in offer.items}
    return render_partial("offer.html", offer=offer, links=links, moved=moved or [], versioned=versioned)


def render_offer_page(data, page_url: str, versioned: bool) -> str:
    """The offer as the page at ``page_url`` shows it, with its moved ids."""
    moved = moved_offer_items(data.published_ids, data.offer, page_url)
    return render_offer(data.offer, page_url=page_url, moved=moved, versioned=versioned)


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
