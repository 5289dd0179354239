"""Search as a person uses it (partials/site-search.html, Pagefind's index):
type a title, see the result, follow it; narrow the results with a filter;
and the search dialog with its results open passes axe, fits a 320 px
phone and asks nothing of another host."""

from __future__ import annotations

import re

import pytest
import yaml
from playwright.sync_api import expect

from .examples import offer_item, public_story, stories_on
from .page_checks import EXTRA_RULES, axe_violations, foreign_requests
from .search_steps import (
    STATUS,
    landing_problem,
    open_search,
    open_site,
    result_titled,
    results_said,
    shown_results,
    type_query,
    wait_until_landed,
)
from .site_server import SITES, serve

# (site, what to look for): a public story is on both sites; the offer only
# in the staff play book.
SEARCHES = [("playbook", "story"), ("playbook", "offer item"), ("stories", "story")]
ONLY_STORIES = "() => { const kinds = [...document.querySelectorAll('.ogic-search__kind')];" \
               " return kinds.length > 0 && kinds.every(k => k.textContent === 'Story'); }"


def sought(kind: str) -> tuple[str, str | None]:
    """The title to type and, for an offer item, the id of the element that
    must hold the result (the item's permanent anchor)."""
    if kind == "story":
        return public_story()["title"], None
    item = offer_item()
    return item["title"], item["id"]


def kind_box(page, kind: str):
    return page.get_by_role("checkbox", name=re.compile(rf"^\s*{kind}\b"))


@pytest.mark.parametrize("site,kind", SEARCHES)
def test_typing_a_title_into_search_shows_it_and_leads_to_it(page, sites, site, kind):
    title, holder = sought(kind)
    open_site(page, sites[site].url)
    open_search(page)
    type_query(page, title)
    result = result_titled(page, title).first
    expect(result).to_be_visible()
    result.click()
    wait_until_landed(page, title, holder)
    assert landing_problem(page, title, holder) == ""
    assert page.url.startswith(sites[site].url)


@pytest.mark.parametrize("site", SITES)
def test_the_story_filter_alone_lists_every_story_the_site_has(page, sites, site):
    open_site(page, sites[site].url)
    open_search(page)
    kind_box(page, "Story").check()
    assert results_said(page, r"^(\d+) pages? match") == len(stories_on(site))
    page.wait_for_function(ONLY_STORIES)


@pytest.mark.parametrize("site", SITES)
def test_the_story_filter_narrows_a_search_to_stories(page, sites, site):
    title = public_story()["title"]
    open_site(page, sites[site].url)
    open_search(page)
    type_query(page, title)
    expect(result_titled(page, title).first).to_be_visible()
    before = results_said(page, r"^(\d+) results? for")
    kind_box(page, "Story").check()
    page.wait_for_function(ONLY_STORIES)
    assert results_said(page, r"^(\d+) results? for") <= before
    assert title in [result["title"] for result in shown_results(page)]
    kind_box(page, "Story").uncheck()
    expect(page.locator(STATUS)).to_have_text(re.compile(rf"^{before} results? for"))


@pytest.mark.parametrize("site", SITES)
def test_search_with_its_results_and_filters_open_passes_axe_and_asks_no_other_host(page, sites, site):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    title = public_story()["title"]
    open_site(page, sites[site].url)
    open_search(page)
    type_query(page, title)
    expect(result_titled(page, title).first).to_be_visible()
    page.locator(".ogic-search__filters").evaluate("filters => { filters.open = true; }")
    assert axe_violations(page) == []
    assert axe_violations(page, rules=EXTRA_RULES) == []
    # The search fetched Pagefind's script and index from the site itself, and nothing from elsewhere.
    assert [url for url in requests if "/pagefind/" in url and url.endswith(".pf_fragment")]
    assert foreign_requests(requests, page.url) == []


@pytest.mark.parametrize("site", SITES)
def test_search_fills_a_320px_phone_without_scrolling_sideways(page, sites, site):
    page.set_viewport_size({"width": 320, "height": 640})
    title = public_story()["title"]
    open_site(page, sites[site].url)
    open_search(page)
    type_query(page, title)
    result = result_titled(page, title).first
    expect(result).to_be_visible()
    # Nothing in the dialog reaches past the screen's right edge.
    assert page.locator(".ogic-search__dialog").evaluate("""dialog => [dialog, ...dialog.querySelectorAll('*')]
        .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1)
        .map(e => `${e.tagName.toLowerCase()}.${e.className}`)""") == []


@pytest.fixture(scope="module")
def fixture_public_site(fixture_built):
    """The tests' own public site, whose stories name their organisations and themes."""
    served = serve("fixture-stories", fixture_built.site("stories"))
    yield served
    served.close()


def test_the_organisation_and_kind_filters_list_that_organisations_public_stories(page, fixture_public_site,
                                                                                   fixture_built):
    data = fixture_built.path / "data"
    organisation = yaml.safe_load((data / "organisations.yml").read_text(encoding="utf-8"))["organisations"][0]
    stories = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((data / "stories").glob("*.yml"))]
    expected = sorted(story["title"] for story in stories
                      if story["visibility"] == "public" and organisation["id"] in story.get("organisations", []))
    assert expected, "the fixture has a public story naming the organisation"
    open_site(page, fixture_public_site.url)
    open_search(page)
    page.get_by_role("checkbox", name=re.compile(rf"^\s*{re.escape(organisation['name'])}\b")).check()
    kind_box(page, "Story").check()  # its public projects name it too
    assert results_said(page, r"^(\d+) pages? match") == len(expected)
    expect(page.locator(".ogic-search__link")).to_have_count(len(expected))
    assert sorted(result["title"] for result in shown_results(page)) == expected
