"""Every macro a page may call, by name: the one registry of them.

The plugin registers these with mkdocs-macros (macros/plugin/macros_env.py);
the page checks are given their names, to report a mistyped
``{{ macro() }}`` as ``path:line: message``.  Each entry makes the macro
from a ``MacroContext``: this build's data, the page being rendered, the
audience and whether the build is a published version.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from ..analysis.measures import MeasureCharts
from ..data import SiteData
from . import render_partial
from .addresses import relative_url
from .capability import render_capability_chart, render_capability_components, render_capability_summary
from .capability_register import render_capability_register
from .capacity import organisation_choices, render_capacity_calculator, render_capacity_guidance
from .context import (render_baseline_assessment, render_collaboration_principles, render_guiding_principles,
                      render_national_reviews, render_timeline, render_vision)
from .gaps import render_to_be_agreed, render_to_be_confirmed
from .measures import overview_rows, render_measures_summary
from .offer import render_offer_page
from .people import render_contacts, render_governance, render_supporters
from .plan import render_delivery_plan_page
from .progress import render_progress_report
from .stories import THEME_NAMES, render_featured_stories, render_latest_stories, render_story_cards
from .strategy import render_related_findings, render_strategic_focus
from .versions import render_version_history


@dataclass(frozen=True)
class MacroContext:
    data: SiteData
    env: object  # mkdocs-macros' environment: env.page is the page being rendered
    staff: bool
    versioned: bool  # built for publishing with mike: stable links point into latest/
    charts: MeasureCharts  # the site's measures with their analyses
    browse: tuple[tuple[str, str], ...]  # (kind, url from the site root) of each browse page this site has
    open_items: tuple = ()  # every gap (macros/analysis/open_items.py: OpenItem); staff site only
    progress: object = None  # what the progress report needs beyond the data (plugin: ProgressContext)

    def root(self) -> str:
        """The site root relative to the page being rendered."""
        return "../" * self.env.page.url.count("/")

    def stories_url(self) -> str:
        """stories/ relative to the page being rendered, for links to story pages."""
        return self.root() + "stories/"

    def browse_links(self) -> str:
        stories = self.data.stories
        themes = [name for theme, name in THEME_NAMES.items() if any(story.theme == theme for story in stories)]
        return render_partial("browse_links.html", browse=[(kind, self.root() + url) for kind, url in self.browse],
                              themes=themes, undated=any(story.published is None for story in stories))

    def open_items_list(self) -> str:
        return render_partial("open_items.html", items=self.open_items, root=self.root())

    def measures_summary(self) -> str:
        """The measures at a glance; on the public site, nothing at all when
        there is no public measure (never an empty section there)."""
        rows = overview_rows(self.data, self.charts, self.root())
        if not self.staff and not rows:
            return ""
        # Its groups sit under the page's title (staff) or under its own heading (public home page).
        return render_measures_summary(rows, heading_level=2 if self.staff else 3, public_heading=not self.staff)

    def progress_report(self) -> str:
        """The Board's delivery progress report (staff play book only): as of the
        build date, linking to the page that shows the plan, and compared with
        the previous published version's delivery (``progress``, given by the plugin)."""
        if not self.staff or self.progress is None:
            raise ValueError("the progress report is for the staff play book only; remove "
                             "{{ progress_report() }} from this page")
        plan_href = relative_url(self.env.page.url, self.progress.plan_url) if self.progress.plan_url else None
        return render_progress_report(self.data.delivery_plan, self.data.published_ids, self.progress.today,
                                      plan_href, self.progress.previous.version, self.progress.previous.actions)


def _nothing(*args, **kwargs) -> str:
    return ""


MACROS = {
    # The offer needs its page's address: its stable links and moved ids are relative to it.
    "offer": lambda c: lambda: render_offer_page(c.data, c.env.page.url, c.versioned),
    "story_cards": lambda c: lambda: render_story_cards(list(c.data.stories), c.stories_url()),
    # The public site never shows a gap: there these say nothing, and the part is left out.
    "to_be_agreed": lambda c: render_to_be_agreed if c.staff else _nothing,
    "to_be_confirmed": lambda c: render_to_be_confirmed if c.staff else _nothing,
    "measures_summary": lambda c: c.measures_summary,
    "browse_links": lambda c: c.browse_links,
    "open_items": lambda c: c.open_items_list,
    # Featured and latest stories (links go to stories/<slug>/ on either site).
    "latest_stories": lambda c: lambda count=6: render_latest_stories(list(c.data.stories), count, c.stories_url()),
    "featured_stories": lambda c: lambda: render_featured_stories(list(c.data.stories), c.stories_url()),
    # The play book's sections (one macro per data-driven part of a page).
    "supporters": lambda c: partial(render_supporters, c.data.governance),
    "national_reviews": lambda c: partial(render_national_reviews, c.data.context),
    "timeline": lambda c: partial(render_timeline, c.data.timeline),
    "baseline_assessment": lambda c: partial(render_baseline_assessment, c.data.context),
    "collaboration_principles": lambda c: partial(render_collaboration_principles, c.data.context,
                                                  c.data.organisations.by_id()),
    "capability_summary": lambda c: partial(render_capability_summary, c.data.capability_assessment,
                                            c.data.organisations.by_id()),
    "capability_chart": lambda c: partial(render_capability_chart, c.data.capability_assessment),
    "capability_components": lambda c: partial(render_capability_components, c.data.capability_assessment),
    "vision": lambda c: partial(render_vision, c.data.vision),
    "guiding_principles": lambda c: partial(render_guiding_principles, c.data.vision),
    "capacity_guidance": lambda c: partial(render_capacity_guidance, c.data.capacity_guidance),
    "capacity_calculator": lambda c: partial(render_capacity_calculator, c.data.capacity_guidance,
                                             organisation_choices(c.data.capability, c.data.organisations.by_id())),
    # The capability register: staff play book only (the public site's data has none; it shows nothing there).
    "capability_register": lambda c: partial(render_capability_register, c.data.capability,
                                             c.data.organisations.by_id(), c.data.capacity_guidance)
                                     if c.staff else (lambda: ""),
    "strategic_focus": lambda c: partial(render_strategic_focus, c.data.strategic_focus),
    "strategic_focus_findings": lambda c: partial(render_related_findings, c.data.strategic_focus,
                                                  c.data.capability_assessment),
    # The plan needs its page's address: its retired action ids lead on from it.
    "delivery_plan": lambda c: lambda: render_delivery_plan_page(c.data, c.env.page.url, c.versioned),
    "progress_report": lambda c: c.progress_report,
    "governance": lambda c: partial(render_governance, c.data.governance),
    "contacts": lambda c: partial(render_contacts, c.data.contacts, c.staff),
    "version_history": lambda c: partial(render_version_history, c.data.versions, c.data.playbook.version),
}

# Variables pages may use besides the macros (set by define_env): the play
# book's identity, the audience ("staff" or "public"), and whether this site
# has any contact to show (a page leaves out its contact section without one).
VARIABLES = ("playbook", "audience", "has_contacts")
# What the page checks accept in ``{{ … }}``.
PAGE_NAMES = frozenset(MACROS) | frozenset(VARIABLES)
