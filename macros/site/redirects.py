"""Old addresses that keep working: moved pages, offer items and plan actions."""

from __future__ import annotations

from pathlib import Path

from ..data.models import PublishedIds, Redirects
from ..render import render_partial
from ..addresses import page_url, relative_url


def write_redirect_pages(redirects: Redirects, site_dir: Path) -> list[Path]:
    """A small page at each moved page's old address that forwards readers,
    with any #anchor, to the new address (data/redirects.yml).  Raises
    FileExistsError, naming the fix, when the build already wrote a page there."""
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


def missing_moved_anchors(published: PublishedIds, site_dir: Path) -> list[str]:
    """Moves (of offer items and of delivery-plan actions) to another page whose
    anchor the built page does not have."""
    missing = []
    for old_id, target in [*published.moved.items(), *published.moved_actions.items()]:
        page, hash_sign, anchor = target.partition("#")
        if not hash_sign:  # another offer item's or action's id: checked by the loader
            continue
        built = Path(site_dir) / page_url(page) / "index.html"
        html = built.read_text(encoding="utf-8") if built.is_file() else ""
        if f'id="{anchor}"' not in html:
            missing.append(f"data/published_ids.yml: `{old_id}` moved to {target}, but the built page "
                           f"{page_url(page)} has no element with id `{anchor}`; correct the anchor")
    return missing
