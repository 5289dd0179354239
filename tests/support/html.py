"""Reading built pages the way a reader sees them: text, elements and attributes."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class Page(HTMLParser):
    """The visible text of a page (whitespace collapsed) and every element's attributes."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.elements: list[tuple[str, dict]] = []
        self._skip = 0
        self.feed(html)
        self.text = re.sub(r"\s+", " ", " ".join(self.parts))

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

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
