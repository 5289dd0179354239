"""What of the data may reach the public stories site: opt-in, at every level.

- a dataset reaches it only when the registry gives it a ``public`` rule;
- of a dataset of one file per record, only the records that rule lets through;
- of every record, only the fields its model marks ``Public[…]`` (the others
  take their defaults: a new field stays off until declared public);
- a reference to a record the public site does not have is dropped (a public
  measure that also supports an internal story names only the public one).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from .models.base import References, fields_reaching, inner_model, is_public_field, reference_of
from .registry import DATASETS


class UndeclaredRequiredField(TypeError):
    """A required field of a published model is not marked Public: the public copy could not be made."""


def public_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The datasets, records and fields of ``values`` (a SiteData's) that the public site gets."""
    published = {}
    for name, value in values.items():
        rule = DATASETS[name].public
        if rule is None or value is None:
            continue
        if DATASETS[name].per_record:
            value = tuple(record for record in value if rule.records is None or rule.records(record))
        elif rule.keep is not None:
            value = rule.keep(value)
        published[name] = value
    present = {name: {_id(record) for record in records} for name, records in published.items()
               if DATASETS[name].per_record}
    return {name: (tuple(public_copy(record, present) for record in value) if DATASETS[name].per_record
                   else public_copy(value, present))
            for name, value in published.items()}


def _id(record: BaseModel) -> str:
    return getattr(record, "slug", None) or record.id


def public_copy(model: BaseModel, present: Mapping[str, set[str]]) -> BaseModel:
    """``model`` with only its Public fields (recursively); references to records
    of a kind in ``present`` kept only where that record is present."""
    if _whole(type(model)):
        return model  # nothing of it to leave out: a measure's points, say, shared as they are
    kept = {}
    for name, info, public, reference, inside in _fields(type(model)):
        if not public:
            if info.is_required():
                raise UndeclaredRequiredField(f"{type(model).__name__}.{name} is required, so it must be "
                                              "marked Public[…] for its record to be published")
            kept[name] = info.get_default(call_default_factory=True)
            continue
        value = getattr(model, name)
        if reference is not None and reference.kind in present:
            ids = present[reference.kind]
            value = [item for item in value if item in ids] if isinstance(value, list) else (
                value if value in ids else None)
        elif inside:
            value = _copy_inside(value, present)
        kept[name] = value
    return type(model).model_construct(**kept)


@functools.cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, Any, bool, References | None, bool], ...]:
    """(name, field info, public?, its reference, holds models?) of each of ``model``'s fields, worked out once."""
    return tuple((name, info, is_public_field(info), reference_of(info), inner_model(info.annotation) is not None)
                 for name, info in model.model_fields.items())


def _whole(model: type[BaseModel]) -> bool:
    """Whether a public copy of ``model`` is the record itself: every field public, none naming
    another record, and any record inside it whole too."""
    return not fields_reaching(model, _kept_apart)


def _kept_apart(info) -> bool:
    """A field a public copy cannot take as it is: not public, or naming another record."""
    return not is_public_field(info) or reference_of(info) is not None


def _copy_inside(value: Any, present: Mapping[str, set[str]]) -> Any:
    if isinstance(value, BaseModel):
        return public_copy(value, present)
    if isinstance(value, list):
        return [_copy_inside(item, present) for item in value]
    if isinstance(value, dict):
        return {key: _copy_inside(item, present) for key, item in value.items()}
    return value
