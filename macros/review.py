"""``make review``: list the pages whose review is overdue, with their owners.

Exit status, for a scheduled job: 0 when no page is overdue; non-zero when
a page is overdue (one line each, most overdue first) or when a page's
front matter cannot be read (its ``path:line: message``; fix with
``make check``).  Under make, any failure exits 2.

"Today" is the real date unless PLAYBOOK_TODAY=YYYY-MM-DD says otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from .dates import BadToday, today
from .pages import read_pages

DOCS_FOLDERS = ["docs", "docs-public"]


def _line_of_last_reviewed(file: Path) -> int:
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(r"last_reviewed\s*:", line):
            return number
    return 1


def overdue_lines(root: Path, on: dt.date) -> tuple[list[str], list[str]]:
    """(one line per overdue page, most overdue first; front matter problems)."""
    folders = [folder for folder in DOCS_FOLDERS if (Path(root) / folder).is_dir()]
    records, errors = read_pages(root, folders)
    overdue = sorted((r for r in records if r.meta.is_overdue(on)), key=lambda r: (r.meta.next_review(), r.path))
    lines = [
        f"{r.path}:{_line_of_last_reviewed(Path(root) / r.path)}: review overdue since "
        f"{r.meta.next_review().isoformat()}; owner: {r.meta.owner}; last reviewed "
        f"{r.meta.last_reviewed.isoformat()}, reviewed every {r.meta.review_in}"
        for r in overdue
    ]
    return lines, [str(e) for e in sorted(set(errors))]


def main() -> int:
    try:
        on = today()
    except BadToday as exc:
        print(exc, file=sys.stderr)
        return 1
    lines, problems = overdue_lines(Path.cwd(), on)
    for line in problems + lines:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) in page front matter; fix them with `make check`.", file=sys.stderr)
        return 1
    if lines:
        print(f"{len(lines)} page(s) overdue for review on {on.isoformat()}. After reviewing a page, "
              "set its `last_reviewed:` to the review date.", file=sys.stderr)
        return 1
    print(f"No page is overdue for review on {on.isoformat()}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
