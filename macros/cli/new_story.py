"""``make new-story SLUG=...``: start data/stories/<slug>.yml from the story template."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

from ..data import DATASETS
from ..data.files import link_problem
from ..data.models.base import MAX_ID_LENGTH, is_slug
from ..data.wording import shown
from ..editor_docs.story_template import scaffold_text


class NewStoryError(Exception):
    """An editor's mistake in calling ``make new-story``: one line, no traceback."""


# Letters that do not come apart into a plain letter and an accent (as é does into e and ´).
_SPELLED_OUT = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                              "ı": "i"})


def suggested_slug(text: str) -> str:
    """An id made of ``text``'s words: accents dropped (``ünï`` -> ``uni``), lower case, joined
    by hyphens, at most MAX_ID_LENGTH characters; "" when it has no letters or digits to keep."""
    # An apostrophe joins its word ("Siân's" -> "sians"), as people read it.
    plain = unicodedata.normalize("NFKD", re.sub(r"(?<=\w)['’](?=\w)", "", text.lower().translate(_SPELLED_OUT)))
    words = re.findall(r"[a-z0-9]+", "".join(c for c in plain if not unicodedata.combining(c)))
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > MAX_ID_LENGTH:
            return slug or word[:MAX_ID_LENGTH]
        slug = longer
    return slug


def slug_problem(text: str, variable: str, command: str, becomes: str) -> str | None:
    """Why ``text`` may not be the id given as ``variable`` to ``make command`` (None when it may),
    with the id to try instead; ``becomes``: what the id becomes, in words."""
    if is_slug(text):
        return None
    suggestion = suggested_slug(text)
    try_instead = (f"try: make {command} {variable}={suggestion}" if suggestion else
                   "it has nothing an id can keep (the letters a to z, the digits 0 to 9): choose an id, like "
                   f"make {command} {variable}=my-{command.removeprefix('new-')}")
    if len(text) > MAX_ID_LENGTH:
        return (f"{variable} {shown(text)} is {len(text):,} characters long; an id may be at most {MAX_ID_LENGTH} "
                f"(it becomes {becomes}); {try_instead}")
    return (f"{variable} {shown(text)} must be lower-case words joined by hyphens, with the letters a to z and "
            f"the digits 0 to 9 (it becomes {becomes}); {try_instead}")


def new_record_file(root: Path, kind: str, folder: str, record_id: str, variable: str,
                    error: type[Exception]) -> Path:
    """Where ``make new-<kind> <variable>=<record_id>`` writes: <folder>/<id>.yml, once the id is
    checked and no record (nor a link) already has it; ``error`` with the editor's message if not.
    The folder is made; the file never written through a link."""
    command, id_word = f"new-{kind}", variable.lower()
    if not record_id:
        raise error(f"say which {kind} to create: make {command} {variable}=lower-case-words-joined-by-hyphens")
    problem = slug_problem(record_id, variable, command, f"the file name and the {kind}'s web address")
    if problem:
        raise error(problem)
    folder = Path(root) / folder
    for existing in (folder / f"{record_id}.yml", folder / f"{record_id}.yaml"):
        problem = link_problem(existing, Path(root).resolve())
        if problem or os.path.lexists(existing):
            raise error(str(problem) if problem else
                        f"{existing.relative_to(root).as_posix()}:1: a {kind} with the {id_word} `{record_id}` "
                        f"already exists; edit that file, or choose another {variable}")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{record_id}.yml"


def create_story(root: Path, slug: str) -> Path:
    """Write data/stories/<slug>.yml; raise NewStoryError for a bad or taken slug."""
    target = new_record_file(root, "story", DATASETS["stories"].path, slug, "SLUG", NewStoryError)
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

