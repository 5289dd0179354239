"""Addresses in the built play book: page URLs, relative links, and the
stable ``latest`` link partners are given for each offer item.

Every URL here is relative to the site root (one version of the play book)
and directory-style, as MkDocs writes pages: docs/offer.md -> ``offer/``.
"""

from __future__ import annotations

from pathlib import Path

from .models import Offer, PublishedIds

# The mike alias that always points at the newest published version.
LATEST_ALIAS = "latest"


def is_versioned(config) -> bool:
    """Built for publishing with mike (mkdocs.version.yml sets the version selector)."""
    return bool(config["extra"].get("version"))


def page_url(md_path: str) -> str:
    """docs-relative Markdown path -> its URL: ``offer.md`` -> ``offer/``."""
    stem = md_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` (both from the root)."""
    depth = len([part for part in from_url.split("/") if part])
    return "../" * depth + to_url or "./"


def latest_url(from_url: str, anchor: str) -> str:
    """From this page of a published version to the same anchor under ``latest``:
    up out of the page and out of the version's folder, then into latest/."""
    return relative_url(from_url, "../") + f"{LATEST_ALIAS}/{from_url}#{anchor}"


def moved_offer_items(published: PublishedIds, offer: Offer, offer_url: str) -> list[dict]:
    """For each moved offer id: where its old anchor on the offer page now leads."""
    moved = []
    for old_id, target in published.moved.items():
        item = offer.find(target)
        if item is not None:
            moved.append({"id": old_id, "href": f"#{item.id}", "title": item.title})
        else:
            page, _, anchor = target.partition("#")
            moved.append({"id": old_id, "href": relative_url(offer_url, page_url(page)) + f"#{anchor}",
                          "title": None})
    return moved


def missing_moved_anchors(published: PublishedIds, site_dir: Path) -> list[str]:
    """Moves to another page whose anchor the built page does not have."""
    missing = []
    for old_id, target in published.moved.items():
        page, hash_sign, anchor = target.partition("#")
        if not hash_sign:  # another offer item's id: checked by the loader
            continue
        built = Path(site_dir) / page_url(page) / "index.html"
        html = built.read_text(encoding="utf-8") if built.is_file() else ""
        if f'id="{anchor}"' not in html:
            missing.append(f"data/published_ids.yml: `{old_id}` moved to {target}, but the built page "
                           f"{page_url(page)} has no element with id `{anchor}`; correct the anchor")
    return missing
