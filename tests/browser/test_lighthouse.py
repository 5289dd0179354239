"""Lighthouse accessibility 100, on every kind of page of both sites and the demo.

Lighthouse takes seconds a page even with one browser for all (here ~3-6 s;
a page per run with a fresh Chrome ~14 s), so it audits one page of each
kind: each page template and each kind of content (prose, charts and tables,
forms, cards, listings, story, measure, capability and progress pages). Every
page of every site is held to the same rules all the same: the crawl
(page_checks.py) runs every axe-core rule Lighthouse's score weighs, on
every page, at a phone's width as Lighthouse emulates one."""

from __future__ import annotations

import pytest

from .lighthouse import audit
from .site_server import DEMO


def first_story(site) -> str:
    return next(page for page in site.pages() if page.startswith("stories/") and page.count("/") == 2
                and not page.startswith("stories/page/"))


def kinds_of_page(sites) -> list[str]:
    playbook, stories, demo = sites["playbook"], sites["stories"], sites[DEMO]
    return ([playbook.url + page for page in ("", "offer/", "progress-report/", "context/", "capacity/",
                                              "all-stories/", "open-items/", first_story(playbook))]
            + [stories.url + page for page in ("", "stories/", "themes/", first_story(stories))]
            + [demo.url + page for page in ("capability/", "measures/",
                                            next(p for p in demo.pages() if p.startswith("measures/") and
                                                 p != "measures/"))])


@pytest.fixture(scope="module")
def lighthouse_results(sites):
    return audit(kinds_of_page(sites))


def test_every_kind_of_page_scores_100_for_accessibility_in_lighthouse(lighthouse_results, sites):
    assert len(lighthouse_results) == len(kinds_of_page(sites))
    below = [f"{result['url']}: {round(result['score'] * 100)}: {result['failing']}"
             for result in lighthouse_results if result["score"] != 1]
    assert below == []
