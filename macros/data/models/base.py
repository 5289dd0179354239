"""Shared building blocks for the data models."""

from __future__ import annotations

import re
import typing
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

# A permanent identifier: lower-case words joined by hyphens.  Used as URL
# anchors and file names, so it must survive being put in a link.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Where the source slide is empty or unreadable, an editor marks the content
# `to_be_agreed` instead of inventing it; the pages then show that honestly.
ContentStatus = Literal["agreed", "to_be_agreed"]


class Model(BaseModel):
    """Strict base: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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
