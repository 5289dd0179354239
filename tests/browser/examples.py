"""What the search and keyboard tests look for, taken from the real data files
(these tests prove the real sites), never named in the tests themselves."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[2] / "data"


def public_story() -> dict:
    """The first public story (by file name, i.e. slug): on both sites.
    A play book with no public story at all has nothing to search for on the
    public site, which is itself worth a failing test."""
    for path in sorted((DATA / "stories").glob("*.yml")):
        story = yaml.safe_load(path.read_text(encoding="utf-8"))
        if story.get("visibility") == "public":
            return {**story, "slug": path.stem}
    raise AssertionError("data/stories/ has no public story: the public site would be empty")


def offer_item() -> dict:
    """The offer's first item: in the staff play book only."""
    return yaml.safe_load((DATA / "offer.yml").read_text(encoding="utf-8"))["items"][0]


def stories_on(site: str) -> list[dict]:
    """Every story the site has a page for: all of them in the play book, the
    public ones on the public site."""
    stories = [{**yaml.safe_load(path.read_text(encoding="utf-8")), "slug": path.stem}
               for path in sorted((DATA / "stories").glob("*.yml"))]
    return [story for story in stories if site == "playbook" or story.get("visibility") == "public"]
