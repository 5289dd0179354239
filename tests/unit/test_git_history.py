""""Last updated" dates come from each file's last commit, and only where git can know them
(not outside git, not for the files a shallow clone's history cuts short).

On a copy of the tests' own play book made into a throw-away git repository.
"""

import datetime as dt

from support.git import commit_all, git, init_repository

from macros.pages.git_history import last_changed


def with_two_commits(project) -> None:
    """Everything committed on 10 January 2026; docs/offer.md changed again on 20 February."""
    init_repository(project, date="2026-01-10T09:00:00+00:00")
    project.write("docs/offer.md", project.read("docs/offer.md") + "\nMore.\n")
    commit_all(project, "Offer edited", date="2026-02-20T09:00:00+00:00")


def test_dates_come_from_each_files_last_commit(fixture_site):
    with_two_commits(fixture_site)
    dates = last_changed(fixture_site.path)
    assert dates["docs/offer.md"] == dt.date(2026, 2, 20)
    assert dates["docs/index.md"] == dt.date(2026, 1, 10)


def test_in_a_shallow_clone_only_dates_git_can_know_are_given(fixture_site, tmp_path):
    with_two_commits(fixture_site)
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{fixture_site.path}", "one")
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{fixture_site.path}", "two")
    assert last_changed(tmp_path / "one") == {}
    assert last_changed(tmp_path / "two") == {"docs/offer.md": dt.date(2026, 2, 20)}


def test_outside_git_there_are_no_dates_and_no_error(tmp_path):
    (tmp_path / "page.md").write_text("# A page\n")
    assert last_changed(tmp_path) == {}
