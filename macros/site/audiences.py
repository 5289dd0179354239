"""What each site gets: the staff play book sees everything, the public
stories site only what ``SiteData.public_only`` lets through."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..dates import today as build_day
from ..data import DataErrors, SiteData, load_site_data, read_all
from ..pages.index import PageIndex
from .examples import with_examples

AUDIENCES = ("staff", "public")


def site_data(root: Path, audience: str, docs_folder: str, pages: PageIndex,
              publish_version: str | None = None, examples: str | None = None,
              today: dt.date | None = None) -> SiteData:
    """This site's data, after checking every data file and this site's pages
    (``pages``, read once for the build, holds their problems).

    Raises ``DataErrors`` with every problem (the same ``path:line: message``
    lines as ``make check``); ``publish_version`` is the version `make version`
    is publishing, when it differs from data/playbook.yml's. ``examples``
    (`make demo` only: never published, never on the public site) is the
    folder of example data to add. ``today`` is the build's date (PLAYBOOK_TODAY,
    or the day, when not given), as of which the data is checked.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    if examples and (audience != "staff" or publish_version):
        raise ValueError("example data is for `make demo` only: never on the public site, never published")
    problems = []
    try:
        data = read_all(root, examples, today) if examples else load_site_data(root, today)
    except DataErrors as exc:
        problems += exc.errors
    problems += pages.problems_in(docs_folder)
    if problems:
        raise DataErrors(problems)
    if examples:
        return with_examples(data, today or build_day())
    data = data.published_as(publish_version)
    return data.public_only() if audience == "public" else data
