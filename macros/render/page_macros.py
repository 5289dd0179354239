"""Every macro a page may call: the public methods of ``PageMacros``.

The plugin registers them with mkdocs-macros (macros/plugin/macros_env.py);
the page checks are given their names and signatures (``PAGE_NAMES``), to
report a mistyped ``{{ macro() }}``, or one called with arguments it does
not take, as ``path:line: message`` before anything is rendered.  A
``PageMacros`` holds this build's data, the page being rendered, the
audience and whether the build is a published version.
"""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import dataclass
from typing import Annotated

from annotated_types import Ge, Le

from ..analysis.measures import MeasureCharts
from ..data import SiteData
from ..data.models import Playbook
from . import render_partial
from ..addresses import STORIES, project_url, relative_url, root_from
from ..analysis.projects import board_summary, project_states
from ..dates import today as build_date
from .capability import render_capability_chart, render_capability_components, render_capability_summary
from .capability_register import render_capability_register
from .capacity import organisation_choices, render_capacity_calculator, render_capacity_guidance
from .context import (render_baseline_assessment, render_collaboration_principles, render_guiding_principles,
                      render_national_reviews, render_timeline, render_vision)
from .gaps import render_to_be_agreed, render_to_be_confirmed
from .glossary import render_glossary
from .measures_overview import overview_rows, render_measures_matrix, render_measures_summary
from .offer import render_offer_page
from .people import render_contacts, render_governance, render_supporters
from .plan import render_delivery_plan_page
from .progress import render_progress_report
from .site_sections import render_site_sections
from .projects import register_rows, render_board_summary, render_register
from .markdown import blocks, heading
from .stories import (THEME_NAMES, listing_order, render_featured_stories, render_latest_stories,
                      render_story_cards)
from .strategy import render_related_findings, render_strategic_focus
from .versions import render_version_history


# The whole numbers a page may give a macro: the page checks refuse others as `path:line` lines.
StoryCount = Annotated[int, Ge(1), Le(100)]
HeadingLevel = Annotated[int, Ge(2), Le(6)]  # 1 is the page's own title


class MacroMisuse(ValueError):
    """A page calls a macro where it cannot be used; the message says what to do.
    The plugin reports it as the call's ``path:line: message`` line."""


@dataclass(frozen=True)
class PageMacros:
    data: SiteData
    env: object  # mkdocs-macros' environment: env.page is the page being rendered
    staff: bool
    versioned: bool  # built for publishing with mike: stable links point into latest/
    charts: MeasureCharts  # the site's measures with their analyses
    browse: tuple[tuple[str, str], ...]  # (kind, url from the site root) of each browse page this site has
    gaps: tuple = ()  # every gap (macros/site/open_items.py: OpenItem); staff site only
    progress: object = None  # what the progress report needs beyond the data (plugin: ProgressContext)
    today: dt.date | None = None  # the build date (the plugin's): projects' scores go out of date against it
    register_url: str | None = None  # the page showing the register of projects, from the site root

    def _root(self) -> str:
        """The site root relative to the page being rendered."""
        return root_from(self.env.page.url)

    def _stories_url(self) -> str:
        """stories/ relative to the page being rendered, for links to story pages."""
        return self._root() + STORIES

    # Stories, on either site (links go to stories/<slug>/).
    def story_cards(self) -> str:
        return render_story_cards(list(self.data.stories), self._stories_url(), self._glossary())

    def latest_stories(self, count: StoryCount = 6) -> str:
        return render_latest_stories(list(self.data.stories), count, self._stories_url(), self._glossary())

    def featured_stories(self) -> str:
        return render_featured_stories(list(self.data.stories), self._stories_url(), self._glossary())

    def _glossary(self):
        """The words cards spell out: confirmed meanings only, on either site."""
        return self.data.glossary.confirmed_only()

    # Words we use (data/glossary.yml), on both sites.
    def glossary(self) -> str:
        return render_glossary(self.data.glossary, self.staff)

    # The home page's list of every page, group by group, as the navigation has them.
    def site_sections(self) -> str:
        return render_site_sections(self.env.variables["navigation"].items, self.env.page.url)

    def browse_links(self) -> str:
        stories = self.data.stories
        themes = [name for theme, name in THEME_NAMES.items() if any(story.theme == theme for story in stories)]
        return render_partial("browse_links.html", browse=[(kind, self._root() + url) for kind, url in self.browse],
                              themes=themes, order=listing_order(stories))

    # Gaps. The public site never shows one: there these say nothing, and the part is left out.
    def to_be_agreed(self, what: str, place: str = "play book") -> str:
        return render_to_be_agreed(what, place) if self.staff else ""

    def to_be_confirmed(self, what: str) -> str:
        return render_to_be_confirmed(what) if self.staff else ""

    def open_items(self) -> str:
        return render_partial("open_items.html", items=self.gaps, root=self._root())

    # The offer and the plan need their page's address: their stable links and
    # retired ids are relative to it.
    def offer(self) -> str:
        return render_offer_page(self.data, self.env.page.url, self.versioned)

    def delivery_plan(self) -> str:
        today = self.progress.today if self.progress is not None else None
        return render_delivery_plan_page(self.data, self.env.page.url, self.versioned, today)

    def progress_report(self) -> str:
        """The Board's delivery progress report (staff play book only): as of the
        build date, linking to the page that shows the plan, and compared with
        the previous published version's delivery (``progress``, given by the plugin)."""
        if not self.staff or self.progress is None:
            raise MacroMisuse("the progress report is for the staff play book only; remove "
                             "{{ progress_report() }} from this page")
        plan_href = relative_url(self.env.page.url, self.progress.plan_url) if self.progress.plan_url else None
        return render_progress_report(self.data.delivery_plan, self.data.published_ids, self.progress.today,
                                      plan_href, self.progress.previous.version, self.progress.previous.actions)

    def measures_summary(self) -> str:
        """The measures at a glance; on the public site, nothing at all when
        there is no public measure (never an empty section there)."""
        rows = overview_rows(self.data, self.charts, self._root(), self.staff)
        if not self.staff and not rows:
            return ""
        # Its groups sit under the page's title (staff) or under its own heading (public home page).
        return render_measures_summary(rows, heading_level=2 if self.staff else 3, public_heading=not self.staff)

    def measures_matrix(self, heading_level: int = 2) -> str:
        """The summary-icon matrix: every measure of this site by variation and
        assurance, with links (on the public site, public measures only: its
        data holds no other). ``heading_level``: of the phone's list headings."""
        return render_measures_matrix(overview_rows(self.data, self.charts, self._root(), self.staff),
                                      heading_level)

    # Improvement projects, on either site (the public site's data holds only its public projects).
    def project_register(self) -> str:
        """Every project in a table to sort and filter, then the Board summary.
        The list first: whoever opens the register is most often looking for
        a project; the Board reads its summary in the progress report
        (projects_board_summary), and finds it here after the list."""
        today = self.today or build_date()
        states = project_states(self.data.projects, today)
        organisations = self.data.organisations.by_id()
        rows = register_rows(states, organisations, lambda project_id: self._root() + project_url(project_id))
        register = render_register(rows, today, self.staff)
        if not states:
            return register
        return blocks(heading(2, "All projects", "all-projects"), register,
                      heading(2, "Board summary", "board-summary"),
                      render_board_summary(board_summary(states), organisations, today, None))

    def projects_board_summary(self) -> str:
        """Projects by status, score band and organisation, and how many scores are
        out of date, as of the build date (for the Board's progress report)."""
        today = self.today or build_date()
        href = relative_url(self.env.page.url, self.register_url) if self.register_url else None
        return render_board_summary(board_summary(project_states(self.data.projects, today)),
                                    self.data.organisations.by_id(), today, href)

    # The play book's sections (one macro per data-driven part of a page).
    def supporters(self) -> str:
        return render_supporters(self.data.governance)

    def national_reviews(self) -> str:
        return render_national_reviews(self.data.context)

    def timeline(self) -> str:
        return render_timeline(self.data.timeline)

    def baseline_assessment(self, heading_level: HeadingLevel = 2) -> str:
        return render_baseline_assessment(self.data.context, heading_level)

    def collaboration_principles(self, heading_level: HeadingLevel = 2) -> str:
        return render_collaboration_principles(self.data.context, self.data.organisations.by_id(), heading_level)

    def capability_summary(self) -> str:
        return render_capability_summary(self.data.capability_assessment, self.data.organisations.by_id())

    def capability_chart(self) -> str:
        return render_capability_chart(self.data.capability_assessment)

    def capability_components(self) -> str:
        return render_capability_components(self.data.capability_assessment)

    def vision(self) -> str:
        return render_vision(self.data.vision)

    def guiding_principles(self, heading_level: HeadingLevel = 3) -> str:
        return render_guiding_principles(self.data.vision, heading_level)

    def capacity_guidance(self) -> str:
        return render_capacity_guidance(self.data.capacity_guidance)

    def capacity_calculator(self) -> str:
        # The public site has no organisations' figures: its calculator starts from a headcount alone.
        figures = self.data.capability if self.data.has("capability") else ()
        choices = organisation_choices(figures, self.data.organisations.by_id())
        return render_capacity_calculator(self.data.capacity_guidance, choices)

    def capability_register(self) -> str:
        """Staff play book only: the public site's data has none, and it shows nothing there."""
        if not self.staff:
            return ""
        return render_capability_register(self.data.capability, self.data.organisations.by_id(),
                                          self.data.capacity_guidance)

    def strategic_focus(self) -> str:
        return render_strategic_focus(self.data.strategic_focus)

    def strategic_focus_findings(self) -> str:
        return render_related_findings(self.data.strategic_focus, self.data.capability_assessment)

    def governance(self) -> str:
        return render_governance(self.data.governance)

    def contacts(self) -> str:
        return render_contacts(self.data.contacts, self.staff)

    def version_history(self) -> str:
        return render_version_history(self.data.versions, self.data.playbook.version)


def _signature(name: str) -> inspect.Signature:
    """The macro's parameters as a page passes them (without ``self``), with their types and bounds."""
    signature = inspect.signature(getattr(PageMacros, name), eval_str=True)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


# The macros, by name, with the parameters a page may pass.
MACROS: dict[str, inspect.Signature] = {
    name: _signature(name) for name, member in vars(PageMacros).items()
    if inspect.isfunction(member) and not name.startswith("_")}
# Variables pages may use besides the macros (set by define_env): the play
# book's identity, the audience ("staff" or "public"), and whether this site
# has any contact to show (a page leaves out its contact section without one).
# Each with the fields a page may read of it (``{{ playbook.version }}``).
VARIABLES: dict[str, frozenset[str]] = {"playbook": frozenset(Playbook.model_fields), "audience": frozenset(),
                                        "has_contacts": frozenset()}
# What the page checks accept in ``{{ … }}``: a macro's signature, or a value's fields.
PAGE_NAMES: dict[str, inspect.Signature | frozenset[str]] = {**MACROS, **VARIABLES}
