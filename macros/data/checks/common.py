"""Small checks many data files need."""

from __future__ import annotations

from ..errors import DataError
from ..wording import shown
from ..yaml_reader import YamlDocument


def unique(items, key: str, document: YamlDocument, location: tuple) -> list[DataError]:
    """One error for each item whose ``key`` repeats an earlier item's."""
    seen, errors = set(), []
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in seen:
            errors.append(document.error(location + (index, key),
                                         f"`{key}` {shown(value)} is used twice; every {key} must be unique"))
        seen.add(value)
    return errors
