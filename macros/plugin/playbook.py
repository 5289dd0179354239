"""The play book's MkDocs plugin, for both sites (``plugins: - playbook``).

It loads and checks the data once per build, adds the pages made from data
(story and browse pages, feeds), shows each page's owner and dates, fills
the print page, and writes the exports partners use (offer.json,
delivery.json) and the redirects.  Everything it does is a plain function elsewhere in macros/;
this class only hands their results to MkDocs and keeps this build's state.
An editor's mistake stops the build with the same ``path:line: message``
lines as ``make check``, and no traceback.
"""

from __future__ import annotations

import logging
import sys
from collections import defaultdict
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as option
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from ..analysis.measures import MeasureCharts
from ..data import DataErrors
from ..dates import BadToday, today
from ..pages.git_history import last_changed
from ..pages.links import link_problem_line
from ..pages.ownership import edit_url, page_facts
from ..render.addresses import GENERATED_FOLDERS
from ..render.page_macros import PAGE_NAMES
from ..site.audiences import AUDIENCES, open_items, site_data
from ..site.exports import delivery_json, offer_json, write_json
from ..site.feeds import FEED_LINKS, FeedSite, feed_files
from ..site.generated import GeneratedPage, without_missing_pages
from ..site.measure_pages import measure_pages, measures_json
from ..site.previous_version import progress_context
from ..site.print_book import BookPage, whole_book_html
from ..site.privacy import privacy_problems
from ..site.redirects import missing_moved_anchors, write_redirect_pages
from ..site.story_pages import story_pages


class PlaybookConfig(base.Config):
    audience = option.Choice(AUDIENCES)
    # The public stories site's address: each public story in the play book links there.
    public_site_url = option.Optional(option.Type(str))
    # "Edit this page": the address at which a file of the repository is edited, up to its path.
    edit_url = option.Type(str, default="")
    # The page (under docs_dir) that the whole play book is appended to, for printing.
    print_page = option.Optional(option.Type(str))
    # `make demo` only (mkdocs.demo.yml): a folder of example data to add, every page marked as such.
    example_data = option.Optional(option.Type(str))


class PlaybookPlugin(BasePlugin[PlaybookConfig]):
    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.staff = self.config.audience == "staff"
        problems = [] if self.staff else privacy_problems(config)
        if not self.staff and not config.site_url:
            problems.append("site_url must be set: the feeds and the sitemap need absolute links")
        if problems:
            raise PluginError(f"{config.config_file_path}: " + "; ".join(problems))
        try:
            self.today = today()
        except BadToday as exc:
            raise PluginError(str(exc)) from None
        docs_folder = Path(config.docs_dir).resolve().relative_to(self.root).as_posix()
        try:
            # `make version` names the version it publishes (macros/cli/version.py).
            self.data = site_data(self.root, self.config.audience, docs_folder, PAGE_NAMES,
                                  config.extra.get("publish_version"), self.config.example_data, self.today)
        except DataErrors as exc:
            print("\n".join(exc.lines()), file=sys.stderr)
            raise PluginError(f"{len(exc.errors)} problem(s) in data files or pages (listed above as "
                              "path:line: message); fix them and build again") from None
        except ValueError as exc:  # a site's settings that contradict each other
            raise PluginError(f"{config.config_file_path}: {exc}") from None
        _word_link_warnings(Path(config.docs_dir).resolve(), self.root)
        self.changed = last_changed(self.root)
        # Staff only: what is still open, and the Board's progress report, never reach the public.
        self.open_items = open_items(self.root, docs_folder, self.data, PAGE_NAMES) if self.staff else []
        self.progress = progress_context(self.root, docs_folder, self.data, self.today) if self.staff else None
        self.charts = MeasureCharts.of(self.data.measures, self.data.spc)  # each measure's chart, worked out once
        self.generated: dict[str, str] = {}  # generated page's uri -> its HTML
        self.searched: dict[str, str] = {}  # generated page's uri -> what search indexes, if not all of it
        self.macro_pages: dict[str, list[str]] = defaultdict(list)  # macro -> URLs of pages calling it
        self.pages = story_pages(self.data, self.charts, staff=self.staff,
                                 public_site_url=self.config.public_site_url)
        if config.nav:
            config.nav = without_missing_pages(config.nav, {page.uri for page in self.pages}, GENERATED_FOLDERS)
        # Read by the theme's partials (status banner, feed links).
        config.extra["playbook"] = self.data.playbook.model_dump()
        config.extra["audience"] = self.config.audience
        config.extra["example_data"] = bool(self.config.example_data)  # the banner says so on every page
        if not self.staff:
            config.extra["feeds"] = FEED_LINKS
        return config

    # Priority 50: add the pages before other plugins (search, macros) look at the files.
    @event_priority(50)
    def on_files(self, files: Files, config) -> Files:
        measures, others = measure_pages(self.data, self.charts, self.staff)
        pages = self.pages + measures
        if not self.staff:
            site = FeedSite(config.site_name, config.site_description or "", config.site_url.rstrip("/") + "/",
                            self.changed)
            others |= feed_files(list(self.data.stories), site)
        return self._add(files, config, pages, others)

    def _add(self, files: Files, config, pages: list[GeneratedPage], others: dict[str, str]) -> Files:
        """A page in docs/ at a generated address would silently shadow or be
        shadowed by data, so that stops the build instead."""
        for uri in [*(page.uri for page in pages), *others]:
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"{config.docs_dir}/{uri} has the address of a generated page or feed; "
                                  "rename or remove it")
        for page in pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.uri, content=page.markdown(), inclusion=inclusion))
            self.generated[page.uri] = page.html
            if page.search_html is not None:
                self.searched[page.uri] = page.search_html
        for uri, content in others.items():
            files.append(File.generated(config, uri, content=content))
        return files

    def on_page_content(self, html, page, **kwargs):
        uri = page.file.src_uri
        return self.searched.get(uri, self.generated.get(uri, html))

    # Priority -50: after the search plugin has read the page's words
    # (GeneratedPage.search_html), the page gets all of its HTML back.
    @event_priority(-50)
    def on_page_context(self, context, page, config, nav):
        if page.file.src_uri in self.searched:
            page.content = self.generated[page.file.src_uri]
        path = self._source_path(page)
        # Pages made from data have no file of their own, so no owner or review dates.
        context["page_facts"] = page_facts(page.meta, self.today, self.changed.get(path)) if path else None
        page.edit_url = edit_url(self.config.edit_url, path) or page.edit_url
        if page.file.src_uri == self.config.print_page:
            book = [BookPage(p.url, p.title, p.content) for p in nav.pages if p is not page and p.content]
            page.content += whole_book_html(book, page.url)
        return context

    def _source_path(self, page) -> str | None:
        """The page's file relative to the repository root; None if generated."""
        source = page.file.abs_src_path
        try:
            return Path(source).resolve().relative_to(self.root).as_posix() if source else None
        except ValueError:
            return None

    def on_post_build(self, config) -> None:
        site_dir = Path(config.site_dir)
        write_json(site_dir, "measures.json", measures_json(self.charts), one_per_line=True)
        if not self.staff:
            return
        offer_pages = sorted(set(self.macro_pages["offer"]))
        if len(offer_pages) != 1:
            raise PluginError(f"the offer ({{{{ offer() }}}}) must be on exactly one page, so that offer.json "
                              f"and partners' links point to it; it is on {len(offer_pages)}: {offer_pages}")
        write_json(site_dir, "offer.json", offer_json(self.data.offer, offer_pages[0]))
        plan_pages = sorted(set(self.macro_pages["delivery_plan"]))
        if len(plan_pages) != 1:
            raise PluginError(f"the delivery plan ({{{{ delivery_plan() }}}}) must be on exactly one page, so "
                              "that delivery.json and partners' links point to it; it is on "
                              f"{len(plan_pages)}: {plan_pages}")
        write_json(site_dir, "delivery.json", delivery_json(self.data.delivery_plan, plan_pages[0]))
        try:
            write_redirect_pages(self.data.redirects, site_dir)
        except FileExistsError as exc:
            raise PluginError(str(exc)) from None
        missing = missing_moved_anchors(self.data.published_ids, site_dir)
        if missing:
            raise PluginError("\n".join(missing))


class _LinkWarnings(logging.Filter):
    """Words MkDocs' warning about a link that leads nowhere as the
    ``path:line: message`` line `make check` gives (anchors made by macros
    are only known once pages are built); the warning still fails --strict."""

    def __init__(self, docs: Path, root: Path) -> None:
        super().__init__()
        self.docs, self.root = docs, root

    def filter(self, record: logging.LogRecord) -> bool:
        line = link_problem_line(record.getMessage(), self.docs, self.root)
        if line:
            record.msg, record.args = line, ()
        return True


def _word_link_warnings(docs: Path, root: Path) -> None:
    """One filter per process (``mkdocs serve`` reloads the plugin on each build)."""
    logger = logging.getLogger("mkdocs.structure.pages")
    for old in [f for f in logger.filters if isinstance(f, _LinkWarnings)]:
        logger.removeFilter(old)
    logger.addFilter(_LinkWarnings(docs, root))
