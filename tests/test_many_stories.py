"""With many stories, a reader still finds each one: through the paginated list,
the browse pages and search; and no page carries a list of every story."""

import json
import posixpath
import re
from html import unescape
from pathlib import Path

import pytest
from conftest import copy_project

from bench.synthetic import add_stories

STORIES = 130  # enough for six pages of the list


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("many") / "project")
    add_stories(project.path, STORIES)
    result = project.make("build")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def synthetic_titles(project) -> set[str]:
    return {f"Synthetic benchmark story {i}" for i in range(STORIES)}


def follow_list(site: Path, url: str) -> list[str]:
    """Titles of the stories a reader meets going through a list with "Next page"."""
    titles, seen = [], set()
    while url not in seen:
        seen.add(url)
        html = (site / url / "index.html").read_text(encoding="utf-8")
        titles += [unescape(t) for t in re.findall(r'class="ogic-card__title"><a href="[^"]*">([^<]*)</a>', html)]
        following = re.search(r'<a href="([^"]*)" rel="next">', html)
        if not following:
            break
        url = posixpath.normpath(posixpath.join(url, following.group(1)))
    return titles


@pytest.mark.parametrize("site, start", [("stories", "stories"), ("playbook", "all-stories")])
def test_reading_the_list_page_by_page_meets_every_story_once(many, site, start):
    titles = follow_list(many.path / "site" / site, start)
    synthetic = [t for t in titles if t.startswith("Synthetic")]
    assert sorted(synthetic) == sorted(synthetic_titles(many))


@pytest.mark.parametrize("site", ["stories", "playbook"])
def test_search_finds_every_story_on_its_own_page(many, site):
    index = json.loads((many.path / "site" / site / "search/search_index.json").read_text())
    pages = {doc["title"]: doc["location"] for doc in index["docs"]}
    for title in synthetic_titles(many):
        number = title.rsplit(" ", 1)[1]
        assert pages[title] == f"stories/synthetic-{int(number):05d}/"


@pytest.mark.parametrize("site", ["stories", "playbook"])
def test_no_page_lists_every_story(many, site):
    """Each story page's size does not grow with the number of stories."""
    page = (many.path / "site" / site / "stories/synthetic-00001/index.html").read_text(encoding="utf-8")
    assert page.count("Synthetic benchmark story") < 10
    home = (many.path / "site" / site / "index.html").read_text(encoding="utf-8")
    assert home.count("Synthetic benchmark story") <= 30
