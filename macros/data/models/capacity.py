"""Training figures and the dosage guidance (source section 8):
data/training.yml and data/capacity_guidance.yml."""

from __future__ import annotations

from pydantic import Field, PositiveInt

from .base import Model, Slug, Text


class TrainingFigure(Model):
    level: Text | None = Field(None, description='The level or course, as the slide gives it: "Bronze". '
                               "Leave out where the slide gives none.")
    value: int = Field(ge=0, description="The number exactly as the slide gives it.")
    unit: Text | None = Field(None, description='Only where the slide names one: "practices".')
    note: Text | None = Field(None, description='Words beside the figure on the slide: "4 grads".')


class Programme(Model):
    name: Text | None = Field(None, description="Leave out where the name is not legible in the source; "
                              "the page then says so. Never guess it.")
    figures: list[TrainingFigure]


class TrainingReport(Model):
    id: Slug = Field(description="Anchor of this set of figures on the capacity page.")
    title: Text
    period: Text | None = Field(None, description='The period as the slide gives it: "Year to date – '
                                'January-August 2023". Leave out where the slide states none.')
    programmes: list[Programme]


class Training(Model):
    statements: list[Text] = Field([], description="Statements about training as a whole, in the source's words.")
    reports: list[TrainingReport]


class Range(Model):
    low: int = Field(ge=0)
    high: int = Field(ge=0)


class Role(Model):
    id: Slug
    name: Text
    percent: float = Field(gt=0, description="The share of the workforce the source gives: 0.4 for 0.4%.")
    at_reference: Range = Field(description="How many the source gives for an organisation of the "
                                "reference headcount: 15 to 20.")
    protected_time_percent: Range | None = Field(None, description="Protected time for the role, in percent.")
    teams_each: Range | None = Field(None, description="How many teams one person in the role can support.")
    note: Text | None = Field(None, description="What the source says about the role, in its words.")


class CapacityGuidance(Model):
    reference_headcount: int = Field(gt=0, description="The organisation size the source's figures are for.")
    roles: list[Role]
    source: Text = Field(description='Where the guidance comes from: "NHS improvement & HI 2017".')
    example: Text | None = Field(None, description="The example of its application the slide names.")
    typical_headcounts: list[PositiveInt] = Field(description="Headcounts shown in the calculator's table "
                                          "(the page's worked examples, not figures from the source).")
