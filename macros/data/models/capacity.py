"""Training figures (the delivery plan's ENABLE: Learn, section 10) and the
dosage guidance (section 8): data/training.yml and data/capacity_guidance.yml."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Ge, Gt
from pydantic import StrictBool, Field

from .base import Count, Model, Number, Public, Slug, Text, WithGaps, WorkstreamRef


class TrainingFigure(Model):
    level: Text | None = Field(None, description='The level or course: "Bronze". Leave out where none is given.')
    value: Count = Field(description="The number exactly as given.")
    unit: Text | None = Field(None, description='Only where one is given: "practices".')
    note: Text | None = Field(None, description='Words given beside the figure: "4 grads".')
    in_addition: StrictBool = Field(False, description="`true` for a figure given in brackets as an addition to the "
                              'one before it, like "(+128 Human Factors)", rather than as a level of its own.')


class Programme(WithGaps):
    name: Text | None = Field(None, description="The programme's name. Never guess it: while it is still to be "
                              "supplied, leave it out and list `name` under `to_be_confirmed`.")
    figures: list[TrainingFigure]


class TrainingReport(WithGaps):
    id: Slug = Field(description="Anchor of this set of figures on its page.")
    title: Text
    period: Text | None = Field(None, description='The period the figures cover: "Year to date – '
                                'January-August 2023"; list `period` under `to_be_confirmed` while it is '
                                "still to be supplied.")
    programmes: list[Programme]


class Training(Model):
    workstream: WorkstreamRef | None = Field(None, description="The id of the delivery-plan workstream the figures "
                                    "belong to: they are shown there.")
    statements: list[Text] = Field([], description="Statements about training as a whole.")
    reports: list[TrainingReport]


class Range(Model):
    low: Public[Count] = Field(description="The lower figure of the range: 15 in \"15 to 20\".")
    high: Public[Count] = Field(description="The higher figure of the range: 20 in \"15 to 20\".")


class Role(Model):
    id: Public[Slug]
    name: Public[Text]
    percent: Public[Annotated[Number, Gt(0)]] = Field(description="The share of the workforce the guidance gives: "
                                                      "0.4 for 0.4%.")
    at_reference: Public[Range] = Field(description="How many the guidance gives for an organisation of the "
                                "reference headcount: 15 to 20.")
    protected_time_percent: Public[Range | None] = Field(None, description="Protected time for the role, in percent.")
    teams_each: Public[Range | None] = Field(None, description="How many teams one person in the role can support.")
    note: Public[Text | None] = Field(None, description="What the guidance says about the role, in its words.")


class CapacityGuidance(Model):
    reference_headcount: Public[Annotated[Count, Ge(1)]] = Field(description="The organisation size the "
                                                                 "guidance's figures are for.")
    roles: Public[list[Role]]
    source: Public[Text] = Field(description='Where the guidance comes from: "NHS improvement & HI 2017".')
    example: Public[Text | None] = Field(None, description="The example of its application the play book names.")
    typical_headcounts: Public[list[Annotated[Count, Ge(1)]]] = Field(description="Headcounts shown in the "
                                          "calculator's table "
                                          "(worked out by the play book, not figures of the guidance).")
