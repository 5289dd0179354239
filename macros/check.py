"""``make check``: validate every data file and page front matter, no build.

Prints one ``path:line: message`` line per problem and exits 1, or exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import DataErrors
from .loader import read_all
from .pages import read_pages

DOCS_FOLDERS = ["docs", "docs-public"]


def problems(root: Path) -> list[str]:
    errors = []
    try:
        read_all(root)
    except DataErrors as exc:
        errors += exc.errors
    errors += read_pages(root, [d for d in DOCS_FOLDERS if (Path(root) / d).is_dir()])[1]
    return [str(e) for e in sorted(set(errors))]


def main() -> int:
    lines = problems(Path.cwd())
    for line in lines:
        print(line)
    if lines:
        print(f"{len(lines)} problem(s) found.", file=sys.stderr)
        return 1
    print("All data files and pages are valid.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
