"""MkDocs hooks for the staff play book: thin wrappers around macros/ functions."""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mkdocs.plugins import event_priority  # noqa: E402

from macros.outputs import write_offer_json  # noqa: E402
from macros.site import data_for  # noqa: E402
from macros.story_pages import add_generated, story_pages  # noqa: E402


def on_post_build(config, **kwargs) -> None:
    write_offer_json(data_for(config).offer, Path(config["site_dir"]))


# Priority 50: add the story pages before other plugins (search, macros) look at the files.
@event_priority(50)
def on_files(files, config):
    pages = story_pages(data_for(config), staff=True, public_site_url=config["extra"].get("stories_site_url"))
    return add_generated(files, config, pages, {})
