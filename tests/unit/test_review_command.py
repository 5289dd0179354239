"""`make review` in this process (macros.cli.review.main) on a copy of the tests' own play book:
which pages are overdue, with owners and dates, which have no owner, and its exit status for a
scheduled job.

Every fixture page but one was last reviewed on 2026-01-15 and is reviewed every 6 months, so
each falls due on 2026-07-15; docs/unowned.md records neither an owner nor a review. The one
end-to-end `make review` is in tests/build/test_commands.py.
"""

import pytest

from macros.cli.review import main as review

UNOWNED = ("docs/unowned.md:1: no owner recorded; add `owner:` (the team or role who keeps the page current) "
           "to its front matter")


@pytest.fixture
def run(fixture_site, monkeypatch, capsys):
    """Call `make review` with PLAYBOOK_TODAY set, in the fixture copy: (exit status, stdout, stderr)."""
    monkeypatch.chdir(fixture_site.path)

    def call(today: str) -> tuple[int, str, str]:
        monkeypatch.setenv("PLAYBOOK_TODAY", today)
        status = review([])
        out, err = capsys.readouterr()
        return status, out, err
    return call


def test_review_passes_while_no_page_is_due(run):
    status, out, err = run("2026-07-15")
    # A page without an owner is listed, but does not fail a scheduled job.
    assert (status, out.splitlines()) == (0, [UNOWNED])
    assert "No page is overdue for review on 2026-07-15." in err
    assert "1 page(s) have no owner recorded." in err


def test_review_lists_overdue_pages_most_overdue_first_with_owners_and_dates(fixture_site, run):
    fixture_site.replace("docs/offer.md", "last_reviewed: 2026-01-15", "last_reviewed: 2025-06-01")
    fixture_site.replace("docs/stories.md", "last_reviewed: 2026-01-15\nreview_in: 6 months",
                         "last_reviewed: 2025-06-01\nreview_in: 3 months")
    status, out, err = run("2026-02-01")
    assert status != 0
    assert out.splitlines() == [
        f"docs/stories.md:{fixture_site.line_of('docs/stories.md', 'last_reviewed:')}: review overdue since "
        "2025-09-01; owner: Fixture team; last reviewed 2025-06-01, reviewed every 3 months",
        f"docs/offer.md:{fixture_site.line_of('docs/offer.md', 'last_reviewed:')}: review overdue since "
        "2025-12-01; owner: Fixture team; last reviewed 2025-06-01, reviewed every 6 months",
        UNOWNED]
    assert "2 page(s) overdue for review on 2026-02-01" in err


def test_review_fails_on_front_matter_it_cannot_read(fixture_site, run):
    fixture_site.write("docs/offer.md", "---\nowner: x\nlast_reviewed: soon\nreview_in: 6 months\n---\n# Offer\n")
    status, out, err = run("2026-02-01")
    assert status != 0
    assert out.startswith("docs/offer.md:3: `last_reviewed` must be a date")
    assert "fix them with `make check`" in err


def test_review_refuses_a_today_that_is_not_a_date(run):
    status, out, err = run("next week")
    assert status != 0 and out == ""
    assert "PLAYBOOK_TODAY='next week' is not a date" in err
