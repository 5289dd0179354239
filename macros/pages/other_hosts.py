"""What a page would fetch from another host as it is shown, without a click.

Built pages request nothing from any other host (no CDN scripts, fonts or
trackers): that is the contract, and what docs-public/privacy.md promises.
An editor could break it with one line of a page, an image whose address is
on another site, so the written pages are checked for it (``page_problems``,
from the page index: the same ``path:line`` from `make check` and `make
build`), and the plugin checks every built page too, the theme's, the
templates' and the plugin's own output included (``built_page_problems``).

What counts: an image, a script, a style sheet, an icon, a preloaded file, a
frame, an embedded object, a video, a sound, a track, a style's ``url()`` or
``@import``, an automatic refresh to another address and a ``<base>`` that
sends every relative address elsewhere; written in Markdown (``![…](…)``,
inline or by reference) or in HTML. An ordinary link is not a request: a
reader chooses to follow it. Another host is any address with a scheme a
browser fetches over the network (``https:``, ``http:``, …) or one starting
``//`` (protocol-relative); ``data:`` addresses are part of the page.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from ..data.errors import DataError
from ..data.wording import excerpt
from .links import LINK, prose_lines, without_comments

NETWORK_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss"})
# Each element that fetches something, with its attributes that hold an address (the rest are links or text).
FETCHING = {
    "img": ("src", "srcset"), "source": ("src", "srcset"), "script": ("src",), "link": ("href", "imagesrcset"),
    "iframe": ("src",), "frame": ("src",), "portal": ("src",), "embed": ("src",), "object": ("data",),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "input": ("src",),
    "image": ("href", "xlink:href"), "feimage": ("href", "xlink:href"), "use": ("href", "xlink:href"),
    "meta": ("content",), "base": ("href",),
}
# What a <link> fetches by itself, by its rel; other rels (canonical, alternate…) only name an address.
FETCHING_RELS = frozenset({"stylesheet", "icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon",
                           "manifest", "preload", "modulepreload", "prefetch", "prerender", "preconnect",
                           "dns-prefetch"})
WHAT = {"img": "the image", "source": "the media file", "input": "the image", "image": "the image",
        "feimage": "the image", "use": "the drawing", "script": "the script", "link": "the file the <link> loads",
        "iframe": "the framed page", "frame": "the framed page", "portal": "the framed page",
        "embed": "the embedded object", "object": "the embedded object", "video": "the video",
        "audio": "the sound", "track": "the text track", "meta": "the page this page refreshes to",
        "base": "the <base> address every relative address then starts from"}

# Possessive and greedy where nothing could be found by going back: a built page's every tag is tried.
_TAG = re.compile(r"<(?P<name>" + "|".join(FETCHING) + r"|[a-z][a-z0-9:-]*+(?=[^>]*\s(?:style|background)\s*=))"
                  r"\b(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+>", re.IGNORECASE)
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPT_TEXT = re.compile(r"(<script\b[^>]*>)(.*?)(</script\s*>)", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"url\(\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:\"([^\"]*)\"|'([^']*)')",
                      re.IGNORECASE)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"]+)", re.IGNORECASE)
# Markdown images: ![alt](address "title"), ![alt][label], ![alt][] and ![alt] (a label defined elsewhere).
_ALT = r"!\[((?:[^\[\]\\]|\\.|\[[^\]]*\])*)\]"
_INLINE_IMAGE = re.compile(_ALT + r"\(\s*(?:<([^>]*)>|([^)\s]+))")
_REFERENCE_IMAGE = re.compile(_ALT + r"(?:\[([^\]]*)\])?(?![(\[])")


@dataclass(frozen=True, order=True)
class Fetch:
    line: int  # 1-based, in the text scanned
    what: str  # "the image", "the script", …
    address: str


def from_another_host(address: str) -> bool:
    """Whether a browser would fetch ``address`` from another host: a network scheme, or ``//``.
    Browsers drop spaces and control characters around and tabs and line breaks within an
    address, and read a backslash as a slash."""
    address = re.sub(r"[\x00-\x20]", "", address).replace("\\", "/")
    if address.startswith("//"):
        return True
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", address, re.IGNORECASE)
    return bool(scheme) and scheme.group(1).lower() in NETWORK_SCHEMES


def html_fetches(text: str) -> list[Fetch]:
    """What the HTML in ``text`` (a built page, or a written page's HTML) fetches from other hosts.
    Comments fetch nothing, and a script's own code is not read (its ``src`` is)."""
    text = _SCRIPT_TEXT.sub(lambda m: m.group(1) + "\n" * m.group(2).count("\n") + m.group(3), without_comments(text))
    found = []  # (where in text, what, address): a line is counted only for the few fetches from another host
    for match in _TAG.finditer(text):
        tag = match.group(0)
        fetches = _short_tag_fetches(tag) if len(tag) <= SHORT_TAG else tuple(_tag_addresses(*_attributes(tag)))
        found += [(match.start(), what, address) for what, address in fetches]
    for match in _STYLE_ELEMENT.finditer(text):
        found += [(match.start(1) + position, what, address)
                  for position, what, address in _css_addresses(match.group(1))]
    return sorted(Fetch(text.count("\n", 0, where) + 1, what, address)
                  for where, what, address in found if from_another_host(address))


def markdown_fetches(body: str) -> list[Fetch]:
    """What a written page's Markdown body fetches from other hosts: its images, and its HTML.
    Code, shown as code, and comments are left out (line numbers kept)."""
    lines = prose_lines(body)
    definitions = {}
    for line in lines:
        definition = re.match(r"^\s{0,3}\[([^\]]+)\]:", line)
        if definition and (match := LINK.search(line)):
            definitions.setdefault(_label(definition.group(1)), match.group(2))
    found = []
    for number, line in enumerate(lines, start=1):
        found += [Fetch(number, "the image", m.group(2) if m.group(2) is not None else m.group(3))
                  for m in _INLINE_IMAGE.finditer(line)]
        for m in _REFERENCE_IMAGE.finditer(line):
            address = definitions.get(_label(m.group(2) or m.group(1)))
            if address:
                found.append(Fetch(number, "the image", address))
    found = [fetch for fetch in found if from_another_host(fetch.address)]
    return sorted(set(found + html_fetches("\n".join(lines))))


def fix(what: str, address: str, folder: str, page: str) -> str:
    """The message: what the page would fetch, and how to keep it on the site (``page``: its path in ``folder``)."""
    name = posixpath.basename(urlsplit(re.sub(r"[\x00-\x20]", "", address).replace("\\", "/")).path) or "the-file"
    link = posixpath.relpath(f"assets/{name}", posixpath.dirname(page) or ".")
    return (f"{what} `{excerpt(address)}` would be fetched from another host as the page is shown, and built "
            f"pages request nothing from any other host; put the file in {folder}/ (for example "
            f"{folder}/assets/{excerpt(name, 40)}) and link to it relative to this page ({excerpt(link, 50)})")


def page_problems(path: str, page: str, body: str, first_line: int, folder: str) -> list[DataError]:
    """A written page's fetches from other hosts, as ``path:line`` lines (``page``: its path in ``folder``)."""
    return [DataError(path, first_line + fetch.line - 1, fix(fetch.what, fetch.address, folder, page))
            for fetch in markdown_fetches(body)]


# Where a built page's fetch that its own file does not ask for may be written: the theme's
# overrides, then the build code and its templates.
WRITERS = ("overrides", "macros")


@dataclass(frozen=True)
class BuiltPage:
    page: str  # its path in the site's folder of pages (docs/, docs-public/), as MkDocs names it
    written: str | None  # its file relative to the repository root; None for a page made from data
    fetches: tuple[Fetch, ...]


def built_page(html: str, page: str, written: str | None) -> BuiltPage | None:
    """What a built page fetches from other hosts, if anything (for ``built_page_problems``)."""
    fetches = html_fetches(html)
    return BuiltPage(page, written, tuple(fetches)) if fetches else None


def built_page_problems(pages: list[BuiltPage], folder: str, root: Path, site_config: str) -> list[DataError]:
    """Built pages' fetches from other hosts, whoever wrote them, each where its address is
    written: in the page's own file (``written``), with the same line as `make check` gives;
    else in the first file of ``WRITERS`` holding it, once for every page showing it; else
    at the first line of the page's file, or of the site's config for a page made from data."""
    problems, found = [], {}
    for built in pages:
        own = (root / built.written).read_text(encoding="utf-8") if built.written else ""
        for fetch in built.fetches:
            if fetch.address in own:
                problems.append(DataError(built.written, own.count("\n", 0, own.index(fetch.address)) + 1,
                                          fix(fetch.what, fetch.address, folder, built.page)))
                continue
            if fetch.address not in found:
                found[fetch.address] = _written_at(fetch.address, root)
            path, line = found[fetch.address] or (built.written or site_config, 1)
            problems.append(DataError(path, line, f"{fetch.what} `{excerpt(fetch.address)}` would be fetched from "
                                                  "another host as the built pages are shown, and built pages "
                                                  "request nothing from any other host; serve the file from the "
                                                  f"site itself (from {folder}/assets/, or overrides/assets/ for the "
                                                  "theme) and link to it relatively"))
    return problems


def _written_at(address: str, root: Path) -> tuple[str, int] | None:
    for file in sorted(file for folder in WRITERS for file in (root / folder).rglob("*") if file.is_file()):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if address in text:
            return file.relative_to(root).as_posix(), text.count("\n", 0, text.index(address)) + 1
    return None


def _label(label: str) -> str:
    return " ".join(label.split()).casefold()


class _OneTag(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.name, self.attributes = "", {}

    def handle_starttag(self, tag, attrs):
        if not self.name:
            self.name, self.attributes = tag, {key: value or "" for key, value in attrs}

    handle_startendtag = handle_starttag


def _attributes(tag: str) -> tuple[str, dict[str, str]]:
    """A start tag's name and attributes, as a browser reads them (character references decoded)."""
    parser = _OneTag()
    parser.feed(tag)
    parser.close()
    return parser.name, parser.attributes


# Every built page repeats the theme's tags (its style sheets, scripts and icons): each
# short one is read once a build. Long ones (a style written out) are read each time.
SHORT_TAG = 300


@functools.lru_cache(maxsize=2048)
def _short_tag_fetches(tag: str) -> tuple[tuple[str, str], ...]:
    return tuple(_tag_addresses(*_attributes(tag)))


def _tag_addresses(name: str, attributes: dict[str, str]):
    """(what, address) for each address the element fetches: its own, and its style's url()s."""
    for _, what, address in _css_addresses(attributes.get("style", "")):
        yield what, address
    if attributes.get("background"):
        yield "the background image", attributes["background"]
    wanted = FETCHING.get(name, ())
    if name == "link" and not FETCHING_RELS & set(attributes.get("rel", "").lower().split()):
        return
    if name == "input" and attributes.get("type", "").lower() != "image":
        return
    for attribute in wanted:
        value = attributes.get(attribute)
        if not value:
            continue
        if name == "meta":
            refresh = _REFRESH_URL.search(value) if attributes.get("http-equiv", "").lower() == "refresh" else None
            if refresh:
                yield WHAT[name], refresh.group(1).strip()
        elif attribute.endswith("srcset"):
            yield from ((WHAT[name], candidate.split()[0]) for candidate in re.split(r",\s+", value.strip())
                        if candidate.split())
        else:
            yield WHAT[name], value.strip()


def _css_addresses(css: str):
    """(position, what, address) of each ``url()`` and ``@import`` in ``css``."""
    for match in _CSS_URL.finditer(css):
        imported = match.group(4) if match.group(4) is not None else match.group(5)
        if imported is not None:
            yield match.start(), "the style sheet the style imports", imported
        else:
            yield match.start(), "the file the style's url() loads", next(
                (group for group in match.groups()[:3] if group is not None), "")
