"""When each file was last changed, from git history, for "Last updated".

One ``git log`` per build (not one per page), and never an error: outside
git, without git installed, or for a file not yet committed there is simply
no date.  In a shallow clone (CI's ``fetch-depth: 1``) git attributes every
older file to the clone's oldest commit; such dates are wrong, so files whose
last change is a shallow boundary commit get no date either.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..git import git_output


def _shallow_boundaries(root: Path) -> set[str]:
    path = git_output(root, "rev-parse", "--git-path", "shallow")
    shallow = Path(root) / path.strip() if path else None
    return set(shallow.read_text().split()) if shallow and shallow.is_file() else set()


def last_changed(root: Path) -> dict[str, dt.date]:
    """Path (relative to ``root``, with /) -> date of the last commit changing it."""
    log = git_output(root, "log", "--relative", "--no-renames", "--name-only", "--format=%x00%H %cs", "--", ".")
    if not log:
        return {}
    boundaries = _shallow_boundaries(root)
    dates: dict[str, dt.date] = {}
    for entry in log.split("\x00")[1:]:
        header, _, names = entry.partition("\n")
        commit, _, day = header.partition(" ")
        for name in filter(None, names.splitlines()):
            if name not in dates:
                dates[name] = None if commit in boundaries else dt.date.fromisoformat(day)
    return {name: day for name, day in dates.items() if day is not None}
