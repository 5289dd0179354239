"""Reading the capability register's files: data/capability/<organisation-id>.yml,
one partner organisation's figures per file (the file name is the
organisation's id).  The checks across files are in
macros/data/checks/capability.py."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .errors import DataError, DataErrors
from .records import RecordFile
from .validation import field_name, validate_partly
from .wording import shown
from .yaml_reader import YamlDocument, read_yaml

def read_capability(file: Path, root: Path, model: type[BaseModel]) -> RecordFile:
    """One organisation's figures. A file that is not YAML still gets a
    document (empty), so that its file name is checked."""
    try:
        document = read_yaml(file, root, partly=True)
    except DataErrors as exc:
        return RecordFile(None, YamlDocument(file.relative_to(root).as_posix(), None), exc.errors)
    consent_errors, data = consent_problems(document)
    value, errors = validate_partly(dataclasses.replace(document, data=data), model)
    return RecordFile(value, document, consent_errors + errors)


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
            else f"must be true, not {shown(value)}")
    return (f"`{name}` {said}: name a QI champion only once they have agreed to be listed in the play book; "
            "record their agreement, then write `consent: true` in their entry, or remove the entry")
