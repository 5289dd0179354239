"""What each site gets: the staff play book sees everything, the public
stories site only what ``SiteData.public_only`` lets through."""

from __future__ import annotations

from pathlib import Path

from ..data import DataErrors, SiteData, load_site_data
from ..pages.front_matter import read_pages

AUDIENCES = ("staff", "public")


def site_data(root: Path, audience: str, docs_folder: str, page_names: frozenset[str],
              publish_version: str | None = None) -> SiteData:
    """This site's data, after checking every data file and this site's pages.

    Raises ``DataErrors`` with every problem (the same ``path:line: message``
    lines as ``make check``); ``publish_version`` is the version `make version`
    is publishing, when it differs from data/playbook.yml's.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    problems = []
    try:
        data = load_site_data(root)
    except DataErrors as exc:
        problems += exc.errors
    problems += read_pages(root, page_names, (docs_folder,))[1]
    if problems:
        raise DataErrors(problems)
    data = data.published_as(publish_version)
    return data.public_only() if audience == "public" else data
