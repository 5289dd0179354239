"""Pages that stay current: review dates (always with a fixed "today"),
`make review`, the overdue notice, "Edit this page" and "Last updated"."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess

import pytest
from git_helpers import commit_all, git, init_repository

from macros.pages.git_history import last_changed
from macros.data.models import PageMeta
from macros.pages.ownership import page_facts


def meta(last_reviewed: str, review_in: str = "6 months", **extra) -> dict:
    return {"owner": "QI team", "last_reviewed": dt.date.fromisoformat(last_reviewed), "review_in": review_in,
            **extra}


@pytest.mark.parametrize("last_reviewed, review_in, due", [
    ("2026-11-25", "6 months", "2027-05-25"),
    ("2026-08-31", "6 months", "2027-02-28"),  # no 31 February: the month's last day
    ("2024-02-29", "1 year", "2025-02-28"),
    ("2026-12-20", "2 weeks", "2027-01-03"),
    ("2026-01-01", "30 days", "2026-01-31"),
])
def test_next_review_date(last_reviewed, review_in, due):
    assert PageMeta.model_validate(meta(last_reviewed, review_in)).next_review() == dt.date.fromisoformat(due)


def test_a_page_is_overdue_only_after_its_review_date():
    page = PageMeta.model_validate(meta("2026-11-25"))
    assert not page.is_overdue(dt.date(2027, 5, 25))
    assert page.is_overdue(dt.date(2027, 5, 26))


def test_page_facts_for_readers():
    facts = page_facts(meta("2026-11-25"), dt.date(2027, 6, 1), dt.date(2026, 3, 4))
    assert (facts.owner, facts.overdue) == ("QI team", True)
    assert (facts.next_review.iso, facts.next_review.text) == ("2027-05-25", "25 May 2027")
    assert facts.last_updated.text == "4 March 2026"
    assert page_facts({"title": "A generated page"}, dt.date(2027, 6, 1), None) is None


def review(project, today: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", "review"], cwd=project.path, capture_output=True,
                          text=True, env={**os.environ, "PLAYBOOK_TODAY": today})


def test_make_review_passes_while_no_page_is_due(project):
    result = review(project, "2027-05-25")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "No page is overdue for review on 2027-05-25." in result.stderr


def test_make_review_lists_overdue_pages_with_owners_and_dates(project):
    offer = project.read("docs/offer.md")
    project.write("docs/offer.md", offer.replace("last_reviewed: 2026-11-25", "last_reviewed: 2026-06-01"))
    result = review(project, "2027-01-01")
    assert result.returncode != 0
    assert result.stdout.splitlines() == [
        "docs/offer.md:4: review overdue since 2026-12-01; owner: Improvement Community system team; "
        "last reviewed 2026-06-01, reviewed every 6 months"]
    assert "1 page(s) overdue for review on 2027-01-01" in result.stderr


def test_make_review_fails_on_front_matter_it_cannot_read(project):
    project.write("docs/offer.md", "---\nowner: x\nlast_reviewed: soon\nreview_in: 6 months\n---\n# Offer\n")
    result = review(project, "2027-01-01")
    assert result.returncode != 0
    assert result.stdout.startswith("docs/offer.md:3: `last_reviewed` must be a date")
    assert "Traceback" not in result.stderr


def test_make_review_refuses_a_bad_today(project):
    result = review(project, "next week")
    assert result.returncode != 0
    assert "PLAYBOOK_TODAY='next week' is not a date" in result.stderr


def build_playbook(path, **env) -> subprocess.CompletedProcess:
    return subprocess.run([str(path / ".venv/bin/mkdocs"), "build", "--strict", "-f", "mkdocs.yml"], cwd=path,
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The play book in git (committed 4 March 2026), offer page reviewed long ago,
    one page not yet committed, built on 1 June 2027 with an edit address."""
    from conftest import copy_project
    project = copy_project(tmp_path_factory.mktemp("reviewed") / "project")
    offer = project.read("docs/offer.md")
    project.write("docs/offer.md", offer.replace("last_reviewed: 2026-11-25", "last_reviewed: 2026-11-01"))
    index = project.read("docs/index.md")
    project.write("docs/index.md", index.replace("last_reviewed: 2026-11-25", "last_reviewed: 2027-05-01"))
    init_repository(project, date="2026-03-04T12:00:00+00:00")
    project.write("docs/new-page.md", "---\nowner: QI team\nlast_reviewed: 2027-05-01\nreview_in: 6 months\n"
                  "---\n# A page not yet committed\n")
    result = build_playbook(project.path, PLAYBOOK_TODAY="2027-06-01",
                            PLAYBOOK_EDIT_URL="https://example.org/playbook/edit/main/")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def test_an_overdue_page_tells_readers(reviewed):
    html = reviewed.read("site/playbook/offer/index.html")
    notice = re.search(r'<div class="admonition warning ogic-review-notice" role="note">(.*?)</div>', html, re.S)
    text = " ".join(re.sub(r"<[^>]+>", "", notice.group(1)).split())
    assert text == ("This page is overdue for review It was last reviewed on 1 November 2026 and was due for "
                    "review by 1 May 2027, so some of it may be out of date. The page's owner is Improvement "
                    "Community system team.")
    assert notice.start() < html.index("<h1")


def test_a_page_within_its_review_period_has_no_notice(reviewed):
    html = reviewed.read("site/playbook/index.html")
    assert "ogic-review-notice" not in html
    assert "next review due" in html and "1 November 2027" in html


def test_every_page_names_its_owner_and_review_dates(reviewed):
    html = reviewed.read("site/playbook/offer/index.html")
    facts = " ".join(re.sub(r"<[^>]+>", "", re.search(r'<aside class="ogic-page-facts"[^>]*>(.*?)</aside>',
                                                      html, re.S).group(1)).split())
    assert facts == ("Page owner: Improvement Community system team. Last reviewed 1 November 2026; review was "
                     "due 1 May 2027. Last updated 4 March 2026.")


def test_last_updated_is_left_out_for_a_page_not_yet_committed(reviewed):
    html = reviewed.read("site/playbook/new-page/index.html")
    assert "Page owner:" in html and "Last updated" not in html


def test_edit_this_page_links_to_the_pages_source(reviewed):
    html = reviewed.read("site/playbook/offer/index.html")
    assert re.search(r'<a href="https://example.org/playbook/edit/main/docs/offer.md" title="Edit this page"', html)


def test_without_an_edit_address_there_is_no_edit_link(built):
    assert 'rel="edit"' not in built.read("site/playbook/offer/index.html")


def test_a_shallow_clone_builds_strictly_without_wrong_dates(reviewed, tmp_path):
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{reviewed.path}", str(clone))
    (clone / ".venv").symlink_to(reviewed.path / ".venv")
    result = build_playbook(clone, PLAYBOOK_TODAY="2027-06-01")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (clone / "site/playbook/offer/index.html").read_text(encoding="utf-8")
    assert "Page owner:" in html and "Last updated" not in html


def test_dates_come_from_each_files_last_commit(project):
    init_repository(project, date="2026-01-10T09:00:00+00:00")
    project.write("docs/offer.md", project.read("docs/offer.md") + "\nMore.\n")
    commit_all(project, "Offer edited", date="2026-02-20T09:00:00+00:00")
    dates = last_changed(project.path)
    assert dates["docs/offer.md"] == dt.date(2026, 2, 20)
    assert dates["docs/index.md"] == dt.date(2026, 1, 10)


def test_in_a_shallow_clone_only_dates_git_can_know_are_given(project, tmp_path):
    init_repository(project, date="2026-01-10T09:00:00+00:00")
    project.write("docs/offer.md", project.read("docs/offer.md") + "\nMore.\n")
    commit_all(project, "Offer edited", date="2026-02-20T09:00:00+00:00")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{project.path}", "one")
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{project.path}", "two")
    assert last_changed(tmp_path / "one") == {}
    assert last_changed(tmp_path / "two") == {"docs/offer.md": dt.date(2026, 2, 20)}


def test_outside_git_there_are_no_dates_and_no_error(tmp_path):
    (tmp_path / "page.md").write_text("# A page\n")
    assert last_changed(tmp_path) == {}
