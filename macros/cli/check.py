"""``make check``: validate every data file and page front matter, no build.

Prints one ``path:line: message`` line per problem and exits 1, or exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..data import DataErrors, load_site_data, read_all
from ..pages.front_matter import read_pages
from ..render.page_macros import PAGE_NAMES
from .version import Refused, check_ids_recorded


def problems(root: Path) -> list[str]:
    errors = []
    try:
        read_all(root)
    except DataErrors as exc:
        errors += exc.errors
    errors += read_pages(root, PAGE_NAMES)[1]
    return [str(e) for e in sorted(set(errors))]


def publishing_notes(root: Path) -> list[str]:
    """Not errors, but what `make version` will ask for: new offer and action
    ids must be recorded in data/published_ids.yml before they are published."""
    try:
        check_ids_recorded(root, load_site_data(root))
    except Refused as exc:
        return str(exc).splitlines()
    return []


def main(args: list[str]) -> int:
    root = Path.cwd()
    lines = problems(root)
    for line in lines:
        print(line)
    if lines:
        print(f"{len(lines)} problem(s) found.", file=sys.stderr)
        return 1
    for note in publishing_notes(root):
        print(f"note: {note}", file=sys.stderr)
    print("All data files and pages are valid.", file=sys.stderr)
    return 0
