"""`to_be_confirmed` lists name real fields of their record, and a contact
whose name is still to be confirmed stays off the public site."""

from __future__ import annotations

import functools
import typing

from pydantic import BaseModel

from ..errors import DataError
from ..models.base import WithGaps
from ..models.people import Contacts
from ..validation import field_name
from ..yaml_reader import YamlDocument


def gap_errors(loaded) -> list[DataError]:
    errors: list[DataError] = []
    for name, value in loaded.values.items():
        if value is not None and name in loaded.documents:
            errors += _walk(value, loaded.documents[name], ())
    for records in loaded.records:
        for record, found in loaded.valid(records):
            errors += _walk(record, found.document, ())
    if loaded.values.get("contacts") is not None:
        errors += _unnamed_public_contacts(loaded.values["contacts"], loaded.documents["contacts"])
    return errors


def _holds_gaps(model: type[BaseModel], seen: frozenset = frozenset()) -> bool:
    """Whether a record of ``model``, or one inside it, can have gaps (a measure's points cannot)."""
    if issubclass(model, WithGaps):
        return True
    inner = {found for info in model.model_fields.values() for found in _models_in(info.annotation)}
    return any(_holds_gaps(found, seen | {model}) for found in inner - seen - {model})


def _models_in(annotation) -> list[type[BaseModel]]:
    """The models a field's type names: ``list[Point]``, ``Optional[Target]``..."""
    own = [annotation] if isinstance(annotation, type) and issubclass(annotation, BaseModel) else []
    return own + [model for argument in typing.get_args(annotation) for model in _models_in(argument)]


@functools.cache
def _model_holds_gaps(model: type[BaseModel]) -> bool:
    return _holds_gaps(model)


def _walk(model: BaseModel, document: YamlDocument, location: tuple) -> list[DataError]:
    if not _model_holds_gaps(type(model)):
        return []
    errors = _record_errors(model, document, location) if isinstance(model, WithGaps) else []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            errors += _walk(value, document, location + (name,))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    errors += _walk(item, document, location + (name, index))
    return errors


def _record_errors(record: WithGaps, document: YamlDocument, location: tuple) -> list[DataError]:
    allowed = [name for name, info in type(record).model_fields.items()
               if name != "to_be_confirmed" and not info.exclude]
    errors = []
    for index, name in enumerate(record.to_be_confirmed):
        where = location + ("to_be_confirmed", index)
        if name not in allowed:
            errors.append(document.error(where, f"`{field_name(location + ('to_be_confirmed',))}` names `{name}`, "
                                                f"which is not a field here; use one of: {', '.join(allowed)}"))
    return errors


def _unnamed_public_contacts(contacts: Contacts, document: YamlDocument) -> list[DataError]:
    return [document.error(("contacts", index, "public"),
                           f"`contacts[{index + 1}]` is public, but its name is still to be confirmed; write the "
                           "name (and take `name` out of `to_be_confirmed`), or set `public: false` until then")
            for index, contact in enumerate(contacts.contacts) if contact.public and contact.confirms("name")]
