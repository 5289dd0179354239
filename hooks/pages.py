"""MkDocs hooks for both sites: page ownership shown to readers.

Each page gets its owner, review dates, an overdue-review notice, the date
git last saw it change and, when configured, an "Edit this page" link.
The work is done by plain functions in macros/ (page_facts, git_dates).
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.dates import BadToday, today  # noqa: E402
from macros.git_dates import last_changed  # noqa: E402
from macros.page_facts import edit_url, page_facts  # noqa: E402
from macros.site import project_root  # noqa: E402

_build: dict = {}


def on_pre_build(config, **kwargs) -> None:
    root = project_root(config)
    try:
        _build["today"] = today()
    except BadToday as exc:
        raise PluginError(str(exc)) from None
    _build["root"] = root
    _build["changed"] = last_changed(root)


def _source_path(page) -> str | None:
    """The page's file relative to the repository root; None if generated elsewhere."""
    source = page.file.abs_src_path
    try:
        return Path(source).resolve().relative_to(_build["root"]).as_posix() if source else None
    except ValueError:
        return None


def on_page_context(context, page, config, **kwargs):
    path = _source_path(page)
    context["page_facts"] = page_facts(page.meta, _build["today"], _build["changed"].get(path))
    page.edit_url = edit_url(config["extra"].get("edit_url"), path) or page.edit_url
    return context
