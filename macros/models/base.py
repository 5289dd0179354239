"""Shared building blocks for the data models."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

# A permanent identifier: lower-case words joined by hyphens.  Used as URL
# anchors and file names, so it must survive being put in a link.
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Where the source slide is empty or unreadable, an editor marks the content
# `to_be_agreed` instead of inventing it; the pages then show that honestly.
ContentStatus = Literal["agreed", "to_be_agreed"]


class Model(BaseModel):
    """Strict base: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
