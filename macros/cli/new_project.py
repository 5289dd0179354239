"""``make new-project ID=...``: start data/projects/<id>.yml from the project template."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..data import DATASETS
from ..data.files import link_problem
from ..data.records import load_file
from ..dates import BadToday, today
from ..editor_docs.project_template import scaffold_text
from .new_story import slug_problem


class NewProjectError(Exception):
    """An editor's mistake in calling ``make new-project``: one line, no traceback."""


def organisation_ids(root: Path) -> list[str]:
    """The ids in data/organisations.yml, to list in the new file, read as the loader reads
    it; none if it cannot be read (`make check` says what is wrong with it)."""
    root = Path(root).resolve()
    dataset = DATASETS["organisations"]
    organisations, _, _ = load_file(root / dataset.path, dataset.model, root)
    return [org.id for org in organisations.organisations] if organisations is not None else []


def create_project(root: Path, project_id: str) -> Path:
    """Write data/projects/<id>.yml; raise NewProjectError for a bad or taken id."""
    if not project_id:
        raise NewProjectError("say which project to create: make new-project ID=lower-case-words-joined-by-hyphens")
    problem = slug_problem(project_id, "ID", "new-project", "the file name and the project's web address")
    if problem:
        raise NewProjectError(problem)
    folder = Path(root) / "data" / "projects"
    for existing in (folder / f"{project_id}.yml", folder / f"{project_id}.yaml"):
        problem = link_problem(existing, Path(root).resolve())
        if problem or os.path.lexists(existing):
            raise NewProjectError(str(problem) if problem else
                                  f"{existing.relative_to(root).as_posix()}:1: a project with the id `{project_id}` "
                                  "already exists; edit that file, or choose another ID")
    try:
        started = today()
    except BadToday as exc:
        raise NewProjectError(str(exc)) from None
    target = folder / f"{project_id}.yml"
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(scaffold_text(started, organisation_ids(root)), encoding="utf-8")
    return target


def main(args: list[str]) -> int:
    project_id = args[0] if args else ""
    root = Path.cwd()
    try:
        target = create_project(root, project_id.strip())
    except NewProjectError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Created {target.relative_to(root).as_posix()}: replace every TODO, name its organisations and "
          "correct `started`, then run `make check`. It stays internal until you set `visibility: public`.")
    return 0
