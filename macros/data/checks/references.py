"""References between records: every id a field names exists, one rule for all.

A field that names another record is declared in its model (``StoryRef``,
``OrganisationRef``, ``WorkstreamRef``…: macros/data/models/base.py), and the
ids it may name come from the registry (a folder's files, or the ids a
dataset provides).  References are checked on each file as written, so a
file with a mistake of its own still has its references checked in the same run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from ..errors import DataError
from ..models.base import fields_reaching, inner_model, is_slug, reference_of
from ..registry import DATASETS
from ..validation import field_name
from ..wording import excerpt, shown
from .common import unique

# What each kind of id is, and how to put a wrong one right, in an editor's words.
KINDS = {
    "organisations": ("an id in data/organisations.yml", "add it there or correct the id"),
    "workstreams": ("a workstream id in data/delivery_plan.yml", "correct the id"),
    "pillars": ("a pillar id in data/delivery_plan.yml", "use one of {known}"),
    "components": ("a component id in data/capability_assessment.yml", "use one of {known}"),
    "contacts": ("the email of anyone in data/contacts.yml", "add them there first, or correct the address"),
}


def reference_errors(loaded) -> list[DataError]:
    errors: list[DataError] = []
    known_ids: dict[str, tuple[list[str], set[str]] | None] = {}  # each kind's ids, worked out once
    for dataset in DATASETS.values():
        documents = ([found.document for found in loaded.records.get(dataset.name, {}).values()]
                     if dataset.per_record else [loaded.documents.get(dataset.name)])
        for document in filter(None, documents):
            named_in: dict[tuple, int] = {}  # (the list's location, id) -> its first line
            for location, kind, value in named_ids(dataset.model, document.data, ()):
                if isinstance(location[-1], int):  # one of a list: named once, or the second is a slip
                    key = (location[:-1], value)
                    if key in named_in:
                        errors.append(document.error(location, f"`{field_name(location[:-1])}` names {shown(value)} "
                                                               f"again (first on line {named_in[key]}); keep it once"))
                        continue
                    named_in[key] = document.line_of(location)
                if kind not in known_ids:
                    ids = loaded.ids(kind)
                    known_ids[kind] = (ids, set(ids)) if ids is not None else None
                if known_ids[kind] is not None and value not in known_ids[kind][1]:
                    errors.append(document.error(location, _message(location, kind, value, known_ids[kind][0])))
    errors += _unique_ids(loaded)
    errors += _related_to_itself(loaded)
    return errors


def named_ids(model: type[BaseModel], data: Any, location: tuple) -> Iterator[tuple[tuple, str, str]]:
    """(location, kind, id) of every id ``data`` (a file's data, as written) names
    where ``model`` declares a reference; parts not shaped as the model expects are skipped."""
    if not isinstance(data, dict):
        return
    for name in fields_reaching(model, _names_records):
        if name not in data:
            continue
        value, info = data[name], model.model_fields[name]
        reference, inner = reference_of(info), inner_model(info.annotation)
        if reference is not None:
            items = enumerate(value) if isinstance(value, list) else [(None, value)]
            for index, item in items:
                # A name that is not even an id (too long, capitals) is the field's own mistake, one line.
                if isinstance(item, str) and (reference.kind == "contacts" or is_slug(item)):
                    yield location + ((name,) if index is None else (name, index)), reference.kind, item
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from named_ids(inner, item, location + (name, index))
        else:
            yield from named_ids(inner, value, location + (name,))


def _names_records(info) -> bool:
    return reference_of(info) is not None


def _message(location: tuple, kind: str, value: str, known: list[str]) -> str:
    # A list's field is named as the editor wrote it (`organisations`); the line says which item.
    name = field_name(location[:-1] if isinstance(location[-1], int) else location)
    if DATASETS.get(kind) is not None and DATASETS[kind].per_record:
        dataset = DATASETS[kind]
        return (f"`{name}` names {shown(value)}, but there is no {dataset.file_of(excerpt(value, 40))}; correct the "
                f"{dataset.id_word}, or remove it if that {dataset.schema} was retired")
    what, fix = KINDS[kind]
    return f"`{name}` names {shown(value)}, which is not {what}; {fix.format(known=_listed(known))}"


def _listed(ids: list[str], most: int = 12) -> str:
    """The ids one may use, cut short when there are many."""
    shown_ids = [excerpt(id_, 40) for id_ in ids[:most]]
    return ", ".join(shown_ids) + (f" and {len(ids) - most} more" if len(ids) > most else "")


def _unique_ids(loaded) -> list[DataError]:
    errors = []
    for name, list_name, key in (("offer", "items", "id"), ("organisations", "organisations", "id"),
                                 ("glossary", "terms", "term")):
        value, document = loaded.values.get(name), loaded.documents.get(name)
        if value is not None:
            errors += unique(getattr(value, list_name), key, document, (list_name,))
    plan = loaded.values.get("delivery_plan")
    if plan is not None:
        document = loaded.documents["delivery_plan"]
        errors += unique(plan.pillars, "id", document, ("pillars",))
        errors += unique(plan.workstreams, "id", document, ("workstreams",))
    return errors


def _related_to_itself(loaded) -> list[DataError]:
    return [found.document.error(("related", index), "`related` names the story itself; remove it")
            for story, found in loaded.valid("stories") for index, other in enumerate(story.related)
            if other == story.slug]
