"""The play book's identity (data/playbook.yml) and page front matter."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import StrictBool, Field, StringConstraints

from .base import Model, PastDay, Public, Text

VERSION_PATTERN = r"^[0-9]{1,4}\.[0-9]{1,4}$"
Version = Annotated[str, StringConstraints(pattern=VERSION_PATTERN)]


class Playbook(Model):
    """Who we are and which version this is: shown in the banner on every page."""

    title: Public[Text]
    subtitle: Public[Text]
    version: Public[Version] = Field(description='The version being drafted, as text: "10.0".')
    status: Public[Literal["draft", "agreed"]]
    status_label: Public[Text] = Field(description="How the status reads in the banner.")
    social: Public[Text | None] = None
    website: Public[Text | None] = None

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


# At most 999 of a unit (ASCII digits): a review is never due beyond the dates a calendar holds.
REVIEW_INTERVAL_PATTERN = r"^[0-9]{1,3} (day|week|month|year)s?$"
ReviewInterval = Annotated[str, StringConstraints(pattern=REVIEW_INTERVAL_PATTERN)]


class PageMeta(Model):
    """Front matter every page carries, so every page has an owner."""

    title: Text | None = None
    description: Text | None = None
    owner: Text | None = Field(None, description="The team or role who keeps this page current, once one is "
                               "recorded; until then the page says its owner is to be confirmed.")
    last_reviewed: PastDay | None = Field(None, description="When the owner last checked the page: YYYY-MM-DD. "
                                          "Only once a review has happened; never guess it.")
    review_in: ReviewInterval = Field("6 months", description='How long after a review the next one is due: '
                                      '"6 months".')
    # Material for MkDocs keys that editors may use.
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = []
    icon: Text | None = None
    template: Text | None = None
    search: dict[Literal["exclude"], StrictBool] | None = Field(None, description="`exclude: true` leaves the page "
                                                          "out of the site's search.")
    render_macros: StrictBool | None = None

    def next_review(self) -> dt.date | None:
        """The date by which the owner should review the page again (None before a first review)."""
        if self.last_reviewed is None:
            return None
        count, unit = self.review_in.split()
        count = int(count)
        unit = unit.rstrip("s")
        if unit == "day":
            return self.last_reviewed + dt.timedelta(days=count)
        if unit == "week":
            return self.last_reviewed + dt.timedelta(weeks=count)
        months = count * (12 if unit == "year" else 1)
        year, month = divmod(self.last_reviewed.month - 1 + months, 12)
        year += self.last_reviewed.year
        day = min(self.last_reviewed.day, _days_in_month(year, month + 1))
        return dt.date(year, month + 1, day)

    def is_overdue(self, today: dt.date) -> bool:
        due = self.next_review()
        return due is not None and today > due


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day
