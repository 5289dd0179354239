"""Built pages that stay current: the overdue notice, the owner and review dates, "Last updated"
from git (left out where git cannot know it) and "Edit this page".

A copy of the tests' own play book in git (committed 4 March 2026), its offer page reviewed
on 1 November 2026 and its home page on 1 May 2027 (both every 6 months), one page not yet
committed; its staff site built on 1 June 2027 (PLAYBOOK_TODAY) with an edit address
(PLAYBOOK_EDIT_URL), in this process.
"""

import re
from html import unescape

import pytest
from support.git import git, init_repository
from support.html import squash
from support.projects import Project, fixture_project

TODAY = "2027-06-01"
EDIT_URL = "https://example.org/playbook/edit/main/"


def build_with(project: Project, **environment: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        result = project.build("playbook")
    assert result.ok, result.output


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> Project:
    project = fixture_project(tmp_path_factory.mktemp("reviewed") / "fixture")
    project.replace("docs/offer.md", "last_reviewed: 2026-01-15", "last_reviewed: 2026-11-01")
    project.replace("docs/index.md", "last_reviewed: 2026-01-15", "last_reviewed: 2027-05-01")
    init_repository(project, date="2026-03-04T12:00:00+00:00")
    project.write("docs/new-page.md", "---\nowner: QI team\nlast_reviewed: 2027-05-01\nreview_in: 6 months\n"
                  "---\n# A page not yet committed\n")
    build_with(project, PLAYBOOK_TODAY=TODAY, PLAYBOOK_EDIT_URL=EDIT_URL)
    return project


def words(html: str) -> str:
    """The text as read: tags removed without adding spaces (a date is followed by its full stop)."""
    return squash(unescape(re.sub(r"<[^>]+>", "", html)))


def facts_of(html: str) -> str:
    return words(re.search(r'<aside class="ogic-page-facts"[^>]*>(.*?)</aside>', html, re.S).group(1))


def test_an_overdue_page_tells_readers_before_its_heading(reviewed):
    html = reviewed.page("playbook", "offer/")
    notice = re.search(r'<div class="admonition warning ogic-review-notice" role="note">(.*?)</div>', html, re.S)
    assert words(notice.group(1)) == (
        "This page is overdue for review It was last reviewed on 1 November 2026 and was due for review by "
        "1 May 2027, so some of it may be out of date. The page's owner is Fixture team.")
    assert notice.start() < html.index("<h1")


def test_a_page_within_its_review_period_has_no_notice(reviewed):
    html = reviewed.page("playbook", "")
    assert "ogic-review-notice" not in html
    assert "next review due" in html and "1 November 2027" in html


def test_every_page_names_its_owner_review_dates_and_last_commit(reviewed):
    assert facts_of(reviewed.page("playbook", "offer/")) == (
        "Page owner: Fixture team. Last reviewed 1 November 2026; review was due 1 May 2027. "
        "Last updated 4 March 2026.")


def test_last_updated_is_left_out_for_a_page_not_yet_committed(reviewed):
    facts = facts_of(reviewed.page("playbook", "new-page/"))
    assert facts.startswith("Page owner: QI team.") and "Last updated" not in facts


def test_edit_this_page_links_to_the_pages_source(reviewed):
    html = reviewed.page("playbook", "offer/")
    assert re.search(rf'<a href="{EDIT_URL}docs/offer.md" title="Edit this page"', html)


def test_without_an_edit_address_there_is_no_edit_link(fixture_built):
    html = fixture_built.page("playbook", "offer/")
    assert "Page owner:" in html and 'title="Edit this page"' not in html and 'rel="edit"' not in html


def test_a_shallow_clone_builds_strictly_without_wrong_dates(reviewed, tmp_path):
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{reviewed.path}", str(clone.path))
    (clone.path / ".venv").symlink_to(reviewed.path / ".venv")
    build_with(clone, PLAYBOOK_TODAY=TODAY)
    facts = facts_of(clone.page("playbook", "offer/"))
    assert facts.startswith("Page owner: Fixture team.") and "Last updated" not in facts
