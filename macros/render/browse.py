"""The public site's browse pages: paginated story listings and browse indexes."""

from __future__ import annotations

from ..models import Story
from . import render_partial
from .stories import THEME_NAMES


def render_listing(title: str, intro: str, stories: list[Story], first: int, total: int,
                   number: int, count: int, links: dict[str, str], story_base: str) -> str:
    """One page of a story listing.

    ``first`` is the position of the first story shown among ``total``;
    ``links`` maps first/previous/next/last to the other pages' relative URLs
    (only those that exist); ``story_base`` is the relative URL of stories/.
    """
    return render_partial("story_listing.html", title=title, intro=intro, stories=stories,
                          first=first, total=total, number=number, count=count, links=links,
                          link_base=story_base, theme_names=THEME_NAMES)


def render_browse_index(title: str, intro: str, groups: list[tuple[str, str, int]], empty: str,
                        to_be_agreed: str | None = None) -> str:
    """The groups (name, relative URL, number of stories), or ``empty`` when
    there are none, then an optional "to be agreed with partners" note."""
    return render_partial("browse_index.html", title=title, intro=intro, groups=groups, empty=empty,
                          to_be_agreed=to_be_agreed)
