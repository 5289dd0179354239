"""The whole play book on one page, for printing (board papers).

Each page of the navigation is rendered as usual; the print page
(docs/print.md, filled in by the plugin) then holds all of their
content in navigation order, with a contents list.  So that one page can
hold many, every id is prefixed with its page's key (``offer--qi-training``),
references to ids follow, links between play book pages become links within
the print page, other relative links are re-based on the print page's URL,
and headings move one level down under the print page's own heading.

We do this ourselves rather than with mkdocs-print-site-plugin because that
plugin renames only the ids of headings while rewriting every ``#`` link, so
links to our stories and offer items (ids on <article> and <section>) broke.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..render import render_template


@dataclass(frozen=True)
class BookPage:
    url: str  # relative to the site root, as MkDocs gives it: "" (home), "offer/", "a/b/"
    title: str
    html: str  # the page's rendered content


# Attributes whose value is an id, or a space-separated list of ids.
ID_LISTS = {"aria-labelledby", "aria-describedby", "aria-controls", "for", "headers"}
_ATTRIBUTE = re.compile(r'(?<=\s)(id|href|src|xlink:href|' + "|".join(ID_LISTS) + r')="([^"]*)"')
_HEADING = re.compile(r"<(/?)h([1-6])(?=[\s>])", re.IGNORECASE)
# An SVG paint that names an element of the page: fill="url(#chart-fill-on-track)".
_PAINT = re.compile(r'(?<=\s)(fill|stroke)="url\(#([^)"]+)\)"')


def page_key(url: str) -> str:
    """The id of a page's section on the print page: its URL as one word."""
    return _page_path(url).strip("/").replace("/", "-") or "home"


def whole_book_html(pages: list[BookPage], print_url: str) -> str:
    """The contents list and every page's content, ready to follow the print page's introduction."""
    keys = {_page_path(page.url): page_key(page.url) for page in pages}
    sections = [
        {"key": page_key(page.url), "title": page.title, "html": rebase(page, keys, print_url)}
        for page in pages
    ]
    # Rendered without render_partial's blank-line removal, which would change <pre> blocks.
    return render_template("print_book.html", sections=sections)


def rebase(page: BookPage, keys: dict[str, str], print_url: str) -> str:
    """One page's HTML, rewritten to live inside the print page."""
    key = page_key(page.url)

    def attribute(match: re.Match) -> str:
        name, value = match.groups()
        if name == "id":
            return f'id="{key}--{value}"'
        if name in ID_LISTS:
            return f'{name}="{" ".join(f"{key}--{part}" for part in value.split())}"'
        return f'{name}="{_link(value, page.url, key, keys, print_url)}"'

    html = _PAINT.sub(lambda m: f'{m.group(1)}="url(#{key}--{m.group(2)})"', _ATTRIBUTE.sub(attribute, page.html))
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", html)


def _link(value: str, page_url: str, key: str, keys: dict[str, str], print_url: str) -> str:
    if value.startswith("#"):
        return f"#{key}--{value[1:]}" if value[1:] else f"#{key}"
    parts = urlsplit(value)
    if parts.scheme or value.startswith("//") or not value:
        return value  # another site, mailto:, data:, or nothing to rebase
    target = urlsplit(urljoin("/" + page_url, value))
    path = _page_path(target.path.lstrip("/"))
    if path in keys:
        return f"#{keys[path]}--{target.fragment}" if target.fragment else f"#{keys[path]}"
    relative = posixpath.relpath("/" + path, "/" + print_url)
    if path.endswith("/") or not path:
        relative += "/"
    return relative + (f"?{target.query}" if target.query else "") + (
        f"#{target.fragment}" if target.fragment else "")


def _page_path(url: str) -> str:
    """A page URL without a trailing index.html, so both spellings match."""
    return url[: -len("index.html")] if url.endswith("index.html") else url
