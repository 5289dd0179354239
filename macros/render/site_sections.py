"""The home page's list of everything in the site: the navigation's own groups
and pages, so the home page and the navigation can never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from . import render_partial
from ..addresses import relative_url


@dataclass(frozen=True)
class Link:
    title: str
    url: str  # relative to the page that shows it


@dataclass(frozen=True)
class Group:
    title: str
    links: tuple[Link, ...]


def nav_groups(items, from_url: str) -> list[Group]:
    """Each top-level entry of MkDocs' navigation (``nav.items``) as a group:
    a section with its pages (nested sections flattened), or a page on its
    own as a group of one. The page ``from_url`` itself is left out."""
    groups = []
    for item in items:
        pages = list(_pages(item))
        links = tuple(Link(page.title, relative_url(from_url, page.url)) for page in pages
                      if page.url != from_url)
        if links:
            groups.append(Group(item.title, links))
    return groups


def _pages(item):
    if getattr(item, "children", None):
        for child in item.children:
            yield from _pages(child)
    elif getattr(item, "is_page", False):
        yield item


def render_site_sections(items, from_url: str) -> str:
    return render_partial("site_sections.html", groups=nav_groups(items, from_url))
