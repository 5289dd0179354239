"""Shared building blocks for the data models."""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

# A permanent identifier: lower-case words joined by hyphens.  Used as URL
# anchors and file names, so it must survive being put in a link.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


# --- What reaches the public site: nothing, unless declared. ---
class _PublicMark:
    def __repr__(self) -> str:
        return "Public"


PUBLIC_MARK = _PublicMark()


class Public:
    """``title: Public[Text]``: the field may reach the public stories site, in the
    records its dataset publishes (macros/data/registry.py). A field without
    it never does: a new field stays off the public site until someone decides
    it may go there."""

    def __class_getitem__(cls, annotation: Any) -> Any:
        return Annotated[annotation, PUBLIC_MARK]


def is_public_field(info) -> bool:
    return PUBLIC_MARK in info.metadata or _marked(info.annotation, PUBLIC_MARK)


# --- References to other records: one rule checks them all (macros/data/checks/references.py). ---
@dataclass(frozen=True)
class References:
    """The field names a record of another kind by its id: ``kind`` is a
    dataset of one file per record (``stories``), or ids a dataset declares
    (``organisations``, ``workstreams``): macros/data/registry.py."""

    kind: str


def reference_of(info) -> References | None:
    """The kind of record a field (or each item of a list field) names, if any."""
    found = [mark for mark in info.metadata if isinstance(mark, References)]
    return found[0] if found else _marked(info.annotation, References)


def _marked(annotation: Any, mark: Any) -> Any:
    """``mark`` (an object, or an instance of a class) inside ``Annotated[…]``
    anywhere in ``annotation`` (``list[Annotated[str, mark]] | None``), else None."""
    if typing.get_origin(annotation) is Annotated:
        for extra in annotation.__metadata__:
            if extra is mark or (isinstance(mark, type) and isinstance(extra, mark)):
                return extra
    for arg in typing.get_args(annotation):
        found = _marked(arg, mark)
        if found is not None:
            return found
    return None


StoryRef = Annotated[str, StringConstraints(pattern=SLUG_PATTERN), References("stories")]
MeasureRef = Annotated[str, StringConstraints(pattern=SLUG_PATTERN), References("measures")]
OrganisationRef = Annotated[str, StringConstraints(pattern=SLUG_PATTERN), References("organisations")]
WorkstreamRef = Annotated[str, StringConstraints(pattern=SLUG_PATTERN), References("workstreams")]
PillarRef = Annotated[str, StringConstraints(pattern=SLUG_PATTERN), References("pillars")]
ComponentRef = Annotated[str, StringConstraints(pattern=SLUG_PATTERN), References("components")]
ContactRef = Annotated[EmailStr, References("contacts")]

# A gap in the content is one of two things, and the pages word each its own way:
# `to_be_agreed`: partners have still to decide it; `to_be_confirmed`: it
# exists and is still to be supplied. Nothing is ever invented to fill either.
ContentStatus = Literal["agreed", "to_be_agreed", "to_be_confirmed"]
GAP_STATES = ("to_be_agreed", "to_be_confirmed")


class Model(BaseModel):
    """Strict base: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class WithGaps(Model):
    """A record some of whose fields may exist without being supplied yet."""

    # Public: the public site needs it to leave out what is not yet supplied.
    to_be_confirmed: Public[list[str]] = Field([], description="The fields that exist but are still to be supplied, "
                                       "in full or in part, such as `[name, role]` for a contact whose name and "
                                       "role are not yet known: the pages show what there is and say the rest "
                                       "is to be confirmed. Remove a field from the list once it is complete.")

    def confirms(self, field: str) -> bool:
        """Whether ``field`` is still to be confirmed."""
        return field in self.to_be_confirmed


def is_slug(text: str) -> bool:
    return re.fullmatch(SLUG_PATTERN, text) is not None


def inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``list[Model]``, ``Model | None`` or ``dict[str, Model]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = inner_model(arg)
        if found is not None:
            return found
    return None
