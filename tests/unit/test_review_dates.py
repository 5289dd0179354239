"""Page owners and review dates: when a page's review falls due, and what readers are told.

Always with a fixed "today"; the built pages are checked in
tests/build/test_page_ownership_in_pages.py.
"""

import datetime as dt

import pytest

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
    # Validated as of a later build: a review date is never after the build's.
    page = PageMeta.model_validate(meta(last_reviewed, review_in), context={"today": dt.date(2027, 1, 1)})
    assert page.next_review() == dt.date.fromisoformat(due)


def test_a_page_is_overdue_only_after_its_review_date():
    page = PageMeta.model_validate(meta("2026-11-25"))
    assert not page.is_overdue(dt.date(2027, 5, 25))
    assert page.is_overdue(dt.date(2027, 5, 26))


def test_page_facts_give_readers_the_owner_and_the_dates_in_words():
    facts = page_facts(meta("2026-11-25"), dt.date(2027, 6, 1), dt.date(2026, 3, 4))
    assert (facts.owner, facts.overdue) == ("QI team", True)
    assert (facts.next_review.iso, facts.next_review.text) == ("2027-05-25", "25 May 2027")
    assert facts.last_updated.text == "4 March 2026"
    assert page_facts(meta("2026-11-25"), dt.date(2027, 5, 25), None).overdue is False


def test_a_page_with_nothing_recorded_says_only_that_its_owner_is_to_be_confirmed():
    facts = page_facts({"title": "A page"}, dt.date(2027, 6, 1), None)
    assert (facts.owner, facts.last_reviewed, facts.next_review, facts.overdue) == (None, None, None, False)


def test_front_matter_that_cannot_be_read_gives_no_facts():
    assert page_facts({"owner": ["not", "text"]}, dt.date(2027, 6, 1), None) is None
