"""`make check`'s links to parts of pages: each written page is made as its
site's build makes it (its macros run with that site's data, then the sites'
Markdown), so that a link to a heading or item that is not there is the same
``path:line`` line as from `make build` (macros/pages/anchors.py).

What a macro makes only in a build (the home page's list of the navigation,
the Board's comparison with the previous published version) is left out here,
and the page's ids are then incomplete: a link to an id not found there is
left to the build, which has it."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ..analysis.measures import MeasureCharts
from ..analysis.projects import pdsa_annotations
from ..data import DataError, NotOnThisSite, SiteData
from ..pages.anchors import PageIds, anchor_problems, html_of
from ..pages.body_checks import JINJA
from ..pages.front_matter import PageRecord
from ..pages.index import PageIndex
from ..pages.links import links_in
from ..render.page_macros import MACROS, MacroMisuse, PageMacros
from .open_items import open_items

# Macros whose output needs what only a build has: the navigation, the previous published version.
BUILD_ONLY = frozenset({"site_sections", "progress_report"})


def check_anchor_problems(data: SiteData, pages: PageIndex, today: dt.date,
                          folders: tuple[str, ...] = ("docs", "docs-public")) -> list[DataError]:
    """Every link to a part of a page that leads nowhere, and every id two parts of a page share,
    in the pages of each of ``folders`` (``data``: the play book's; the public site's pages are
    made with its public data)."""
    return [problem for folder in folders
            for problem in anchor_problems(pages, folder, *made_pages(data, pages, folder, today))]


def made_pages(data: SiteData, pages: PageIndex, folder: str,
               today: dt.date) -> tuple[dict[str, PageIds], dict[str, set[str]]]:
    """(ids, links) of each page of ``folder``, made as its site's build makes it; a page
    whose macros cannot run outside a build is in neither."""
    staff = folder == "docs"
    site = data if staff else data.public_only()
    charts = MeasureCharts.of(site.measures, site.spc, pdsa_annotations(site.projects))
    gaps = tuple(open_items(site, pages, folder)) if staff else ()
    ids, links = {}, {}
    for page in pages.in_folder(folder):
        text, whole = _made(page, site, staff, charts, gaps, today)
        if text is not None:
            ids[_in_folder(page, folder)] = PageIds.of(html_of(text), whole)
            links[_in_folder(page, folder)] = links_in(text)
    return ids, links


def _in_folder(page: PageRecord, folder: str) -> str:
    return page.path.removeprefix(folder + "/")


def _made(page: PageRecord, data: SiteData, staff: bool, charts: MeasureCharts, gaps: tuple,
          today: dt.date) -> tuple[str | None, bool]:
    """(the page's Markdown once its macros have run, or None if they cannot run here;
    whether it is whole, every macro's output in it)."""
    if page.meta.render_macros is False:
        return page.body, True
    env = SimpleNamespace(page=SimpleNamespace(url=page.url), variables={"navigation": SimpleNamespace(items=[])})
    macros = PageMacros(data, env, staff=staff, versioned=False, charts=charts, browse=(), gaps=gaps, today=today)
    left_out = []

    def run(name):
        def call(*args, **kwargs):
            try:
                if name not in BUILD_ONLY:
                    return getattr(macros, name)(*args, **kwargs)
            except (MacroMisuse, NotOnThisSite, TypeError):
                pass  # reported by the page checks and the build
            left_out.append(name)
            return ""
        return call

    names = {name: run(name) for name in MACROS} | {
        "playbook": data.playbook, "audience": "staff" if staff else "public",
        "has_contacts": bool(data.contacts.contacts)}
    try:
        text = JINJA.from_string(page.body, globals=names).render()
    except Exception:  # whatever stops a page being made here stops its build, which reports it
        return None, False
    return text, not left_out
