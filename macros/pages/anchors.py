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
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import markdown
from markdown.extensions.toc import slugify

from ..data.errors import DataError
from ..data.wording import excerpt
from .front_matter import PageRecord
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
    repeated: frozenset[str] = frozenset()  # ids given to more than one element: a link reaches only the first

    @classmethod
    def of(cls, html: str, complete: bool = True) -> PageIds:
        counts = Counter(match.group(1) if match.group(1) is not None else match.group(2)
                         for match in ELEMENT_ID.finditer(html))
        return cls(frozenset(counts), complete, frozenset(i for i, count in counts.items() if count > 1))


def html_of(page_markdown: str) -> str:
    """The page's HTML, as the sites' Markdown makes it."""
    return markdown.markdown(page_markdown, extensions=list(MARKDOWN_EXTENSIONS),
                             extension_configs=EXTENSION_SETTINGS)


def anchor_problems(pages: PageIndex, folder: str, ids: Mapping[str, PageIds],
                    kept: Mapping[str, set[str]] | None = None) -> list[DataError]:
    """Each link from a page of ``folder`` to a part of a page that has no such id.

    ``ids``: each page's ids, by its path in ``folder`` (a page not in it is not
    checked: its ids are not known); an id not found on a page whose ids are not
    ``complete`` is left to the build. ``kept``: by page, the links left once its
    macros have run (a link in a part they leave out is not on the site); a page
    not in it has all its links. An id given to two parts of one page is a
    problem too: a link to it reaches only the first (an offer item's id that
    is also a heading's, say)."""
    problems = []
    for page in pages.in_folder(folder):
        made = ids.get(page.path.removeprefix(folder + "/"))
        problems += [DataError(page.path, _line_of_id(page, anchor), _repeated_id(anchor))
                     for anchor in sorted(made.repeated if made else ())]
        links = kept.get(page.path.removeprefix(folder + "/")) if kept is not None else None
        for link in page.anchors:
            target = ids.get(link.page)
            if (links is None or link.link in links) and target is not None and target.complete \
                    and link.anchor not in target.ids:
                problems.append(DataError(page.path, link.line, no_anchor(link.link, link.anchor)))
    return problems


def _repeated_id(anchor: str) -> str:
    return (f"two parts of this page have the id `{excerpt(anchor, 40)}` (a heading, an `id=\"…\"` or an item "
            "a macro makes from data, such as an offer item), so a link to it reaches only the first; give one "
            "of them another id (a heading's with `{#another-id}` after it, an item's in its data file)")


def _line_of_id(page: PageRecord, anchor: str) -> int:
    """The line of the page that gives ``anchor``: a heading, ``{#…}`` or ``id="…"``; else the
    first macro call (the data it shows may hold the id); else the page's first line."""
    written = re.compile(r"""\{[^}]*#%s[\s}]|\sid\s*=\s*["']%s["']""" % (re.escape(anchor), re.escape(anchor)))
    for number, line in enumerate(page.body.splitlines(), start=page.first_line):
        heading = re.match(r"#{1,6}\s+(.*?)\s*(\{.*\})?\s*$", line)
        if written.search(line) or (heading and slugify(heading.group(1), "-") == anchor):
            return number
    return page.calls[0].line if page.calls else page.first_line
