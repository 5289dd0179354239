"""``make review``: list the pages whose review is overdue, with their owners,
and the pages with no owner recorded.

Exit status, for a scheduled job: 0 when no page is overdue; non-zero when
a page is overdue (one line each, most overdue first) or when a page's
front matter cannot be read (its ``path:line: message``; fix with
``make check``). Pages with no owner are listed but do not fail it: an
owner is recorded when partners name one, not by a deadline.

"Today" is the real date unless PLAYBOOK_TODAY=YYYY-MM-DD says otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..dates import BadToday, today
from ..pages.review import overdue_lines
from ..render.page_macros import PAGE_NAMES


def main(args: list[str]) -> int:
    try:
        on = today()
    except BadToday as exc:
        print(exc, file=sys.stderr)
        return 1
    lines, unowned, problems = overdue_lines(Path.cwd(), on, PAGE_NAMES)
    for line in problems + lines + unowned:
        print(line)
    if unowned:
        print(f"{len(unowned)} page(s) have no owner recorded.", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in page front matter; fix them with `make check`.", file=sys.stderr)
        return 1
    if lines:
        print(f"{len(lines)} page(s) overdue for review on {on.isoformat()}. After reviewing a page, "
              "set its `last_reviewed:` to the review date.", file=sys.stderr)
        return 1
    print(f"No page is overdue for review on {on.isoformat()}.", file=sys.stderr)
    return 0
