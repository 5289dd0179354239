"""A link check over a built site's HTML files, without a browser or network.

Every link, resource and redirect in every page must point at a file of the
site and, with a ``#fragment``, at an element with that id on the target
page. Links to other hosts are listed, not fetched; anything a page would
*load* from another host (script, stylesheet, image, frame...) is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BASE = "http://site.invalid/"  # stands for the site root while resolving links
SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "javascript:")
# (tag, attribute) -> is it loaded with the page (True) or only followed (False)?
LINK_ATTRIBUTES = {
    ("a", "href"): False, ("area", "href"): False, ("form", "action"): False,
    ("link", "href"): None,  # depends on rel, see Page.handle_starttag
    ("script", "src"): True, ("img", "src"): True, ("iframe", "src"): True,
    ("frame", "src"): True, ("embed", "src"): True, ("object", "data"): True,
    ("source", "src"): True, ("track", "src"): True, ("video", "src"): True,
    ("video", "poster"): True, ("audio", "src"): True, ("input", "src"): True,
    ("image", "href"): True, ("use", "href"): True, ("image", "xlink:href"): True,
    ("use", "xlink:href"): True,
}
FOLLOWED_LINK_RELS = {"alternate", "canonical", "next", "prev", "search", "help", "license", "author"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


@dataclass
class Link:
    page: str  # the page's path relative to the site root
    line: int
    url: str
    loaded: bool  # fetched with the page, not merely followed

    def __str__(self):
        return f"{self.page}:{self.line}: {self.url}"


@dataclass
class LinkReport:
    broken: list[str] = field(default_factory=list)
    external_links: list[str] = field(default_factory=list)  # followed only: listed, not fetched
    external_resources: list[str] = field(default_factory=list)  # loaded from another host


class Page(HTMLParser):
    """The ids and outgoing links of one HTML file."""

    def __init__(self, name: str):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.ids: set[str] = set()
        self.links: list[Link] = []
        self.style_lines: int | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        line = self.getpos()[0]
        for key in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for (link_tag, attribute), loaded in LINK_ATTRIBUTES.items():
            value = attrs.get(attribute)
            if link_tag != tag or not value:
                continue
            if loaded is None:  # <link>: stylesheets, icons, preloads are fetched
                loaded = not set((attrs.get("rel") or "").lower().split()) <= FOLLOWED_LINK_RELS
            self.links.append(Link(self.name, line, value.strip(), loaded))
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.strip():
                self.links.append(Link(self.name, line, candidate.split()[0], True))
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            target = re.search(r"url\s*=\s*['\"]?([^'\";]+)", attrs.get("content") or "", re.I)
            if target:
                self.links.append(Link(self.name, line, target.group(1).strip(), False))
        if attrs.get("style"):
            self.links += css_links(attrs["style"], self.name, line)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.lasttag == "style":
            self.links += css_links(data, self.name, self.getpos()[0])


def css_links(css: str, name: str, line: int) -> list[Link]:
    return [Link(name, line, (m.group(1) or m.group(2)).strip(), True) for m in CSS_URL.finditer(css)]


def read_site(root: Path) -> dict[str, Page]:
    pages = {}
    for path in sorted(root.rglob("*.html")):
        name = path.relative_to(root).as_posix()
        parser = Page(name)
        parser.feed(path.read_text(encoding="utf-8"))
        pages[name] = parser
    return pages


def target_file(root: Path, path: str) -> str | None:
    """The site file a URL path serves, as a web server would, or None."""
    relative = unquote(path).lstrip("/")
    candidate = root / relative
    if relative == "" or relative.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate.relative_to(root).as_posix() if candidate.is_file() else None


def check_site_links(root: Path) -> LinkReport:
    """Check every link of every HTML page, and every url() in the site's CSS."""
    pages = read_site(root)
    links = [link for page in pages.values() for link in page.links]
    for css in sorted(root.rglob("*.css")):
        name = css.relative_to(root).as_posix()
        links += css_links(css.read_text(encoding="utf-8", errors="replace"), name, 1)
    report = LinkReport()
    external = set()
    for link in links:
        if link.url.lower().startswith(SKIPPED_SCHEMES):
            continue
        resolved = urlsplit(urljoin(BASE + link.page, link.url))
        if f"{resolved.scheme}://{resolved.netloc}/" != BASE:
            if link.loaded:
                report.external_resources.append(f"{link}: loaded from another host")
            external.add(link.url)
            continue
        target = target_file(root, resolved.path)
        if target is None:
            report.broken.append(f"{link}: no such file in the site")
        elif resolved.fragment and target in pages and unquote(resolved.fragment) not in pages[target].ids:
            report.broken.append(f"{link}: {target} has no element with id \"{unquote(resolved.fragment)}\"")
    report.external_links = sorted(external)
    return report
