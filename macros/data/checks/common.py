"""Small checks many data files need."""

from __future__ import annotations

from ..errors import DataError
from ..wording import shown
from ..yaml_reader import YamlDocument


def unique(items, key: str, document: YamlDocument, location: tuple) -> list[DataError]:
    """One error for each item whose ``key`` repeats an earlier item's, naming the earlier one's line."""
    first_line, errors = {}, []
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in first_line:
            errors.append(document.error(location + (index, key),
                                         f"`{key}` {shown(value)} is used twice (first on line {first_line[value]}); "
                                         f"every {key} must be unique: keep one, or change this one"))
        else:
            first_line[value] = document.line_of(location + (index, key))
    return errors
