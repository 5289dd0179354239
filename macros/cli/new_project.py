"""``make new-project ID=...``: start data/projects/<id>.yml from the project template."""

from __future__ import annotations

import sys
from pathlib import Path

from ..data import DATASETS
from ..data.records import load_file
from ..dates import BadToday, today
from ..editor_docs.project_template import scaffold_text
from .new_story import new_record_file


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
    try:
        started = today()
    except BadToday as exc:
        raise NewProjectError(str(exc)) from None
    target = new_record_file(root, "project", DATASETS["projects"].path, project_id, "ID", NewProjectError)
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
