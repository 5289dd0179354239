"""``make new-story SLUG=...``: start data/stories/<slug>.yml from the story template."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from ..data.files import link_problem
from ..data.models.base import is_slug
from ..editor_docs.story_template import scaffold_text


class NewStoryError(Exception):
    """An editor's mistake in calling ``make new-story``: one line, no traceback."""


def suggested_slug(text: str, fallback: str = "my-story") -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or fallback


def create_story(root: Path, slug: str) -> Path:
    """Write data/stories/<slug>.yml; raise NewStoryError for a bad or taken slug."""
    if not slug:
        raise NewStoryError("say which story to create: make new-story SLUG=lower-case-words-joined-by-hyphens")
    if not is_slug(slug):
        raise NewStoryError(
            f"SLUG {slug!r} must be lower-case words joined by hyphens (it becomes the file name and the "
            f"story's web address); try: make new-story SLUG={suggested_slug(slug)}")
    folder = Path(root) / "data" / "stories"
    for existing in (folder / f"{slug}.yml", folder / f"{slug}.yaml"):
        problem = link_problem(existing, Path(root).resolve())
        if problem or os.path.lexists(existing):
            raise NewStoryError(str(problem) if problem else
                                f"{existing.relative_to(root).as_posix()}:1: a story with the slug `{slug}` already "
                                "exists; edit that file, or choose another SLUG")
    target = folder / f"{slug}.yml"
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(scaffold_text(), encoding="utf-8")
    return target


def main(args: list[str]) -> int:
    slug = args[0] if args else ""
    root = Path.cwd()
    try:
        target = create_story(root, slug.strip())
    except NewStoryError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Created {target.relative_to(root).as_posix()}: replace every TODO, then run `make check`. "
          "It stays internal until you set `visibility: public`.")
    return 0

