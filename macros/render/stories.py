"""Improvement stories: cards for lists, and the full story."""

from __future__ import annotations

from ..models import Organisation, Story
from . import render_partial

THEME_NAMES = {"prevention": "Prevention", "integration": "Integration", "redesign": "Redesign"}


def render_story_cards(stories: list[Story], link_base: str = "#") -> str:
    """A list of story cards. ``link_base`` is prefixed to each slug
    (``#`` links to anchors on the same page, ``stories/`` to story pages)."""
    return render_partial("story_cards.html", stories=stories, link_base=link_base,
                          theme_names=THEME_NAMES)


def render_story(story: Story, organisations: dict[str, Organisation], related: list[Story],
                 public_url: str | None = None, heading_level: int = 2, related_base: str = "#",
                 public_root: str | None = None) -> str:
    """One story in full.  ``public_url`` links a public story to its page
    on the public site (used in the staff play book).  ``public_root`` is
    given only on the public site's story pages: the relative path from the
    page to the site's root, for links to the browse pages."""
    return render_partial(
        "story.html",
        story=story,
        organisations=[organisations[o] for o in story.organisations],
        related=related,
        public_url=public_url,
        h=heading_level,
        related_base=related_base,
        public_root=public_root,
        theme_names=THEME_NAMES,
    )


def render_latest_stories(stories: list[Story], count: int = 6, link_base: str = "stories/") -> str:
    """Cards for the newest ``count`` stories (``stories`` is newest first)."""
    return render_story_cards(list(stories[:count]), link_base)


def render_featured_stories(stories: list[Story], link_base: str = "stories/") -> str:
    """Cards for the stories marked ``featured: true``, newest first."""
    return render_story_cards([story for story in stories if story.featured], link_base)
