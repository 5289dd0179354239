"""Small checks many data files need."""

from __future__ import annotations

from ..errors import DataError
from ..yaml_reader import YamlDocument


def unique(items, key: str, document: YamlDocument, location: tuple) -> list[DataError]:
    """One error for each item whose ``key`` repeats an earlier item's."""
    seen, errors = set(), []
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in seen:
            errors.append(document.error(location + (index, key),
                                         f"`{key}` {value!r} is used twice; every {key} must be unique"))
        seen.add(value)
    return errors


def known_organisation(org_id: str, org_ids: set[str] | None, document: YamlDocument, location: tuple,
                       field: str) -> list[DataError]:
    """An error unless ``org_id`` is in data/organisations.yml (or that file did not load)."""
    if org_ids is None or org_id in org_ids:
        return []
    return [document.error(location, f"`{field}` names {org_id!r}, which is not an id in "
                                     "data/organisations.yml; add it there or correct the id")]
