"""Reading built pages the way a reader sees them: text, elements and attributes."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class Page(HTMLParser):
    """The visible text of a page (whitespace collapsed), every element's attributes
    and the line it starts on, and the style sheets written in the page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.elements: list[tuple[str, dict]] = []
        self.lines: list[int] = []  # the line of each of ``elements``, in the same order
        self.styles: list[tuple[int, str]] = []  # (line, text) of each <style> element's content
        self._skip = 0
        self.feed(html)
        self.text = re.sub(r"\s+", " ", " ".join(self.parts))

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self.lines.append(self.getpos()[0])
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)
        elif self.lasttag == "style":
            self.styles.append((self.getpos()[0], data))

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.elements if "id" in a]

    def links(self) -> list[str]:
        return [a["href"] for t, a in self.elements if t == "a" and "href" in a]


def text_of(html: str) -> str:
    return Page(html).text


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def section(html: str, anchor: str) -> str:
    """The HTML from the heading with id ``anchor`` to the next heading of the same or a higher level."""
    match = re.search(rf'<h([1-6])[^>]*\bid="{re.escape(anchor)}"', html)
    assert match, f"no heading with id {anchor!r}"
    level = int(match.group(1))
    rest = html[match.end():]
    end = re.search(rf"<h[1-{level}][ >]", rest)
    return rest[: end.start()] if end else rest


class _Element(HTMLParser):
    """The visible text inside the first element with a given id, its descendants included;
    text in separate blocks and table cells is kept apart by a space, as a browser shows it."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    BLOCKS = {"p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "caption", "br", "summary", "details",
              "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption", "section"}

    def __init__(self, html: str, element_id: str):
        super().__init__(convert_charrefs=True)
        self.element_id, self.depth, self.found, self.parts = element_id, 0, False, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag not in self.VOID
            self.parts.append(" " if tag in self.BLOCKS else "")
        elif not self.found and dict(attrs).get("id") == self.element_id:
            self.found, self.depth = True, 0 if tag in self.VOID else 1

    def handle_startendtag(self, tag, attrs):
        if not self.depth and not self.found and dict(attrs).get("id") == self.element_id:
            self.found = True

    def handle_endtag(self, tag):
        if self.depth and tag not in self.VOID:
            self.depth -= 1
            self.parts.append(" " if tag in self.BLOCKS else "")

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def element_text(html: str, element_id: str) -> str | None:
    """The visible text of the element whose id is ``element_id`` (whitespace
    collapsed), or None when the page has no such element."""
    element = _Element(html, element_id)
    return squash("".join(element.parts)) if element.found else None
