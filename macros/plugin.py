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
from .render.stories import render_story, render_story_cards
from .site import audience_of, data_for


def define_env(env) -> None:
    data = data_for(env.conf)
    env.variables["playbook"] = data.playbook
    # The theme's status banner (overrides/partials/status_banner.html) reads it here.
    env.conf["extra"]["playbook"] = data.playbook.model_dump()
    env.variables["audience"] = audience_of(env.conf)
    stories_url = env.conf["extra"].get("stories_site_url", "")
    organisations = data.organisations.by_id()

    def story(slug: str) -> str:
        item = data.story(slug)
        related = [data.story(other) for other in item.related if other in {s.slug for s in data.stories}]
        public_url = f"{stories_url}stories/{slug}/" if stories_url and item.is_public else None
        return render_story(item, organisations, related, public_url=public_url)

    # The offer needs its page's address: its stable links and moved ids are relative to it.
    env.macro(lambda: render_offer_page(data, env.page.url, is_versioned(env.conf)), "offer")
    env.macro(partial(render_story_cards, list(data.stories)), "story_cards")
    env.macro(lambda: "\n".join(story(s.slug) for s in data.stories), "all_stories")
    env.macro(story, "story")
    env.macro(render_to_be_agreed, "to_be_agreed")
    env.macro(partial(render_version_history, data.versions, data.playbook.version), "version_history")
