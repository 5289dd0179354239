"""Search as a person uses it: type a title, see the result, follow it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .examples import offer_item, public_story
from .search_steps import SEARCH_BOX, landing_problem, open_site, result_titled, type_query, wait_until_landed

# (site, what to look for): a public story is on both sites; the offer only
# in the staff play book.
SEARCHES = [("playbook", "story"), ("playbook", "offer item"), ("stories", "story")]


def sought(kind: str) -> tuple[str, str | None]:
    """The title to type and, for an offer item, the id of the element that
    must hold the result (the item's permanent anchor)."""
    if kind == "story":
        return public_story()["title"], None
    item = offer_item()
    return item["title"], item["id"]


@pytest.mark.parametrize("site,kind", SEARCHES)
def test_typing_a_title_into_search_shows_it_and_leads_to_it(page, sites, site, kind):
    title, holder = sought(kind)
    open_site(page, sites[site].url)
    page.locator(SEARCH_BOX).click()
    type_query(page, title)
    result = result_titled(page, title).first
    expect(result).to_be_visible()
    result.click()
    wait_until_landed(page, title, holder)
    assert landing_problem(page, title, holder) == ""
    assert page.url.startswith(sites[site].url)
