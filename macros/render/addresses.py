"""Addresses in the built play book: page URLs, relative links, and the
stable ``latest`` link partners are given for each offer item.

Every URL here is relative to the site root (one version of the play book)
and directory-style, as MkDocs writes pages: docs/offer.md -> ``offer/``.
"""

from __future__ import annotations

# The mike alias that always points at the newest published version.
LATEST_ALIAS = "latest"
# Where the pages made from data live (story pages and listings, browse
# indexes, measure pages): not files in docs/, so links to them are not
# checked against docs/, and the navigation may leave out those not made.
GENERATED_FOLDERS = ("stories/", "all-stories/", "themes/", "organisations/", "tags/", "measures/")
# The public site's feeds, at its root.
RSS_FILE, JSON_FEED_FILE = "feed.xml", "feed.json"
# The theme "page" (themes/to-be-agreed/) of stories with no agreed theme yet: staff site only.
UNTHEMED = "to-be-agreed"


def page_url(md_path: str) -> str:
    """docs-relative Markdown path -> its URL: ``offer.md`` -> ``offer/``."""
    stem = md_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def measure_url(measure_id: str) -> str:
    """A measure's own page (generated from data/measures/<id>.yml)."""
    return f"measures/{measure_id}/"


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` (both from the root)."""
    depth = len([part for part in from_url.split("/") if part])
    return "../" * depth + to_url or "./"


def latest_url(from_url: str, anchor: str) -> str:
    """From this page of a published version to the same anchor under ``latest``:
    up out of the page and out of the version's folder, then into latest/."""
    return relative_url(from_url, "../") + f"{LATEST_ALIAS}/{from_url}#{anchor}"


def moved_anchors(moves: dict[str, str], labels: dict[str, str], from_url: str) -> list[dict]:
    """Where each retired id's old anchor on the page at ``from_url`` now leads:
    another id on the same page (``labels``: each current id's title or text),
    or ``page.md#anchor`` elsewhere (label None). Each: {id, href, label}."""
    moved = []
    for old_id, target in moves.items():
        if target in labels:
            moved.append({"id": old_id, "href": f"#{target}", "label": labels[target]})
        else:
            page, _, anchor = target.partition("#")
            moved.append({"id": old_id, "href": relative_url(from_url, page_url(page)) + f"#{anchor}",
                          "label": None})
    return moved
