"""An editor's steps between two published versions of the fixture play book,
and reading what `make version` left in the gh-pages branch."""

from __future__ import annotations

import posixpath
import re

import pytest
from .git import git, show

# The fixture's offer page and the offer id that move between 1.0 and 1.1.
NEW_OFFER_PAGE = "our-offer.md"
OLD_ID, NEW_ID = "fixture-training", "fixture-education"
KEPT_ID = "fixture-coaching"
# What 1.1's entry in data/versions.yml says changed.
CHANGE = "The offer page moved to our-offer/."


def raise_version(project, version: str, change: str) -> None:
    """What an editor does before publishing a new version: the number, and its history entry."""
    project.write("data/playbook.yml", re.sub(r'(?m)^version: ".*"$', f'version: "{version}"',
                                              project.read("data/playbook.yml")))
    project.replace("data/versions.yml", "versions:\n",
                    f'versions:\n  - version: "{version}"\n    status: draft\n    changes:\n      - {change}\n')


def rename_offer_page(project, new: str = NEW_OFFER_PAGE) -> None:
    """docs/offer.md becomes docs/<new>, with the redirect recorded."""
    project.rename_page("offer.md", new)
    git(project.path, "add", "-A", "docs")
    project.replace("data/redirects.yml", "pages: {}", f"pages:\n  offer.md: {new}")


def rename_offer_id(project, old: str = OLD_ID, new: str = NEW_ID) -> None:
    """An offer item's id changes; the new id is recorded and the old one is recorded as moved."""
    project.replace("data/offer.yml", f"  - id: {old}\n", f"  - id: {new}\n")
    project.replace("data/published_ids.yml", "offer:\n", f"offer:\n  - {new}\n")
    project.replace("data/published_ids.yml", "moved: {}", f"moved:\n  {old}: {new}")


def has_branch(project, branch: str = "gh-pages") -> bool:
    return bool(git(project.path, "branch", "--list", branch).strip())


def page(project, path: str) -> str:
    """A file as published in gh-pages, e.g. page(project, "1.0/offer/index.html")."""
    return show(project, f"gh-pages:{path}")


def follow(project, url: str) -> tuple[str, str]:
    """Where a browser ends up from a link into gh-pages, doing what the pages'
    scripts do: redirect pages keep the #anchor; a moved offer id's anchor leads on."""
    path, _, anchor = url.partition("#")
    for _ in range(5):
        html = page(project, path + "index.html")
        forward = re.search(r'location\.replace\("([^"]*)" \+ location\.search \+ location\.hash\)', html)
        moved = re.search(rf'id="{re.escape(anchor)}" data-ogic-moved-to="([^"]*)"', html) if anchor else None
        if forward:
            path = posixpath.normpath(posixpath.join(path, forward.group(1))) + "/"
        elif moved:
            target, _, anchor = moved.group(1).partition("#")
            path = posixpath.normpath(posixpath.join(path, target)) + "/" if target else path
        else:
            assert not anchor or f'id="{anchor}"' in html, f"{path} has no #{anchor}"
            return path, anchor
    pytest.fail(f"{url} redirects in a loop")
