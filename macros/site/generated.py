"""Pages made from data rather than written in docs/: what the plugin adds to a site.

Each is complete HTML (already escaped) with a title; the plugin hands MkDocs
a front-matter-only Markdown file for it and puts the HTML in after
Markdown, because passing thousands of pages of finished HTML through
Markdown's HTML parser was a third of the build.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Literal

from ..addresses import page_url


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from data; ``html`` is complete and already escaped."""

    uri: str  # the source path it pretends to have under docs_dir
    title: str  # plain text
    html: str
    description: str | None = None
    in_nav: bool = False
    searchable: bool = True
    # What search's "Kind" filter calls it, capitalised (overrides/main.html):
    # one of the words a reader knows the site's pages by; a page written in
    # docs/, or made from data but none of the others (events), is a "page".
    kind: Literal["page", "story", "measure", "project"] = "page"
    # The URL of the page in the navigation it belongs under (its list), for a
    # page not in the navigation: the plugin marks that page's section as the
    # one the reader is in (its tab and its part of the sidebar).
    section: str | None = None

    @property
    def url(self) -> str:
        return page_url(self.uri)

    def markdown(self) -> str:
        """Front matter only (the plugin puts the HTML in after Markdown).

        ``render_macros: false`` keeps editors' text (which may contain
        ``{{``) away from the macros engine.  Material prints ``title`` and
        ``description`` into the page head unescaped, so they are escaped here.
        ``search: {exclude: true}`` and ``kind`` are read by overrides/main.html,
        ``section`` by the plugin (macros/plugin/navigation.py).
        """
        front = {"title": _escape(self.title), "render_macros": False, "kind": self.kind}
        if self.description:
            front["description"] = _escape(self.description)
        if not self.searchable:
            front["search"] = {"exclude": True}
        if self.section is not None:
            front["section"] = self.section
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        return "---\n" + "\n".join(lines) + "\n---\n"


def _escape(text: str) -> str:
    """Escape for HTML text and double-quoted attributes, leaving apostrophes
    readable (they also reach the search index as they are)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def without_missing_pages(nav: list, present: set[str], generated_folders: tuple[str, ...]) -> list:
    """The site's navigation (as mkdocs.yml gives it) without the entries for
    pages made from data that this build does not make, such as "Browse by
    tag" while no story has a tag: a section with nothing in it is left out."""
    kept = []
    for item in nav:
        title, target = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(target, list):
            target = without_missing_pages(target, present, generated_folders)
            if target:
                kept.append({title: target})
        elif not (isinstance(target, str) and target.startswith(generated_folders) and target not in present):
            kept.append(item)
    return kept
