"""Improvement stories: one file per story in data/stories/<slug>.yml."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .base import Model, Slug, Text

Theme = Literal["prevention", "integration", "redesign"]


class Outcome(Model):
    value: Text | None = Field(None, description='The figure exactly as the source gives it: "48%".')
    description: Text = Field(description="What changed, in plain words.")
    period: Text | None = Field(None, description='When it was measured, as the source says: "22/23".')


class Story(Model):
    title: Text = Field(description="The story's name, as the team uses it: the heading of its page and card.")
    summary: Text = Field(description="One or two plain-language sentences for cards and feeds.")
    visibility: Literal["public", "internal"] = Field(
        description="`public` puts the story on the public site; `internal` keeps it in the staff "
        "play book only. Make a story public only with consent recorded."
    )
    published: dt.date | None = Field(None, description="The date the story was added to the site: "
                                      "YYYY-MM-DD. Stories without one are listed after dated ones.")
    featured: bool = Field(False, description="`true` to show it among the featured stories on the public "
                           "site's home page.")
    theme: Theme | None = Field(None, description="prevention, integration or redesign, once agreed.")
    organisations: list[Slug] = Field([], description="Ids from data/organisations.yml.")
    teams: list[Text] = Field([], description="The teams who did the work, named as they name themselves.")
    tags: list[Slug] = Field([], description="Topics for browsing, like `waiting-lists`; reuse existing tags "
                             "where they fit.")
    problem: Text | None = Field(None, description="The problem the team set out to solve.")
    what_we_did: list[Text] = Field([], description="What the team did: one step or change per item.")
    outcomes: list[Outcome] = Field([], description="What changed, with figures where the team has them: "
                                    "one outcome per item.")
    related: list[Slug] = Field([], description="Slugs of related stories.")
    source: Text | None = Field(None, description="Where the story comes from: the section of the source "
                                "document, or the team who told it.")

    # Set by the loader from the file name, never written in the file.
    slug: Slug = Field("", exclude=True)

    def newest_first(self) -> tuple:
        """Sort key: newest first, undated stories last, then by title."""
        return (self.published is None, -(self.published.toordinal() if self.published else 0),
                self.title.lower())

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"
