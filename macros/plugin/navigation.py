"""Where a page made from data sits in the navigation.

Story, measure and project pages are not in the navigation (a site of
thousands of stories would carry every one on every page), so Material
would highlight no tab for them and show no sidebar. Such a page names the
navigation page it belongs under (front matter ``section``, from
``GeneratedPage.section``: its list); while it renders, that page is marked
active, which MkDocs passes on to its sections, so its tab is highlighted.
"""

from __future__ import annotations


def mark_section(page, nav):
    """Mark the navigation page ``page`` belongs under as active, and return it
    (None when it names none, or the navigation has no such page). The caller
    unmarks it once the page is rendered: the mark is for this page alone."""
    section = page.meta.get("section") if page.parent is None else None
    marked = next((item for item in nav.pages if item.url == section), None) if section is not None else None
    if marked is not None:
        marked.active = True
    return marked


def shared_key(page, nav, marked) -> tuple[str | None, str] | None:
    """Which pages show the same navigation and tabs as ``page``: those outside the
    navigation, under the same marked section, whose folders share a parent (the links
    are relative, so the folder matters). None for a page in the navigation (its own link
    is marked), or one with navigation pages inside its own folder."""
    if page.parent is not None or page in nav.pages:
        return None
    folder = page.url if page.url.endswith("/") else page.url.rpartition("/")[0] + "/"
    if folder == "/" or any(item.url.startswith(folder) for item in nav.pages):
        return None
    return (marked.url if marked is not None else None, folder.rstrip("/").rpartition("/")[0])


class SharedParts:
    """Parts of the theme's pages made once and shown on every page with the same key
    (``shared_key``): Material renders its navigation anew for each page, which at
    thousands of story pages is a large share of the build. Used by
    overrides/partials/nav.html and tabs.html; a page with no key has its own."""

    def __init__(self) -> None:
        self._made: dict[tuple, str] = {}

    def for_page(self, key) -> PageParts | None:
        return PageParts(self._made, key) if key is not None else None


class PageParts:
    def __init__(self, made: dict, key) -> None:
        self._made, self._key = made, key

    def made(self, part: str) -> str | None:
        """The part as made for an earlier page with this key, if any."""
        return self._made.get((part, self._key))

    def keep(self, part: str, html: str) -> str:
        """Keep ``html`` for the next pages with this key, and return it."""
        self._made[(part, self._key)] = html
        return html
