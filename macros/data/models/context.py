"""The national and local context (section 2 of the play book): data/context.yml and data/timeline.yml."""

from __future__ import annotations

from pydantic import Field

from .base import ContentStatus, Count, Model, OrganisationRef, Text, WithGaps, Year


class Review(Model):
    name: Text = Field(description="The review's title.")
    year: Year = Field(description="The year of the review, as a number: 2023.")


class Phrase(WithGaps):
    text: Text = Field(description="The words as the play book gives them; mark missing words with …, and "
                       "list `text` under `to_be_confirmed` while the full wording is still to be supplied.")


class NationalReviews(Model):
    reviews: list[Review]
    phrases: list[Phrase] = Field([], description="What the play book says about the reviews as a whole.")


class BaselineAssessment(Model):
    title: Text
    note: Text | None = Field(None, description="What the play book says about the feedback still expected.")
    strengths_heading: Text
    strengths: list[Text]
    opportunities_heading: Text
    opportunities: list[Text]


class Principle(WithGaps):
    name: Text | None = Field(None, description="The principle's name; while it is still to be supplied, leave "
                             "it out and list `name` under `to_be_confirmed`.")
    text: Text = Field(description="The principle; mark missing words with …, and list `text` under "
                       "`to_be_confirmed` while the full wording is still to be supplied.")


class CollaborationPrinciples(WithGaps):
    title: Text
    introduction: Text
    count: Count = Field(description="How many principles there are.")
    principles: list[Principle] = Field(description="Every principle, or the part of it we have, in order.")
    organisations: list[OrganisationRef] = Field([], description="Ids from data/organisations.yml of who wrote them.")
    read_more: Text | None = Field(None, description="Where to read the full principles; list `read_more` "
                                   "under `to_be_confirmed` while the address is incomplete.")
    status: ContentStatus = Field("agreed", description="`to_be_confirmed` while some wording is still to be "
                                  "supplied; `to_be_agreed` while partners have still to agree them.")


class Context(Model):
    national_reviews: NationalReviews
    baseline_assessment: BaselineAssessment
    collaboration_principles: CollaborationPrinciples


class TimelineEvent(Model):
    year: Year
    title: Text
    detail: Text | None = None


class Timeline(Model):
    events: list[TimelineEvent] = Field(description="In date order, earliest first.")
