"""The national and local context (source section 2): data/context.yml and data/timeline.yml."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import ContentStatus, Model, Slug, Text

# How much of a piece of text survived the slides' text extraction.
Legibility = Literal["legible", "partly_legible"]


class Review(Model):
    name: Text = Field(description="The review's title as the source names it.")
    year: int = Field(description="The year the source gives, as a number: 2023.")


class SlidePhrase(Model):
    text: Text = Field(description="The words as the slide gives them; mark gaps with …")
    legibility: Legibility = "legible"


class NationalReviews(Model):
    reviews: list[Review]
    phrases: list[SlidePhrase] = Field(
        [], description="Phrases legible on the slide that cannot be attached to one review.")


class BaselineAssessment(Model):
    title: Text
    note: Text | None = Field(None, description="What the source says about the feedback still expected.")
    strengths_heading: Text
    strengths: list[Text]
    opportunities_heading: Text
    opportunities: list[Text]


class Principle(Model):
    name: Text | None = Field(None, description="Leave out where the name is not legible in the source.")
    text: Text
    legibility: Legibility = "legible"


class CollaborationPrinciples(Model):
    title: Text
    introduction: Text
    count: int = Field(description="How many principles the source says there are.")
    principles: list[Principle] = Field(description="Every principle, or legible fragment of one, in source order.")
    organisations: list[Slug] = Field([], description="Ids from data/organisations.yml named on the slide.")
    read_more: Text | None = Field(None, description="Where the source says to read the full principles.")
    status: ContentStatus = Field("agreed", description="`to_be_agreed` while the wording is incomplete.")


class Context(Model):
    national_reviews: NationalReviews
    baseline_assessment: BaselineAssessment
    collaboration_principles: CollaborationPrinciples


class TimelineEvent(Model):
    year: int
    title: Text
    detail: Text | None = None


class Timeline(Model):
    events: list[TimelineEvent] = Field(description="In date order, earliest first.")
