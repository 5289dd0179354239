"""Which pages are overdue for review, most overdue first, and which have no
owner recorded (``make review``)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .body_checks import PageNames
from .front_matter import read_pages


def _line_of(file: Path, key: str) -> int:
    """The line of ``key:`` in the page's front matter (1, its first line, when absent)."""
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(rf"{key}\s*:", line):
            return number
    return 1


def overdue_lines(root: Path, on: dt.date, names: PageNames) -> tuple[list[str], list[str], list[str]]:
    """(one line per overdue page, most overdue first; one line per page with
    no owner recorded; front matter problems). ``names`` are the macros pages
    may use (for the body checks)."""
    records, errors = read_pages(root, names)
    overdue = sorted((r for r in records if r.meta.is_overdue(on)), key=lambda r: (r.meta.next_review(), r.path))
    lines = [
        f"{r.path}:{_line_of(Path(root) / r.path, 'last_reviewed')}: review overdue since "
        f"{r.meta.next_review().isoformat()}; owner: {r.meta.owner or 'to be confirmed'}; last reviewed "
        f"{r.meta.last_reviewed.isoformat()}, reviewed every {r.meta.review_in}"
        for r in overdue
    ]
    unowned = [f"{r.path}:1: no owner recorded; add `owner:` (the team or role who keeps the page current) "
               "to its front matter" for r in sorted(records, key=lambda r: r.path) if not r.meta.owner]
    return lines, unowned, [str(e) for e in sorted(set(errors))]
