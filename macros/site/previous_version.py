"""The previous published version's delivery.json, read from the local git
repository: no network, and nothing at all when there is nothing to read.

`make version` publishes each version with mike into the gh-pages branch
(macros/cli/version.py): gh-pages:versions.json lists the versions, and
gh-pages:<version>/delivery.json is each one's plan as published.  The
version compared with is the newest published one older than the version
being built.  A clean clone may have gh-pages only as origin's branch; that
is read when there is no local one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..data.models.versions import version_key
from ..git import pages_json


@dataclass(frozen=True)
class PreviousDelivery:
    version: str | None = None         # the version compared with; None: no earlier published version
    actions: list[dict] | None = None  # its delivery.json; None: that version has none (or it is unreadable)


def _key(version) -> tuple[int, ...] | None:
    try:
        return version_key(version) if isinstance(version, str) else None
    except ValueError:  # an alias or a version mike was given by hand, not X.Y
        return None


def previous_version(published: list[dict], current: str) -> str | None:
    """The newest version in mike's versions.json older than ``current``."""
    older = [entry.get("version") for entry in published if isinstance(entry, dict)]
    older = [v for v in older if _key(v) is not None and _key(v) < version_key(current)]
    return max(older, key=version_key, default=None)


def previous_delivery(root: Path, current: str) -> PreviousDelivery:
    published = pages_json(root, "versions.json")
    version = previous_version(published if isinstance(published, list) else [], current)
    if version is None:
        return PreviousDelivery()
    actions = pages_json(root, f"{version}/delivery.json")
    return PreviousDelivery(version, actions if isinstance(actions, list) else None)


@dataclass(frozen=True)
class ProgressContext:
    """What the progress report needs beyond the data."""

    today: dt.date  # the build date (PLAYBOOK_TODAY sets it)
    plan_url: str | None  # the page showing the delivery plan, relative to the site root
    previous: PreviousDelivery  # the version to compare with


def progress_context(root: Path, plan_pages: list[str], data, today: dt.date) -> ProgressContext:
    """``plan_pages``: the URLs of the pages showing the delivery plan (one, when all is well)."""
    return ProgressContext(today, plan_pages[0] if len(plan_pages) == 1 else None,
                           previous_delivery(root, data.playbook.version))
