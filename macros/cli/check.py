"""``make check``: validate every data file and page front matter, no build.

Prints one ``path:line: message`` line per problem and exits 1, or exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..data import DataErrors, read_all
from ..data.errors import at_most_per_file
from ..dates import BadToday, today
from ..pages.index import PageIndex
from ..render.page_macros import PAGE_NAMES
from ..site.page_anchors import check_anchor_problems
from ..site.public_macros import public_macro_problems


def check(root: Path) -> tuple[list[str], list[str]]:
    """(one line per problem, sorted; the notes on what `make version` will ask for)."""
    errors, notes = [], []
    pages = PageIndex.read(root, PAGE_NAMES)
    try:
        data = read_all(root)
        notes = list(data.publishing_notes)
        # The public site's pages, tried with what the public site publishes (as its build will).
        errors += public_macro_problems(data, pages, today())
        # Links to parts of pages, checked on the pages as their builds make them.
        errors += check_anchor_problems(data, pages, today())
    except DataErrors as exc:
        errors += exc.errors
    errors += pages.problems
    return [str(e) for e in at_most_per_file(errors)], notes


def problems(root: Path) -> list[str]:
    return check(root)[0]


def main(args: list[str]) -> int:
    try:
        lines, notes = check(Path.cwd())
    except BadToday as exc:
        print(exc, file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    if lines:
        print(f"{len(lines)} problem(s) found.", file=sys.stderr)
        return 1
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print("All data files and pages are valid.", file=sys.stderr)
    return 0
