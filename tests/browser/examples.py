"""Search expectations taken from the data files, not from the built pages."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[2] / "data"


def public_story() -> dict:
    """The first public story (by file name, i.e. slug): on both sites."""
    for path in sorted((DATA / "stories").glob("*.yml")):
        story = yaml.safe_load(path.read_text(encoding="utf-8"))
        if story.get("visibility") == "public":
            return {**story, "slug": path.stem}
    raise AssertionError("data/stories/ has no public story to search for")


def offer_item() -> dict:
    """The offer's first item: in the staff play book only."""
    return yaml.safe_load((DATA / "offer.yml").read_text(encoding="utf-8"))["items"][0]
