"""Shared building blocks for the data models."""

from __future__ import annotations

import re
import typing
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# A permanent identifier: lower-case words joined by hyphens.  Used as URL
# anchors and file names, so it must survive being put in a link.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

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

    to_be_confirmed: list[str] = Field([], description="The fields that exist but are still to be supplied, "
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
