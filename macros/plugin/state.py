"""The plugin's settings (``plugins: - playbook: {...}`` in a site's config) and
one build's state, declared with their types: what ``on_config`` makes and the
later events and page macros use."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as option

from ..analysis.measures import MeasureCharts
from ..data import DataError, SiteData
from ..pages.anchors import PageIds
from ..pages.index import PageIndex
from ..pages.other_hosts import BuiltPage
from ..render.markdown import HeldHtml
from ..site.audiences import AUDIENCES
from ..site.generated import GeneratedPage
from ..site.open_items import OpenItem
from ..site.previous_version import ProgressContext


class PlaybookConfig(base.Config):
    audience = option.Choice(AUDIENCES)
    # The public stories site's address: each public story in the play book links there.
    public_site_url = option.Optional(option.Type(str))
    # "Edit this page": the address at which a file of the repository is edited, up to its path.
    edit_url = option.Type(str, default="")
    # The page (under docs_dir) that the whole play book is appended to, for printing.
    print_page = option.Optional(option.Type(str))
    # Pages (under docs_dir) the printed book leaves out: the editors' own, such as the open items.
    print_leaves_out = option.ListOfItems(option.Type(str), default=[])
    # `make demo` only (mkdocs.demo.yml): a folder of example data to add, every page marked as such.
    example_data = option.Optional(option.Type(str))


@dataclass
class Build:
    """One build's state: made in ``on_config``, used by the later events and the page macros."""

    root: Path  # the repository
    docs_folder: str  # this site's written pages, relative to root: docs or docs-public
    staff: bool
    today: dt.date  # the build date (PLAYBOOK_TODAY sets it)
    pages: PageIndex  # every written page, read once
    data: SiteData  # this site's data: everything (staff) or SiteData.public_only() (public)
    charts: MeasureCharts  # each measure's chart, worked out once
    changed: dict[str, dt.date]  # each file's last change in git
    generated: list[GeneratedPage]  # the pages made from data (macros/site/outputs.py)
    files: dict[str, str]  # the files made from data, by path
    open_items: list[OpenItem] = field(default_factory=list)  # staff only
    progress: ProgressContext | None = None  # staff only: what the Board's progress report needs
    register_url: str | None = None  # the page listing every project (staff: written; public: generated)
    html: dict[str, str] = field(default_factory=dict)  # a generated page's source path -> its HTML
    ids: dict[str, PageIds] = field(default_factory=dict)  # a written page's path -> its elements' ids
    links: dict[str, set[str]] = field(default_factory=dict)  # a written page's path -> links its macros kept
    macro_problems: list[DataError] = field(default_factory=list)  # pages' misuse of macros (macros_env.py)
    fetches: list[BuiltPage] = field(default_factory=list)  # built pages that request from other hosts
    # A written page's path -> its macros' HTML blocks, held out of Markdown (render/markdown.py).
    held: dict[str, HeldHtml] = field(default_factory=dict)
    held_key: str = field(default_factory=lambda: secrets.token_hex(6))

    def held_in(self, page_path: str) -> HeldHtml:
        return self.held.setdefault(page_path, HeldHtml(self.held_key))
