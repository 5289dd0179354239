"""Improvement stories: cards for lists, and the full story."""

from __future__ import annotations

from collections.abc import Sequence

from ..data.models import Glossary, Organisation, Story
from . import render_partial
from .glossary import explainer, render_terms_used, terms_in

THEME_NAMES = {"prevention": "Prevention", "integration": "Integration", "redesign": "Redesign"}


def listing_order(stories: list[Story]) -> str:
    """How ``stories`` are listed (``Story.newest_first``), in words for readers."""
    dated = sum(story.published is not None for story in stories)
    if not dated:
        return "in alphabetical order"
    return "newest first" if dated == len(stories) else "newest first, then those without a date"


def render_story_cards(stories: list[Story], link_base: str, glossary: Glossary | None = None) -> str:
    """A list of story cards; ``link_base`` is the relative URL of stories/;
    ``glossary``: the words a summary spells out where it uses them."""
    return render_partial("story_cards.html", stories=stories, link_base=link_base,
                          theme_names=THEME_NAMES, explain=explainer(glossary))


def render_story(story: Story, organisations: dict[str, Organisation], related: list[Story], root: str,
                 staff: bool, public_url: str | None = None, measures: str = "",
                 glossary: Glossary | None = None, list_url: str | None = None,
                 glossary_href: str | None = None, projects: Sequence[tuple[str, str]] = ()) -> str:
    """One story on its own page.  ``root`` is the relative path from the page
    to the site root; ``staff`` adds what only staff see; ``public_url`` links
    a public story from the play book to its page on the public site;
    ``measures`` is the table of the measures that support it (HTML);
    ``glossary``: the words the page explains where the story uses them;
    ``list_url``: the page listing every story, to go back to;
    ``glossary_href``: the glossary page, which each word used links to; ``projects``:
    (title, relative url) of each project on this site that the story is part of."""
    texts = [story.title, story.summary, story.problem or "", *story.what_we_did,
             *(f"{o.value or ''} {o.description} {o.period or ''}" for o in story.outcomes)]
    return render_partial(
        "story.html",
        story=story,
        organisations=[organisations[o] for o in story.organisations],
        funders=[organisations[o] for o in story.funders],
        related=related,
        root=root,
        staff=staff,
        public_url=public_url,
        projects=list(projects),
        theme_names=THEME_NAMES,
        measures=measures,
        terms=render_terms_used(terms_in(texts, glossary), glossary, "story", glossary_href) if glossary else "",
        list_url=list_url,
    )


def render_latest_stories(stories: list[Story], count: int, link_base: str,
                          glossary: Glossary | None = None) -> str:
    """Cards for the newest ``count`` stories that are not featured (those
    are shown just above); ``stories`` is newest first."""
    return render_story_cards([story for story in stories if not story.featured][:count], link_base, glossary)


def render_featured_stories(stories: list[Story], link_base: str, glossary: Glossary | None = None) -> str:
    """Cards for the stories marked ``featured: true``, newest first."""
    return render_story_cards([story for story in stories if story.featured], link_base, glossary)
