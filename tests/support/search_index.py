"""Reading a built site's search index (Pagefind's, in pagefind/) as a test needs it.

Pagefind writes each indexed page as a gzip-compressed "fragment": a short
signature, then JSON with the page's URL, text, title and filters. Its other
files (words, filters, metadata) are compressed the same way, the words
themselves stored as plain UTF-8 inside (support.content.every_file_as_text
opens them all for the leak checks).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

SIGNATURE = b"pagefind_dcd"  # what every decompressed Pagefind file starts with


@dataclass(frozen=True)
class IndexedPage:
    url: str  # from the site's root, as Pagefind gives it: "/stories/slug/"
    title: str
    content: str
    filters: dict[str, list[str]]


def indexed_pages(site: Path) -> list[IndexedPage]:
    """Every page in the site's search index, in no particular order."""
    pages = []
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(SIGNATURE), f"{fragment} is not a Pagefind fragment"
        page = json.loads(data[len(SIGNATURE):])
        pages.append(IndexedPage(page["url"], page["meta"].get("title", ""), page["content"], page["filters"]))
    return pages


def indexed_page(site: Path, url: str) -> IndexedPage:
    """The page at ``url`` (from the site's root, "/…/") in the site's search index."""
    found = [page for page in indexed_pages(site) if page.url == url]
    assert len(found) == 1, f"{url} is {len(found)} times in the search index"
    return found[0]
