"""Links to a part of a page (``other.md#part``, ``#part``) that leads to no
heading or item there, as ``path:line: message``: one function,
``anchor_problems``, for `make check` and `make build` alike, fed by the page
index (each page's links to parts of pages, macros/pages/links.py) and by
each page's ids.

The build takes a page's ids from the HTML it made of it. `make check` makes
the same HTML without building: the page with its macros run, as the build
runs them (macros/site/page_anchors.py), through Python-Markdown with the
sites' extensions (``html_of``): a heading's id as the ``toc`` extension
makes it (``## Our offer`` is ``#our-offer``, a second one ``#our-offer_1``),
one set with ``{#custom-id}`` (``attr_list``), and every ``id="…"`` of the
page's HTML and of what its macros write (an offer item's, say).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import markdown

from ..data.errors import DataError
from .index import PageIndex
from .links import no_anchor

# The sites' Markdown extensions (mkdocs.base.yml's markdown_extensions; tests/unit/test_anchors.py
# holds the two together), with those MkDocs always adds (toc, tables, fenced_code).
MARKDOWN_EXTENSIONS = ("admonition", "attr_list", "md_in_html", "tables", "toc", "fenced_code")
EXTENSION_SETTINGS = {"toc": {"permalink": True}}
ELEMENT_ID = re.compile(r"""\sid\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@dataclass(frozen=True)
class PageIds:
    """The ids of a written page's elements: where a link to a part of it may lead."""

    ids: frozenset[str]
    complete: bool = True  # False: some of the page only a build makes (the navigation), so an id may be missing


def html_of(page_markdown: str) -> str:
    """The page's HTML, as the sites' Markdown makes it."""
    return markdown.markdown(page_markdown, extensions=list(MARKDOWN_EXTENSIONS),
                             extension_configs=EXTENSION_SETTINGS)


def ids_in(html: str) -> frozenset[str]:
    """Every element id in ``html``."""
    return frozenset(match.group(1) if match.group(1) is not None else match.group(2)
                     for match in ELEMENT_ID.finditer(html))


def anchor_problems(pages: PageIndex, folder: str, ids: Mapping[str, PageIds],
                    kept: Mapping[str, set[str]] | None = None) -> list[DataError]:
    """Each link from a page of ``folder`` to a part of a page that has no such id.

    ``ids``: each page's ids, by its path in ``folder`` (a page not in it is not
    checked: its ids are not known); an id not found on a page whose ids are not
    ``complete`` is left to the build. ``kept``: by page, the links left once its
    macros have run (a link in a part they leave out is not on the site); a page
    not in it has all its links."""
    problems = []
    for page in pages.in_folder(folder):
        links = kept.get(page.path.removeprefix(folder + "/")) if kept is not None else None
        for link in page.anchors:
            target = ids.get(link.page)
            if (links is None or link.link in links) and target is not None and target.complete \
                    and link.anchor not in target.ids:
                problems.append(DataError(page.path, link.line, no_anchor(link.link, link.anchor)))
    return problems
