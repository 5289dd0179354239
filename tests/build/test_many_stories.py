"""With many stories, a reader still finds each one: through the paginated list
and search, on both sites; and neither a story's page nor the home page
carries a list of every story.

The fixture play book plus synthetic stories (bench/synthetic.py), both sites
built once, in-process, for this module.
"""

from __future__ import annotations

import posixpath
import re
from html import unescape

import pytest
from support.projects import fixture_project
from support.search_index import indexed_pages

from bench.synthetic import add_stories

STORIES = 60  # three pages of the list (macros/site/story_pages.py shows 24 a page)
TITLES = {f"Synthetic benchmark story {index}" for index in range(STORIES)}


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("many") / "fixture")
    add_stories(project.path, STORIES)
    result = project.build()
    assert result.ok, result.output
    return project


def follow_list(site, url: str) -> tuple[list[str], int]:
    """The titles a reader meets going through a list page by page with "Next
    page", and how many pages that took."""
    titles, seen = [], set()
    while url not in seen:
        seen.add(url)
        html = (site / url / "index.html").read_text(encoding="utf-8")
        titles += [unescape(t) for t in re.findall(r'class="ogic-card__title"><a href="[^"]*">([^<]*)</a>', html)]
        following = re.search(r'<a href="([^"]*)" rel="next">', html)
        if not following:
            break
        url = posixpath.normpath(posixpath.join(url, following.group(1)))
    return titles, len(seen)


@pytest.mark.parametrize("site, start", [("stories", "stories"), ("playbook", "all-stories")])
def test_reading_the_list_page_by_page_meets_every_story_once(many, site, start):
    titles, pages = follow_list(many.site(site), start)
    assert pages >= 3
    assert sorted(t for t in titles if t.startswith("Synthetic")) == sorted(TITLES)


@pytest.mark.parametrize("site", ["stories", "playbook"])
def test_search_finds_every_story_on_its_own_page(many, site):
    pages = {page.title: page.url for page in indexed_pages(many.site(site))}
    for title in TITLES:
        assert pages[title] == f"/stories/synthetic-{int(title.rsplit(' ', 1)[1]):05d}/"


@pytest.mark.parametrize("site", ["stories", "playbook"])
def test_a_story_page_does_not_grow_with_the_number_of_stories(many, site):
    assert many.page(site, "stories/synthetic-00001/").count("Synthetic benchmark story") < 10


def test_the_public_home_page_shows_some_stories_not_all(many):
    # The fixture's public home page shows the featured and the latest stories.
    assert 0 < many.page("stories", "").count("Synthetic benchmark story") <= 30
