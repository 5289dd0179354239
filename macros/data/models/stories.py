"""Improvement stories: one file per story in data/stories/<slug>.yml."""

from __future__ import annotations

from typing import Literal

from pydantic import StrictBool, Field

from .base import OrganisationRef, PastDay, Public, Slug, StoryRef, Text, WithGaps

Theme = Literal["prevention", "integration", "redesign"]


class Outcome(WithGaps):
    value: Public[Text | None] = Field(None, description='The figure exactly as the team gives it: "48%".')
    description: Public[Text] = Field(description="What changed, in plain words.")
    period: Public[Text | None] = Field(None, description='When it was measured, as the team gives it: "22/23"; list '
                                "`period` under `to_be_confirmed` while it is still to be supplied.")


class Story(WithGaps):
    title: Public[Text] = Field(description="The story's name, as the team uses it: the heading of its page and card. "
                        "While the real title is still to be supplied, give a working title and list `title` "
                        "under `to_be_confirmed`.")
    summary: Public[Text] = Field(description="One or two plain-language sentences for cards and feeds.")
    visibility: Public[Literal["public", "internal"]] = Field(
        description="`public` puts the story on the public site; `internal` keeps it in the staff "
        "play book only. Make a story public only with consent recorded."
    )
    published: Public[PastDay | None] = Field(None, description="The date the story was published, YYYY-MM-DD, "
                                      "when it is known; never guess it. Stories without one are listed "
                                      "after dated ones.")
    featured: Public[StrictBool] = Field(False, description="`true` to show it among the featured stories on "
                                         "the public site's home page.")
    theme: Public[Theme | None] = Field(None, description="prevention, integration or redesign, once agreed.")
    organisations: Public[list[OrganisationRef]] = Field([], description="Ids from data/organisations.yml of the "
                                                         "organisations that did the work.")
    funders: Public[list[OrganisationRef]] = Field([], description="Ids from data/organisations.yml of "
                                                   "organisations that funded the work without doing it.")
    teams: Public[list[Text]] = Field([], description="The teams who did the work, named as they name themselves.")
    tags: Public[list[Slug]] = Field([], description="Topics for browsing, like `waiting-lists`; reuse existing tags "
                             "where they fit.")
    problem: Public[Text | None] = Field(None, description="The problem the team set out to solve.")
    what_we_did: Public[list[Text]] = Field([], description="What the team did: one step or change per item.")
    outcomes: Public[list[Outcome]] = Field([], description="What changed, with figures where the team has them: "
                                    "one outcome per item.")
    related: Public[list[StoryRef]] = Field([], description="Slugs of related stories.")
    source: Text | None = Field(None, description="Where the story comes from: the section of the draft play "
                                "book, or the team who told it. Shown to staff only.")

    # Set by the loader from the file name, never written in the file.
    slug: Public[Slug] = Field("", exclude=True)

    def newest_first(self) -> tuple:
        """Sort key: newest first, undated stories last, then by title."""
        return (self.published is None, -(self.published.toordinal() if self.published else 0),
                self.title.lower())

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"
