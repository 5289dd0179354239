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

Pagefind reads all of a page it is given, the navigation, the header and the
chart's and the table's hundreds of elements included, though it indexes
none of them: that was most of its time on a site of many measures. So it
is given, for each built page, only the part search reads: the page's
``data-pagefind-body`` element up to SEARCH_END (overrides/main.html), less
any part a template marks as never searched (between SKIP and SKIP_END,
around a measure's chart and table, which are data-pagefind-ignore as
well). A page not laid out so is given whole. The index is the same, made
in about a third of the time (tests/build/test_search_index.py compares the
two).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FOLDER = "pagefind"
# What Pagefind writes that the site never loads: its ready-made interfaces
# (ours is site-search.js) and its highlighting script.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


# Written by the templates: where a page's searched part ends, and a part of it never searched.
SEARCH_END = b"<!--search-end-->"
SKIP, SKIP_END = b"<!--not-searched-->", b"<!--/not-searched-->"
_BODY = b"data-pagefind-body"
_START = b'<!doctype html><html lang="en"><meta charset="utf-8"><body>'


def searched_part(page: bytes) -> bytes | None:
    """What Pagefind needs of a built page to index it as it would the whole page:
    its data-pagefind-body element without its never-searched parts, as a page of its
    own; the whole page where it is not laid out so; None for a page search leaves out
    (one without a data-pagefind-body, on a site whose pages have one)."""
    found = page.find(_BODY)
    if found == -1:
        return None
    start, end = page.rfind(b"<", 0, found), page.rfind(SEARCH_END)
    if start == -1 or end < found:
        return page
    parts, at = [], start
    while (skip := page.find(SKIP, at, end)) != -1 and (resume := page.find(SKIP_END, skip, end)) != -1:
        parts.append(page[at:skip])
        at = resume + len(SKIP_END)
    return _START + b"".join(parts) + page[at:end] + b"</body></html>"


def copy_searched_parts(site_dir: Path, folder: Path) -> None:
    """Each HTML page of ``site_dir`` (its search index's folder aside) that search
    reads, as searched_part gives it, at the same path under ``folder``."""
    pages = [page for page in site_dir.rglob("*.html")
             if page.relative_to(site_dir).parts[0] != FOLDER and page.is_file()]
    parts = {page: searched_part(page.read_bytes()) for page in pages}
    if not any(parts.values()):  # no page says what to search: Pagefind then reads every page whole
        parts = {page: page.read_bytes() for page in pages}
    for page, part in parts.items():
        if part is not None:
            copy = folder / page.relative_to(site_dir)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(part)


class SearchIndexFailed(RuntimeError):
    """Pagefind could not index the site; the message holds what it said."""


def write_search_index(site_dir: Path) -> Path:
    """Index the built site at ``site_dir`` into ``site_dir/pagefind/`` (replacing
    any earlier index there) and return that folder. Runs the Pagefind binary
    pinned in requirements.txt; nothing is fetched."""
    site_dir = Path(site_dir).resolve()
    if not site_dir.is_dir():
        raise SearchIndexFailed(f"Pagefind could not index {site_dir}: no such folder")
    output = site_dir / FOLDER
    shutil.rmtree(output, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="playbook-search-") as pages:
        copy_searched_parts(site_dir, Path(pages))
        # From the pages' own folder, so that no pagefind.yml elsewhere changes the
        # index; English throughout, so every page searches the same index; the
        # headings' "¶" permalinks are not words of the page.
        command = [sys.executable, "-m", "pagefind", "--site", ".", "--output-path", str(output),
                   "--force-language", "en", "--exclude-selectors", ".headerlink", "--quiet"]
        try:
            ran = subprocess.run(command, cwd=pages, capture_output=True, text=True)
        except OSError as exc:
            raise SearchIndexFailed(f"Pagefind could not be started: {exc}") from None
    if ran.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        said = (ran.stderr + ran.stdout).strip()[-2000:]
        raise SearchIndexFailed(f"Pagefind could not index {site_dir}: {said or 'no message'}")
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    return output
