"""The capability register's folder: data/capability/<organisation-id>.yml,
one partner organisation's figures per file (the file name is the
organisation's id).  Read like data/stories/ and data/measures/
(macros/data/records.py); the checks across files are in
macros/data/checks/capability.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import models
from .errors import DataError, DataErrors
from .records import record_files
from .validation import field_name, validate
from .yaml_reader import YamlDocument, read_yaml

FOLDER = "data/capability"


def load_capability(root: Path, folder: str = FOLDER) -> tuple[
        list[models.CapabilityFigures], dict[str, YamlDocument], list[DataError]]:
    """Every organisation's valid figures, and every file's document by organisation id, for later
    checks' lines (an empty document where the file could not be read: its name is still checked)."""
    figures, documents = [], {}
    files, errors = record_files(root, folder)
    for organisation_id, file in files:
        try:
            document = read_yaml(file, root)
        except DataErrors as exc:
            errors += exc.errors
            documents[organisation_id] = YamlDocument(file.relative_to(root).as_posix(), None)
            continue
        consent_errors, data = consent_problems(document)
        value, file_errors = validate(YamlDocument(document.path, data, document.lines), models.CapabilityFigures)
        errors += consent_errors + file_errors
        documents[organisation_id] = document  # its file name is checked even when its fields are wrong
        if value is not None:
            figures.append(value.model_copy(update={"id": organisation_id}))
    return figures, documents, errors


def consent_problems(document: YamlDocument) -> tuple[list[DataError], Any]:
    """A champion whose `consent` is not `true` (missing, false or anything
    else) is named without recorded agreement: one error each, on its line.
    Returns the errors and the data to validate for every other problem
    (with those champions' consent taken as given, so each mistake is
    reported once, in these words)."""
    data = document.data
    champions = data.get("champions") if isinstance(data, dict) else None
    if not isinstance(champions, list):
        return [], data
    errors, checked = [], []
    for index, champion in enumerate(champions):
        if isinstance(champion, dict) and champion.get("consent") is not True:
            errors.append(document.error(("champions", index, "consent"), _consent_message(index, champion)))
            champion = {**champion, "consent": True}
        checked.append(champion)
    return errors, {**data, "champions": checked}


def _consent_message(index: int, champion: dict) -> str:
    name = field_name(("champions", index, "consent"))
    value = champion.get("consent", ...)
    said = ("is missing" if value is ... else "is false" if value is False
            else f"must be true, not {value!r}")
    return (f"`{name}` {said}: name a QI champion only once they have agreed to be listed in the play book; "
            "record their agreement, then write `consent: true` in their entry, or remove the entry")
