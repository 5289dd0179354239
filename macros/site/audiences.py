"""What each site gets: the staff play book sees everything, the public
stories site only what ``SiteData.public_only`` lets through."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from ..analysis.open_items import OpenItem, data_items, page_items
from ..data import DataErrors, SiteData, load_site_data, read_all
from ..pages.body_checks import PageNames
from ..pages.front_matter import read_pages
from ..pages.macro_calls import MacroCall, macro_calls
from ..addresses import page_url
from .examples import with_examples

AUDIENCES = ("staff", "public")


def site_data(root: Path, audience: str, docs_folder: str, page_names: PageNames,
              publish_version: str | None = None, examples: str | None = None,
              today: dt.date | None = None) -> SiteData:
    """This site's data, after checking every data file and this site's pages.

    Raises ``DataErrors`` with every problem (the same ``path:line: message``
    lines as ``make check``); ``publish_version`` is the version `make version`
    is publishing, when it differs from data/playbook.yml's. ``examples``
    (`make demo` only: never published, never on the public site) is the
    folder of example data to add, as of ``today``.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    if examples and (audience != "staff" or publish_version):
        raise ValueError("example data is for `make demo` only: never on the public site, never published")
    problems = []
    try:
        data = read_all(root, examples) if examples else load_site_data(root)
    except DataErrors as exc:
        problems += exc.errors
    problems += read_pages(root, page_names, (docs_folder,))[1]
    if problems:
        raise DataErrors(problems)
    if examples:
        return with_examples(data, today or dt.date.today())
    data = data.published_as(publish_version)
    return data.public_only() if audience == "public" else data


def open_items(root: Path, docs_folder: str, data: SiteData, page_names: PageNames,
               public_folder: str = "docs-public") -> list[OpenItem]:
    """Every gap of the play book: in its data, and in its pages (stated in
    their own words, or a page with no owner), for the staff-only open-items
    page. The public site's own pages are listed too: it leaves their gaps out,
    so this page is the only place editors see them."""
    calls = macro_calls(root, docs_folder)
    shown_on: dict[str, str] = {}
    for call in calls:
        shown_on.setdefault(call.name, call.url)
    items = data_items(data, shown_on) + _page_gaps(root, docs_folder, page_names, calls)
    if (Path(root) / public_folder).is_dir():
        public_gaps = _page_gaps(root, public_folder, page_names, macro_calls(root, public_folder))
        items += [replace(item, url=None, public=True) for item in public_gaps]
    return items


def _page_gaps(root: Path, folder: str, page_names: PageNames, calls: list[MacroCall]) -> list[OpenItem]:
    records, _ = read_pages(root, page_names, (folder,))
    unowned = [(record.path, page_url(record.path.removeprefix(folder + "/")))
               for record in records if not record.meta.owner]
    return page_items(calls, unowned)
