"""Files written next to the built pages (machine-readable exports, redirects)."""

from __future__ import annotations

import json
from pathlib import Path

from .links import page_url, relative_url
from .models import Offer, Redirects
from .render import render_partial
from .render.offer import OFFER_PAGE, offer_json


def write_offer_json(offer: Offer, site_dir: Path, offer_url: str = OFFER_PAGE) -> Path:
    """site/playbook/offer.json: the QI offer for partners' own sites."""
    target = Path(site_dir) / "offer.json"
    items = offer_json(offer, offer_url)
    target.write_text(json.dumps(items, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def write_redirect_pages(redirects: Redirects, site_dir: Path) -> list[Path]:
    """A small page at each moved page's old address that forwards readers,
    with any #anchor, to the new address (data/redirects.yml)."""
    written = []
    for old, new in redirects.pages.items():
        old_url = page_url(old)
        target = Path(site_dir) / old_url / "index.html"
        if target.exists():
            raise FileExistsError(f"data/redirects.yml: the build already wrote {old_url}index.html; "
                                  f"remove the redirect for {old}")
        target.parent.mkdir(parents=True, exist_ok=True)
        href = relative_url(old_url, page_url(new))
        target.write_text(render_partial("redirect.html", href=href) + "\n", encoding="utf-8")
        written.append(target)
    return written

