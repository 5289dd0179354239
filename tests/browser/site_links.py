"""A link check over a built site's HTML files, without a browser or network.

Every link, resource and redirect in every page must point at a file of the
site and, with a ``#fragment``, at an element with that id on the target
page. Links to other hosts are listed, not fetched; anything a page would
*load* from another host (script, stylesheet, image, frame...) is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from support.html import Page

BASE = "http://site.invalid/"  # stands for the site root while resolving links
SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "javascript:")
# (tag, attribute) -> is it loaded with the page (True) or only followed (False)?
LINK_ATTRIBUTES = {
    ("a", "href"): False, ("area", "href"): False, ("form", "action"): False,
    ("link", "href"): None,  # depends on rel, see element_links
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
    canonical: bool = False

    def __str__(self):
        return f"{self.page}:{self.line}: {self.url}"


@dataclass
class LinkReport:
    broken: list[str] = field(default_factory=list)
    external_links: list[str] = field(default_factory=list)  # followed only: listed, not fetched
    external_resources: list[str] = field(default_factory=list)  # loaded from another host


@dataclass
class LinkedPage:
    """The ids and outgoing links of one HTML file."""

    ids: set[str]
    links: list[Link]


def read_page(name: str, html: str) -> LinkedPage:
    page = Page(html)
    ids = {attrs[key] for tag, attrs in page.elements
           for key in (("id", "name") if tag == "a" else ("id",)) if attrs.get(key)}
    links = [link for (tag, attrs), line in zip(page.elements, page.lines, strict=True)
             for link in element_links(name, line, tag, attrs)]
    links += [link for line, css in page.styles for link in css_links(css, name, line)]
    return LinkedPage(ids, sorted(links, key=lambda link: link.line))  # in the page's order


def element_links(name: str, line: int, tag: str, attrs: dict) -> list[Link]:
    links = []
    for (link_tag, attribute), loaded in LINK_ATTRIBUTES.items():
        value = attrs.get(attribute)
        if link_tag != tag or not value:
            continue
        rels = set((attrs.get("rel") or "").lower().split())
        if loaded is None:  # <link>: stylesheets, icons, preloads are fetched
            loaded = not rels <= FOLLOWED_LINK_RELS
        links.append(Link(name, line, value.strip(), loaded, tag == "link" and "canonical" in rels))
    for candidate in (attrs.get("srcset") or "").split(","):
        if candidate.strip():
            links.append(Link(name, line, candidate.split()[0], True))
    if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
        target = re.search(r"url\s*=\s*['\"]?([^'\";]+)", attrs.get("content") or "", re.I)
        if target:
            links.append(Link(name, line, target.group(1).strip(), False))
    if attrs.get("style"):
        links += css_links(attrs["style"], name, line)
    return links


def css_links(css: str, name: str, line: int) -> list[Link]:
    return [Link(name, line, (m.group(1) or m.group(2)).strip(), True) for m in CSS_URL.finditer(css)]


def read_site(root: Path) -> dict[str, LinkedPage]:
    return {name: read_site_page(root, name)
            for name in (path.relative_to(root).as_posix() for path in sorted(root.rglob("*.html")))}


def target_file(root: Path, path: str) -> str | None:
    """The site file a URL path serves, as a web server would, or None."""
    relative = unquote(path).lstrip("/")
    candidate = root / relative
    if relative == "" or relative.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate.relative_to(root).as_posix() if candidate.is_file() else None


def site_url(root: Path) -> str | None:
    """The address a built site says it is published at (its home page's
    canonical link, written when the MkDocs config has a site_url)."""
    home = read_site_page(root, "index.html")
    return next((link.url for link in home.links if link.canonical), None) if home else None


def read_site_page(root: Path, name: str) -> LinkedPage | None:
    path = root / name
    return read_page(name, path.read_text(encoding="utf-8")) if path.is_file() else None


def check_site_links(root: Path, published: dict[str, Path] | None = None) -> LinkReport:
    """Check every link of every HTML page, and every url() in the site's CSS.

    ``published`` maps sites' published addresses (see ``site_url``) to their
    built folders: absolute links to those addresses, this site's own or a
    sibling site's, are checked against the built files too."""
    published = {url.rstrip("/") + "/": folder for url, folder in (published or {}).items()}
    sites = {root: read_site(root)}
    links = [link for page in sites[root].values() for link in page.links]
    for css in sorted(root.rglob("*.css")):
        name = css.relative_to(root).as_posix()
        links += css_links(css.read_text(encoding="utf-8", errors="replace"), name, 1)
    report = LinkReport()
    external = set()
    for link in links:
        if link.url.lower().startswith(SKIPPED_SCHEMES):
            continue
        resolved = urlsplit(urljoin(BASE + link.page, link.url))
        address = f"{resolved.scheme}://{resolved.netloc}{resolved.path}"
        folder, path, home = root, resolved.path, None
        if not address.startswith(BASE):
            home = next((url for url in published if (address + "/").startswith(url)), None)
            if home is None:
                if link.loaded:
                    report.external_resources.append(f"{link}: loaded from another host")
                external.add(link.url)
                continue
            folder, path = published[home], address[len(home):]
        target = target_file(folder, path)
        where = f"the site published at {home}" if folder != root else "the site"
        if target is None:
            report.broken.append(f"{link}: no such file in {where}")
            continue
        if folder not in sites:
            sites[folder] = read_site(folder)
        pages = sites[folder]
        fragment = unquote(resolved.fragment)
        if fragment and target in pages and fragment not in pages[target].ids:
            report.broken.append(f"{link}: {target} has no element with id \"{fragment}\"")
    report.external_links = sorted(external)
    return report
