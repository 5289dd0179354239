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
