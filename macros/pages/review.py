"""Which pages are overdue for review, most overdue first, and which have no
owner recorded (``make review``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..data.wording import excerpt
from .body_checks import PageNames
from .index import PageIndex


def overdue_lines(root: Path, on: dt.date, names: PageNames) -> tuple[list[str], list[str], list[str]]:
    """(one line per overdue page, most overdue first; one line per page with
    no owner recorded; front matter problems). ``names`` are the macros pages
    may use (for the body checks)."""
    index = PageIndex.read(root, names)
    records, errors = index.pages, index.problems
    overdue = sorted((r for r in records if r.meta.is_overdue(on)), key=lambda r: (r.meta.next_review(), r.path))
    lines = [
        f"{r.path}:{r.line_of('last_reviewed')}: review overdue since "
        f"{r.meta.next_review().isoformat()}; owner: {excerpt(r.meta.owner or 'to be confirmed')}; last reviewed "
        f"{r.meta.last_reviewed.isoformat()}, reviewed every {r.meta.review_in}"
        for r in overdue
    ]
    unowned = [f"{r.path}:1: no owner recorded; add `owner:` (the team or role who keeps the page current) "
               "to its front matter" for r in sorted(records, key=lambda r: r.path) if not r.meta.owner]
    return lines, unowned, [str(e) for e in sorted(set(errors))]
