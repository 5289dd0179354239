"""The QI offer page and its machine-readable twin, offer.json."""

from __future__ import annotations

from ..data.models import Contacts, Offer
from . import render_partial
from ..addresses import latest_url, moved_anchors

OFFER_PAGE = "offer/"  # the offer page's URL, relative to the site root, unless it moves


def render_offer(offer: Offer, page_url: str = OFFER_PAGE, moved: list[dict] | None = None,
                 versioned: bool = False, contacts: Contacts | None = None) -> str:
    """Every offer item as a section whose id is the item's permanent id.

    ``moved`` (from addresses.moved_anchors) keeps old ids working: each gets
    an anchor that leads on to the item's new place.  In a ``versioned`` build
    (published with mike) each item's stable link points into ``latest/``;
    otherwise it is the item's anchor on this page.

    ``contacts``: whom to ask. The page opens with how to get QI support (the
    contacts), and each item says how to ask for it, naming its contact
    where it has one.
    """
    links = {item.id: latest_url(page_url, item.id) if versioned else f"#{item.id}" for item in offer.items}
    by_email = {contact.email.lower(): contact for contact in (contacts.contacts if contacts else [])}
    return render_partial("offer.html", offer=offer, links=links, moved=moved or [], versioned=versioned,
                          contacts=contacts, contact_of=lambda item: by_email.get((item.contact or "").lower()))


def render_offer_page(data, page_url: str, versioned: bool) -> str:
    """The offer as the page at ``page_url`` shows it, with its moved ids."""
    moved = moved_anchors(data.published_ids.moved, {item.id: item.title for item in data.offer.items},
                          page_url)
    return render_offer(data.offer, page_url=page_url, moved=moved, versioned=versioned, contacts=data.contacts)
