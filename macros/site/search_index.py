"""The site's search index: Pagefind, run over the finished site.

Pagefind reads every HTML page of the built site and writes the index, in
small compressed chunks, and its search code into ``pagefind/`` beside the
pages. The search box (overrides/partials/site-search.html and
assets/javascripts/site-search.js) loads from there only the chunks a search
needs, when a reader searches, and only from the site's own folder, so each
published version of the play book searches its own index.

What is indexed is decided in the templates: only what is inside a page's
``data-pagefind-body`` element (overrides/main.html: the page's content,
without the navigation or the page's facts), so a page without one (story
listings, the print page, redirects) is left out; ``data-pagefind-filter``
attributes give the filters: kind (Page, Story, Measure, Project),
organisation, theme, status (a project's) and variation (a measure's). The public
site's index is made from the public site's own pages, so it holds nothing
those pages do not show.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FOLDER = "pagefind"
# What Pagefind writes that the site never loads: its ready-made interfaces
# (ours is site-search.js) and its highlighting script.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class SearchIndexFailed(RuntimeError):
    """Pagefind could not index the site; the message holds what it said."""


def write_search_index(site_dir: Path) -> Path:
    """Index the built site at ``site_dir`` into ``site_dir/pagefind/`` (replacing
    any earlier index there) and return that folder. Runs the Pagefind binary
    pinned in requirements.txt; nothing is fetched."""
    site_dir = Path(site_dir).resolve()
    output = site_dir / FOLDER
    shutil.rmtree(output, ignore_errors=True)
    # From the site's folder, so that no pagefind.yml elsewhere changes the
    # index; English throughout, so every page searches the same index; the
    # headings' "¶" permalinks are not words of the page.
    command = [sys.executable, "-m", "pagefind", "--site", ".", "--output-subdir", FOLDER,
               "--force-language", "en", "--exclude-selectors", ".headerlink", "--quiet"]
    try:
        ran = subprocess.run(command, cwd=site_dir, capture_output=True, text=True)
    except OSError as exc:
        raise SearchIndexFailed(f"Pagefind could not be started: {exc}") from None
    if ran.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        said = (ran.stderr + ran.stdout).strip()[-2000:]
        raise SearchIndexFailed(f"Pagefind could not index {site_dir}: {said or 'no message'}")
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    return output
