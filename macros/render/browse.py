"""The browse pages: paginated story listings and browse indexes."""

from __future__ import annotations

from ..data.models import Glossary, Story
from . import render_partial
from .glossary import explainer
from .stories import THEME_NAMES


def render_listing(title: str, kind: str, name: str, stories: list[Story], first: int, total: int,
                   number: int, count: int, links: dict[str, str], story_base: str, order: str = "newest first",
                   glossary: Glossary | None = None) -> str:
    """One page of a story listing.

    ``kind`` (all, theme, unthemed, organisation, tag) and ``name`` choose
    the introduction; ``first`` is the position of the first story shown
    among ``total``; ``links`` maps first/previous/next/last to the other
    pages' relative URLs (only those that exist); ``story_base`` is the
    relative URL of stories/; ``order``: how all ``total`` stories are
    ordered, in words (``listing_order``); ``glossary``: the words the cards
    spell out where a summary uses them.
    """
    return render_partial("story_listing.html", title=title, kind=kind, name=name, stories=stories,
                          first=first, total=total, number=number, count=count, links=links,
                          link_base=story_base, theme_names=THEME_NAMES, order=order,
                          explain=explainer(glossary))


def render_browse_index(title: str, kind: str, groups: list[tuple[str, str, int]],
                        unthemed: bool = False) -> str:
    """The groups (name, relative URL, number of stories) of one way of
    browsing (``kind``: themes, organisations, tags)."""
    return render_partial("browse_index.html", title=title, kind=kind, groups=groups, unthemed=unthemed)
