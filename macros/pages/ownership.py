"""What a reader is told about a page: who owns it, when it was reviewed and
last changed, and whether its review is overdue (from its front matter)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import ValidationError

from ..data.models import PageMeta
from ..dates import long_date


@dataclass(frozen=True)
class DateText:
    iso: str   # for <time datetime="...">
    text: str  # as readers see it

    @classmethod
    def of(cls, date: dt.date) -> "DateText":
        return cls(date.isoformat(), long_date(date))


@dataclass(frozen=True)
class PageFacts:
    owner: str | None  # None: to be confirmed
    review_in: str
    last_reviewed: DateText | None  # None: never reviewed (nothing is said)
    next_review: DateText | None
    overdue: bool
    last_updated: DateText | None


def page_facts(meta: dict, today: dt.date, last_updated: dt.date | None) -> PageFacts | None:
    """The facts of a written page's front matter (None if it cannot be read:
    `make check` reports that). Only what is recorded is stated."""
    try:
        page = PageMeta.model_validate(meta)
    except ValidationError:
        return None
    reviewed, due = page.last_reviewed, page.next_review()
    return PageFacts(
        owner=page.owner,
        review_in=page.review_in,
        last_reviewed=DateText.of(reviewed) if reviewed else None,
        next_review=DateText.of(due) if due else None,
        overdue=page.is_overdue(today),
        last_updated=DateText.of(last_updated) if last_updated else None,
    )


def edit_url(base: str | None, path: str | None) -> str | None:
    """The "Edit this page" address: the repository's edit address + the file's path."""
    if not base or not path:
        return None
    return base.rstrip("/") + "/" + path
