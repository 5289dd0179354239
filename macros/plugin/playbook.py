"""The play book's MkDocs plugin, for both sites (``plugins: - playbook``).

It loads and checks the data and reads the written pages once per build,
adds the pages made from data (story, browse, measure and project pages, feeds),
shows each page's owner and dates, fills the print page, checks links to
parts of pages once they are built, checks that no built page requests
anything from another host, and writes the exports partners use
(offer.json, delivery.json, measures.json, projects.json) and the
redirects.  Everything it does is a plain function elsewhere in macros/;
this class only hands their results to MkDocs and keeps this build's state
(``Build``, macros/plugin/state.py).  An editor's mistake stops the build with the same
``path:line: message`` lines as ``make check``, and no traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from ..addresses import GENERATED_FOLDERS, LOCAL_STORIES_SITE, PROJECTS
from ..analysis.measures import MeasureCharts
from ..analysis.projects import pdsa_annotations
from ..data import DataError, DataErrors
from ..dates import BadToday, today
from ..pages.git_history import last_changed
from ..pages.index import DOCS_FOLDERS, PageIndex
from ..pages.anchors import PageIds, anchor_problems
from ..pages.links import links_in
from ..pages.other_hosts import built_page, built_page_problems
from ..pages.ownership import edit_url, page_facts
from ..render.page_macros import PAGE_NAMES
from ..render.problems import problems_page, render_build_problems
from ..site.audiences import site_data
from ..site.examples import made_up
from ..site.exports import export_pages, staff_exports, write_json
from ..site.feeds import FEED_LINKS, FeedSite
from ..site.generated import without_missing_pages
from ..site.measure_pages import measures_json
from ..site.open_items import open_items
from ..site.outputs import SiteContext, site_outputs
from ..site.previous_version import progress_context
from ..site.print_book import BookPage, whole_book_html
from ..site.project_pages import projects_json
from ..site.privacy import privacy_problems
from ..site.search_index import SearchIndexFailed, write_search_index
from .navigation import SharedParts, mark_section, shared_key
from .state import Build, PlaybookConfig


class PlaybookPlugin(BasePlugin[PlaybookConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.build: Build | None = None  # set by on_config, for each build (mkdocs serve rebuilds)
        self.serving = False  # `mkdocs serve`: a mistake is shown in the browser instead of stopping it
        self.problems: list[DataError] = []  # this build's mistakes, while serving
        self._marked = None  # the navigation's page marked active for a generated page (navigation.py)
        self._shared = SharedParts()  # the theme's navigation made once for many pages (navigation.py)

    def on_startup(self, command, dirty):
        """Defining this keeps one plugin across `mkdocs serve`'s rebuilds (MkDocs 1.4+:
        and across every load of the config in one process, until on_shutdown)."""
        self.serving = command == "serve"
        if command == "build":  # editors need the mistakes and the result, not MkDocs' progress
            logging.getLogger("mkdocs").setLevel(logging.WARNING)

    def on_shutdown(self):
        self.serving = False

    def on_config(self, config):
        self.build, self.problems, self._shared = None, [], SharedParts()
        # mkdocs-macros lists its modules, variables and macros on every build: nothing an editor needs.
        logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)
        root = Path(config.config_file_path).resolve().parent
        staff = self.config.audience == "staff"
        problems = [] if staff else privacy_problems(config)
        if problems:
            raise PluginError(f"{config.config_file_path}: " + "; ".join(problems))
        try:
            build_date = today()
        except BadToday as exc:
            raise PluginError(str(exc)) from None
        # Relative to the config's folder, never through links: the pages' folder may be a link, which
        # the page index refuses (with its path:line) when it leads outside the repository.
        docs_folder = Path(os.path.relpath(os.path.abspath(config.docs_dir),
                                           os.path.dirname(os.path.abspath(config.config_file_path)))).as_posix()
        # The play book's open-items page also lists the public site's pages' gaps.
        pages = PageIndex.read(root, PAGE_NAMES, DOCS_FOLDERS if staff else (docs_folder,))
        try:
            # `make version` names the version it publishes (macros/cli/version.py).
            data = site_data(root, self.config.audience, docs_folder, pages, config.extra.get("publish_version"),
                             self.config.example_data, build_date)
            one_page = export_pages(pages, docs_folder) if staff else {}
        except DataErrors as exc:
            self._found(exc.errors)
            if config.nav:  # no page is made from data until the mistakes are fixed
                config.nav = without_missing_pages(config.nav, set(), GENERATED_FOLDERS)
            return config
        except ValueError as exc:  # a site's settings that contradict each other
            raise PluginError(f"{config.config_file_path}: {exc}") from None
        # The play book's register is the written page calling project_register(); the public site's is made.
        register = next(iter(pages.calling(docs_folder, "project_register")), None) if staff else None
        # Each project's PDSA cycles are notes on the charts of the measures it names.
        charts = MeasureCharts.of(data.measures, data.spc, pdsa_annotations(data.projects))
        changed = last_changed(root)
        # The public site's address (STORIES_SITE_URL; while serving, MkDocs sets the served one): without
        # one, its feeds' links are relative to them and it has no sitemap (on_post_build), never a wrong host.
        address = config.site_url.rstrip("/") + "/" if config.site_url else ""
        feeds = None if staff else FeedSite(config.site_name, config.site_description or "", address, changed)
        generated, files = site_outputs(data, SiteContext(
            config.site_name, staff, build_date, charts, self._public_site_url(), feeds, register,
            one_page["delivery_plan"][0] if staff else None,
            measures_url=next(iter(pages.calling(docs_folder, "measures_summary")), None),
            # The demo's example projects are never on the public site: the demo links no project there.
            example_data=bool(self.config.example_data),
            # Pages made from data link the words they use to the page explaining them.
            glossary_url=next(iter(pages.calling(docs_folder, "glossary")), None)))
        build = Build(root, docs_folder, staff, build_date, pages, data, charts, changed, generated, files,
                      register_url=register or next((p.url for p in generated if p.url == PROJECTS), None))
        if staff:  # what is still open, and the Board's progress report, never reach the public
            build.open_items = open_items(data, pages, docs_folder)
            build.progress = progress_context(root, one_page["delivery_plan"], data, build_date)
        self.build = build
        if config.nav:
            config.nav = without_missing_pages(config.nav, {page.uri for page in build.generated}, GENERATED_FOLDERS)
        # Read by the theme's partials (status banner, feed links).
        config.extra["playbook"] = data.playbook.model_dump()
        config.extra["audience"] = self.config.audience
        # The banner on every page names what the example data makes up.
        config.extra["example_data"] = made_up(root, self.config.example_data) if self.config.example_data else []
        if not staff:
            config.extra["feeds"] = FEED_LINKS
        return config

    def _public_site_url(self) -> str | None:
        """Where the play book links public stories and projects: STORIES_SITE_URL; while
        serving without it, `make serve-stories`; in a build without it, nowhere."""
        # While serving: where `make serve-stories` serves it (`make serve STORIES_PORT=…` says where).
        local = os.environ.get("PLAYBOOK_STORIES_SITE") or LOCAL_STORIES_SITE
        return self.config.public_site_url or (local if self.serving else None)

    # Priority 50: add the pages before other plugins (search, macros) look at the files.
    @event_priority(50)
    def on_files(self, files: Files, config) -> Files:
        build = self.build
        if build is None:  # serving with mistakes: every written page shows them (on_page_content)
            return Files([self._showing_problems(file, config) if file.is_documentation_page() else file
                          for file in files])
        pages, others = build.generated, build.files
        # A page in docs/ at a generated address would silently shadow or be
        # shadowed by data, so that stops the build instead.
        for uri in [*(page.uri for page in pages), *others]:
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"{config.docs_dir}/{uri} has the address of a generated page or feed; "
                                  "rename or remove it")
        for page in pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.uri, content=page.markdown(), inclusion=inclusion))
            build.html[page.uri] = page.html
        for uri, content in others.items():
            files.append(File.generated(config, uri, content=content))
        return files

    # Priority -50: after mkdocs-macros, so that a link in a part a macro leaves out is not checked.
    @event_priority(-50)
    def on_page_markdown(self, markdown, page, **kwargs):
        if self.build:
            if page.file.src_uri in self.build.held:
                markdown = self.build.held[page.file.src_uri].place(markdown)
            self.build.links[page.file.src_uri] = links_in(markdown)
        return markdown

    def on_page_content(self, html, page, **kwargs):
        build = self.build
        if build is None:
            return render_build_problems([str(problem) for problem in self.problems])
        if page.file.src_uri in build.html:
            return build.html[page.file.src_uri]
        held = page.file.src_uri in build.held
        if held:
            html = build.held.pop(page.file.src_uri).restore(html)
        build.ids[page.file.src_uri] = PageIds.of(html)
        if held and page.present_anchor_ids is not None:  # MkDocs' own look for them, at its INFO level
            page.present_anchor_ids |= build.ids[page.file.src_uri].ids
        return html

    def on_env(self, env, config, files):
        """Every page's content is made by now: report pages' misuse of macros, and
        check the written pages' links to parts of pages."""
        # Material's own partials as "material/...": overrides/partials/nav.html includes the one it wraps.
        material = PrefixLoader({"material": FileSystemLoader(_material_templates(config))})
        env.loader = ChoiceLoader([env.loader, material])
        # The footer's links (overrides/partials/copyright.html) to those of config.extra.footer_links'
        # pages this site has: found once, not by a search of every page on every page.
        env.globals["footer_links"] = [
            (link["title"], file.url) for link in config.extra.get("footer_links") or []
            if (file := files.get_file_from_path(link["page"])) is not None and file.page is not None]
        build = self.build
        if build is None:
            return env
        problems = build.macro_problems + anchor_problems(build.pages, build.docs_folder, build.ids, build.links)
        if problems:
            self._found(problems)  # serving: on_page_context shows them in place of each page
        return env

    def on_page_context(self, context, page, config, nav):
        build = self.build
        self._marked = mark_section(page, nav)  # its tab highlighted (navigation.py)
        context["page_parts"] = self._shared.for_page(shared_key(page, nav, self._marked))
        if self.problems:
            page.content = render_build_problems([str(problem) for problem in self.problems])
            context["page_facts"] = None
            return context
        path = self._source_path(page)
        # Pages made from data have no file of their own, so no owner or review dates.
        context["page_facts"] = page_facts(page.meta, build.today, build.changed.get(path)) if path else None
        page.edit_url = edit_url(self.config.edit_url, path) or page.edit_url
        if page.file.src_uri == self.config.print_page:
            book = [BookPage(p.url, p.title, p.content) for p in nav.pages
                    if p is not page and p.content and p.file.src_uri not in self.config.print_leaves_out]
            page.content += whole_book_html(book, page.url)
        return context

    def on_post_page(self, output, page, config):
        """Every built page, whoever wrote its parts (the theme, the templates, this plugin), requests
        nothing from another host (written pages were checked already, as `make check` does)."""
        if self._marked is not None:  # the section marked for this page alone
            self._marked.active = False
        if self.build is not None and not self.problems:
            self.build.fetches += filter(None, [built_page(output, page.file.src_uri, self._source_path(page))])
        return output

    def on_post_template(self, output_content, template_name, config):
        """The theme's pages of their own (404.html) too."""
        if self.build is not None and not self.problems and template_name.endswith(".html"):
            self.build.fetches += filter(None, [built_page(output_content, template_name, None)])
        return output_content

    def _source_path(self, page) -> str | None:
        """The page's file relative to the repository root; None if generated."""
        source = page.file.abs_src_path
        try:
            return Path(source).resolve().relative_to(self.build.root).as_posix() if source else None
        except ValueError:
            return None

    def on_post_build(self, config) -> None:
        build = self.build
        site_dir = Path(config.site_dir)
        if build is not None and build.fetches and not self.problems:  # the theme's or the templates' doing
            site_config = Path(config.config_file_path).resolve().relative_to(build.root).as_posix()
            self._found(built_page_problems(build.fetches, build.docs_folder, build.root, site_config))
        if self.problems:  # serving: a page not made (a story's, say) shows the mistakes too
            (site_dir / "404.html").write_text(problems_page([str(p) for p in self.problems], config.site_name),
                                               encoding="utf-8")
            return
        if not config.site_url:  # a sitemap's addresses are absolute: none without the site's address
            for sitemap in ("sitemap.xml", "sitemap.xml.gz"):
                (site_dir / sitemap).unlink(missing_ok=True)
        write_json(site_dir, "measures.json", measures_json(build.charts), one_per_line=True)
        write_json(site_dir, "projects.json", projects_json(build.data, build.today))
        if build.staff:
            problems = staff_exports(build.data, build.pages.calling(build.docs_folder, "offer")[0],
                                     build.pages.calling(build.docs_folder, "delivery_plan")[0], site_dir)
            if problems:
                raise PluginError("\n".join(problems))
        try:  # the search index, from the finished pages of this site alone
            write_search_index(site_dir)
        except SearchIndexFailed as exc:
            raise PluginError(str(exc)) from None

    def _found(self, errors: list[DataError]) -> None:
        """Editors' mistakes: print their ``path:line: message`` lines and stop the build;
        while serving, keep them to show in the browser instead (an error page the
        live reload replaces once the files are fixed)."""
        self.problems = sorted(set(errors))
        print("\n".join(str(error) for error in self.problems), file=sys.stderr)
        if not self.serving:
            raise PluginError(f"{len(self.problems)} problem(s) in data files or pages (listed above as "
                              "path:line: message); fix them and build again") from None

    @staticmethod
    def _showing_problems(file: File, config) -> File:
        """A written page, emptied (its macros are not run: the data they need has mistakes)."""
        return File.generated(config, file.src_uri, content="---\nrender_macros: false\n---\n",
                              inclusion=file.inclusion)


def _material_templates(config) -> str:
    """Material's own templates: the theme's folder after overrides/."""
    found = next((folder for folder in config.theme.dirs if Path(folder).parts[-2:] == ("material", "templates")), None)
    if found is None:
        raise PluginError("the playbook plugin needs the Material theme (theme: name: material)")
    return found
