"""Which pages are overdue for review, most overdue first (``make review``)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .front_matter import read_pages


def _line_of_last_reviewed(file: Path) -> int:
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(r"last_reviewed\s*:", line):
            return number
    return 1


def overdue_lines(root: Path, on: dt.date, names: frozenset[str]) -> tuple[list[str], list[str]]:
    """(one line per overdue page, most overdue first; front matter problems).
    ``names`` are the macros pages may use (for the body checks)."""
    records, errors = read_pages(root, names)
    overdue = sorted((r for r in records if r.meta.is_overdue(on)), key=lambda r: (r.meta.next_review(), r.path))
    lines = [
        f"{r.path}:{_line_of_last_reviewed(Path(root) / r.path)}: review overdue since "
        f"{r.meta.next_review().isoformat()}; owner: {r.meta.owner}; last reviewed "
        f"{r.meta.last_reviewed.isoformat()}, reviewed every {r.meta.review_in}"
        for r in overdue
    ]
    return lines, [str(e) for e in sorted(set(errors))]
