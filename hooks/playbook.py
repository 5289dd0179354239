"""MkDocs hooks for the staff play book: thin wrappers around macros/ functions."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.links import missing_moved_anchors  # noqa: E402
from macros.outputs import write_offer_json, write_redirect_pages  # noqa: E402
from macros.render.offer import OFFER_MARKER  # noqa: E402
from macros.site import data_for  # noqa: E402
from macros.story_pages import add_generated, generated_html, story_pages  # noqa: E402

# The page(s) showing the offer in this build: offer.json's URLs point there,
# so renaming the offer page (with a redirect) keeps offer.json right.
_offer_pages: list[str] = []


def on_pre_build(config, **kwargs) -> None:
    _offer_pages.clear()


def on_page_content(html, page, **kwargs):
    html = generated_html(html, page)
    if OFFER_MARKER in html:
        _offer_pages.append(page.url)
    return html


def on_post_build(config, **kwargs) -> None:
    data = data_for(config)
    if len(_offer_pages) != 1:
        raise PluginError(f"the offer ({{{{ offer() }}}}) must be on exactly one page, so that offer.json "
                          f"and partners' links point to it; it is on {len(_offer_pages)}: {_offer_pages}")
    site_dir = Path(config["site_dir"])
    write_offer_json(data.offer, site_dir, _offer_pages[0])
    try:
        write_redirect_pages(data.redirects, site_dir)
    except FileExistsError as exc:
        raise PluginError(str(exc)) from None
    missing = missing_moved_anchors(data.published_ids, site_dir)
    if missing:
        raise PluginError("\n".join(missing))


# Priority 50: add the story pages before other plugins (search, macros) look at the files.
@event_priority(50)
def on_files(files, config):
    pages = story_pages(data_for(config), staff=True, public_site_url=config["extra"].get("stories_site_url"))
    return add_generated(files, config, pages, {})
