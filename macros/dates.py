"""Dates as readers see them, and "today" as the build sees it.

``today()`` reads PLAYBOOK_TODAY (YYYY-MM-DD) when it is set, so tests and
editors can ask "what will be overdue on this date?" without waiting for it.
"""

from __future__ import annotations

import datetime as dt
import os

TODAY_VARIABLE = "PLAYBOOK_TODAY"


class BadToday(ValueError):
    """PLAYBOOK_TODAY is set but is not a date."""


def today() -> dt.date:
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadToday(f"{TODAY_VARIABLE}={value!r} is not a date; write it YYYY-MM-DD or unset it") from None


def long_date(date: dt.date) -> str:
    """25 November 2026: the GOV.UK style, unambiguous in every locale."""
    return f"{date.day} {date:%B %Y}"
