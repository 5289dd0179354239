"""Links partners rely on, as rendered: page addresses, each offer item's stable
link (its anchor, or its address under latest/ once published with mike), an
anchor for a moved id that leads on, and the version history from data."""

from __future__ import annotations

import datetime as dt
import re

from macros.data.models import Offer, VersionHistory
from macros.addresses import latest_url, page_url, relative_url
from macros.render.offer import render_offer
from macros.render.versions import render_version_history


def test_page_addresses_and_links_between_pages():
    assert page_url("offer.md") == "offer/" and page_url("index.md") == "" and page_url("a/index.md") == "a/"
    assert relative_url("offer/", "our-offer/") == "../our-offer/"
    assert relative_url("", "offer/") == "offer/"
    # From a page of a published version (1.0/offer/) up into latest/.
    assert latest_url("offer/", "x") == "../../latest/offer/#x"
    assert latest_url("", "x") == "../latest/#x"


def an_offer() -> Offer:
    return Offer.model_validate({"introduction": "Our offer.",
                                 "items": [{"id": "coaching", "title": "Coaching", "source": "Slide 7"}]})


def test_a_published_offer_links_each_item_under_latest():
    html = render_offer(an_offer(), page_url="guides/offer/", versioned=True)
    assert '<a href="../../../latest/guides/offer/#coaching">Stable link to this offer item' in html


def test_an_unpublished_build_links_each_item_to_its_anchor():
    html = render_offer(an_offer(), page_url="offer/")
    assert '<a href="#coaching">Link to this offer item' in html and "latest" not in html


def test_a_moved_id_gets_an_anchor_that_leads_on():
    moved = [{"id": "old-coaching", "href": "#coaching", "label": "Coaching"}]
    html = render_offer(an_offer(), moved=moved)
    assert ('<p class="ogic-moved" id="old-coaching" data-ogic-moved-to="#coaching">This offer item has moved: '
            '<a href="#coaching">Coaching</a>.</p>') in html


def test_version_history_lists_newest_first_and_says_what_is_not_recorded():
    history = VersionHistory.model_validate({"versions": [
        {"version": "1.1", "status": "agreed", "date": dt.date(2025, 3, 1), "changes": ["First agreed."]},
        {"version": "2.0", "status": "draft"},
    ]})
    html = render_version_history(history, "2.0")
    rows = re.findall(r"<tr id=\"version-([\d-]+)\">(.*?)</tr>", html, re.S)
    assert [row[0] for row in rows] == ["2-0", "1-1"]  # newest first
    assert "current" in rows[0][1] and "current" not in rows[1][1]
    assert "Not recorded" in rows[0][1] and "What changed from the version before is not recorded." in rows[0][1]
    assert '<time datetime="2025-03-01">1 March 2025</time>' in rows[1][1] and "First agreed." in rows[1][1]
    assert "Versions before 1.1 are not recorded here." in html


def test_a_history_from_the_first_version_claims_nothing_is_missing():
    history = VersionHistory.model_validate({"versions": [{"version": "1.0", "status": "draft"}]})
    assert "are not recorded here" not in render_version_history(history, "1.0")
