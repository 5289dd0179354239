"""mkdocs-macros entry point: load the data once and register the renderers.

Every macro here is a renderer bound to this site's data; the rendering
itself lives in macros/render/ and is unit-tested without a build.
"""

from __future__ import annotations

from functools import partial

from .render.common import render_to_be_agreed
from .links import is_versioned
from .render.offer import render_offer_page
from .render.versions import render_version_history
from .render.stories import render_story_cards
from .render.stories import render_featured_stories, render_latest_stories
from .render.capability import render_capability_chart, render_capability_components, render_capability_summary
from .render.capacity import render_capacity_calculator, render_capacity_guidance
from .render.context import (render_baseline_assessment, render_collaboration_principles, render_guiding_principles,
                             render_national_reviews, render_timeline, render_vision)
from .render.people import render_contacts, render_governance, render_supporters
from .render.plan import render_delivery_plan
from .render.strategy import render_related_findings, render_strategic_focus
from .render.training import render_training
from .site import audience_of, data_for


def define_env(env) -> None:
    data = data_for(env.conf)
    env.variables["playbook"] = data.playbook
    # The theme's status banner (overrides/partials/status_banner.html) reads it here.
    env.conf["extra"]["playbook"] = data.playbook.model_dump()
    env.variables["audience"] = audience_of(env.conf)
    organisations = data.organisations.by_id()

    # The offer needs its page's address: its stable links and moved ids are relative to it.
    env.macro(lambda: render_offer_page(data, env.page.url, is_versioned(env.conf)), "offer")

    def stories_url() -> str:
        """stories/ relative to the page being rendered, for links to story pages."""
        return "../" * env.page.url.count("/") + "stories/"

    stories = list(data.stories)
    env.macro(lambda: render_story_cards(stories, stories_url()), "story_cards")
    env.macro(render_to_be_agreed, "to_be_agreed")
    # Featured and latest stories (links go to stories/<slug>/ on either site).
    env.macro(lambda count=6: render_latest_stories(stories, count, stories_url()), "latest_stories")
    env.macro(lambda: render_featured_stories(stories, stories_url()), "featured_stories")
    # The play book's sections (one macro per data-driven part of a page).
    env.macro(partial(render_supporters, data.governance), "supporters")
    env.macro(partial(render_national_reviews, data.context), "national_reviews")
    env.macro(partial(render_timeline, data.timeline), "timeline")
    env.macro(partial(render_baseline_assessment, data.context), "baseline_assessment")
    env.macro(partial(render_collaboration_principles, data.context, organisations), "collaboration_principles")
    env.macro(partial(render_capability_summary, data.capability_assessment, organisations), "capability_summary")
    env.macro(partial(render_capability_chart, data.capability_assessment), "capability_chart")
    env.macro(partial(render_capability_components, data.capability_assessment), "capability_components")
    env.macro(partial(render_vision, data.vision), "vision")
    env.macro(partial(render_guiding_principles, data.vision), "guiding_principles")
    env.macro(partial(render_training, data.training), "training")
    env.macro(partial(render_capacity_guidance, data.capacity_guidance), "capacity_guidance")
    env.macro(partial(render_capacity_calculator, data.capacity_guidance), "capacity_calculator")
    env.macro(partial(render_strategic_focus, data.strategic_focus), "strategic_focus")
    env.macro(partial(render_related_findings, data.strategic_focus, data.capability_assessment),
              "strategic_focus_findings")
    env.macro(partial(render_delivery_plan, data.delivery_plan, data.portfolio), "delivery_plan")
    env.macro(partial(render_governance, data.governance), "governance")
    env.macro(partial(render_contacts, data.contacts, audience_of(env.conf) == "staff"), "contacts")
    env.macro(partial(render_version_history, data.versions, data.playbook.version), "version_history")
