"""What each site gets: the staff play book sees everything, the public
stories site only what ``SiteData.public_only`` lets through."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from .errors import DataErrors
from .loader import SiteData, load_site_data
from .pages import read_pages

AUDIENCES = ("staff", "public")
# Set by macros/publish.py for the build mike runs: the version being published.
PUBLISH_VERSION = "PLAYBOOK_PUBLISH_VERSION"


def audience_of(config) -> str:
    audience = config["extra"].get("audience")
    if audience not in AUDIENCES:
        raise PluginError(f"extra.audience must be one of {AUDIENCES} in the MkDocs config")
    return audience


def project_root(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent


def docs_folder(config) -> str:
    return Path(config["docs_dir"]).resolve().relative_to(project_root(config)).as_posix()


def data_for(config) -> SiteData:
    """Load and check data and this site's pages; stop the build on any problem.

    Problems are printed as ``path:line: message`` lines (the same lines as
    ``make check``) and the build aborts without a traceback.
    """
    root = project_root(config)
    problems = []
    try:
        data = load_site_data(root)
    except DataErrors as exc:
        problems += exc.errors
        data = None
    problems += page_problems(root, docs_folder(config))
    if problems:
        for problem in sorted(set(problems)):
            print(problem, file=sys.stderr)
        raise PluginError(f"{len(set(problems))} problem(s) in data files or page front matter "
                          "(listed above as path:line: message); fix them and build again")
    data = published_as(data, os.environ.get(PUBLISH_VERSION))
    return data.public_only() if audience_of(config) == "public" else data


def page_problems(root: Path, folder: str) -> list:
    """The problems in a site's pages, checked once per build however many
    hooks ask (cached on the pages' modification times, like the data)."""
    pages = sorted((root / folder).rglob("*.md"))
    return _page_problems(root, folder, tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in pages))


@functools.lru_cache(maxsize=4)
def _page_problems(root: Path, folder: str, signature: tuple) -> list:
    return read_pages(root, [folder])[1]


def published_as(data: SiteData, version: str | None) -> SiteData:
    """The data as `make version VERSION=X.Y` publishes it: the pages (banner,
    history) then say X.Y, the number mike deploys, even where it is not yet
    the one in data/playbook.yml."""
    if not version or version == data.playbook.version:
        return data
    return dataclasses.replace(data, playbook=data.playbook.model_copy(update={"version": version}))
