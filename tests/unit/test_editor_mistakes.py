"""Mistakes a hostile review of editors' input found (events, projects, stories, ids, dates,
capability, YAML): each gives one line, `path:line: message`, in the editor's words, the same
from `make check` and from each site's build; what the contract allows is accepted.

In this process, on a copy of the tests' own play book (tests/fixtures/site/); each test
writes the mistake itself and asserts the exact path and line and the message's key words.
"""

from __future__ import annotations

import pytest

from macros.data import DataErrors
from macros.data.models.base import MAX_ID_LENGTH
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data

STORY = "data/stories/fixture-public-story.yml"  # the fixture's own public story
PROJECT = "data/projects/fixture-public-project.yml"
EVENT = "data/events/improvement-day.yml"
BOTH_SITES = (("staff", "docs"), ("public", "docs-public"))


def lines(project) -> list[str]:
    """`make check`'s lines; each site's build stops with the very same lines."""
    check = project.problems()
    for audience, docs in BOTH_SITES:
        try:
            site_data(project.path, audience, docs, PageIndex.read(project.path, PAGE_NAMES))
            build = []
        except DataErrors as exc:
            build = exc.lines()
        assert build == check, audience
    return check


def one_line(project, path: str, at: str, *words: str) -> str:
    """The only line there is: on ``path``, at the line holding ``at``, with each of ``words``."""
    found = lines(project)
    assert len(found) == 1, found
    where = f"{path}:{project.line_of(path, at)}: "
    assert found[0].startswith(where), (where, found)
    for word in words:
        assert word in found[0], (word, found[0])
    return found[0]


# --- 1. Names that become file names are bounded --------------------------------------------

def test_a_tag_longer_than_an_id_may_be_is_refused_on_its_line(fixture_site):
    tag = "a" * 256
    fixture_site.replace(STORY, "tags: [fixture-tag]", f"tags: [{tag}]")
    one_line(fixture_site, STORY, "tags:", "`tags[1]`", "256 characters long", f"at most {MAX_ID_LENGTH} characters",
             "shorten it")


def test_a_tag_as_long_as_an_id_may_be_is_accepted(fixture_site):
    fixture_site.replace(STORY, "tags: [fixture-tag]", f"tags: [{'a' * MAX_ID_LENGTH}]")
    assert lines(fixture_site) == []


def test_a_reference_longer_than_an_id_may_be_is_refused_on_its_line(fixture_site):
    fixture_site.replace(PROJECT, "stories: [fixture-public-story,", f"stories: [{'s' * 300},")
    one_line(fixture_site, PROJECT, "stories:", "`stories[1]`", "300 characters long", "shorten it")


@pytest.mark.parametrize("folder", ["stories", "projects", "events"])
def test_a_record_whose_file_name_is_longer_than_an_id_may_be_is_refused(fixture_site, folder):
    path = f"data/{folder}/{'x' * (MAX_ID_LENGTH + 1)}.yml"
    fixture_site.write(path, "title: A\n")
    found = lines(fixture_site)
    assert found == [f"{path}:1: the file name `{'x' * 59}…` is {MAX_ID_LENGTH + 1} characters long; its id may be "
                     f"at most {MAX_ID_LENGTH} characters (it becomes a web address): rename the file"]


def test_a_redirect_from_a_page_name_longer_than_an_id_may_be_is_refused(fixture_site):
    old = "o" * 300 + ".md"
    fixture_site.write("data/redirects.yml", f"pages:\n  {old}: offer.md\n")
    one_line(fixture_site, "data/redirects.yml", old[:10], "is not a page path",
             f"at most {MAX_ID_LENGTH} characters between slashes")


# --- 3. Error lines quote a value short ------------------------------------------------------

def test_an_events_start_of_300_characters_is_quoted_in_60(fixture_site):
    fixture_site.write(EVENT, "title: Improvement day\nstart: " + "k" * 300 + "\n")
    line = one_line(fixture_site, EVENT, "start:", "`start` must be a day")
    assert line.endswith(f"not '{'k' * 59}…'")


def test_a_moved_offer_items_place_of_300_characters_is_quoted_in_60(fixture_site):
    # Another dataset, another check (data/checks/stable_links.py), the same cut: it is made where every line passes.
    path = "data/published_ids.yml"
    fixture_site.replace(path, "  - fixture-training\n", "  - fixture-training\n  - old-item\n")
    fixture_site.replace(path, "moved: {}", f"moved:\n  old-item: {'t' * 300}")
    line = one_line(fixture_site, path, "old-item:", "is neither an offer item id nor a page and anchor")
    assert f"`{'t' * 59}…` is neither" in line and "t" * 60 not in line


def test_the_cut_leaves_the_messages_own_words_whole():
    from macros.data.errors import DataError

    words = ("the project's measures, the partners' stories and the Board's report, in "
             "\"one sentence that is far longer than sixty characters, on purpose\"x")
    assert DataError("a.yml", 1, words).message == words  # apostrophes are not quotes; a quote closes before a space
    value = "v" * 100
    assert DataError("a.yml", 1, f"`{value}` and '{value}' and \"{value}\"").message == (
        f"`{'v' * 59}…` and '{'v' * 59}…' and \"{'v' * 59}…\"")


# --- 4. One mistake, one line -----------------------------------------------------------------

def test_an_event_with_name_for_its_title_is_one_line_suggesting_title(fixture_site):
    fixture_site.write(EVENT, "name: Improvement day\nstart: 2027-03-04\n")
    line = one_line(fixture_site, EVENT, "name:", "unknown field `name`; did you mean `title`?")
    assert "`title` is missing" not in line


def test_a_project_started_after_its_scores_and_cycles_is_one_line_on_started(fixture_site):
    path = "data/projects/fixture-quiet-win.yml"  # scored 2025-01-31, a cycle on 2024-06-03, completed 2025-01-31
    fixture_site.replace(path, "started: 2024-05-06", "started: 2025-06-01")
    one_line(fixture_site, path, "started:", "`started` 2025-06-01 is later than 3 of the project's dates",
             "1 progress score, 1 PDSA cycle and `completed`", "the earliest 2024-06-03 (`pdsa[1].date`)",
             "correct `started`")


def test_a_project_started_after_one_score_is_one_line_naming_it(fixture_site):
    fixture_site.replace(PROJECT, "started: 2025-06-02", "started: 2025-07-15")  # its first score: 2025-07-01
    one_line(fixture_site, PROJECT, "started:", "`started` 2025-07-15 is later than `progress[1].date` (2025-07-01)",
             "correct one of the dates")
