"""Measures: one time series per file, data/measures/<id>.yml (points in the
file, or in data/measures/<id>.csv beside it), read as statistical process
control charts the NHS "Making Data Count" way (macros/analysis/spc.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field

from .base import Count, Day, Model, Number, PastDay, Public, Slug, StoryRef, Text, WorkstreamRef

Improvement = Literal["increase", "decrease", "neutral"]


class Point(Model):
    date: Public[PastDay] = Field(description="When the value was measured: YYYY-MM-DD.")
    value: Public[Number] = Field(description="The value, a number without quotes or units: 42 or 3.5.")


class Measure(Model):
    """One measure of improvement, charted over time."""

    title: Public[Text] = Field(description="What is measured, as the team names it: the heading of its page.")
    improvement: Public[Improvement] = Field(description="Which way is better: `increase`, `decrease`, or "
                                     "`neutral` when neither is.")
    points: Public[list[Point]] = Field([], description="The values over time, oldest first, one `date` and "
                                "`value` per item; or leave this out and put them in "
                                "`data/measures/<id>.csv` (header `date,value`).")
    unit: Public[Text | None] = Field(None, description='What the values count, for labels: "patients", "%", "days".')
    target: Public[Number | None] = Field(None, description="The value the process should meet, if one is set: "
                                 "gives the chart its assurance icon.")
    visibility: Public[Literal["public", "internal"]] = Field("internal", description="`public` puts the measure "
                                                      "on the public site too; `internal` keeps it for staff.")
    stories: Public[list[StoryRef]] = Field([], description="Slugs of the stories this measure is evidence for.")
    workstream: Public[WorkstreamRef | None] = Field(None, description="The id of the delivery-plan workstream it "
                                                     "belongs to.")
    description: Public[Text | None] = Field(None, description="What the measure is and how it is counted.")
    baseline: Public[Annotated[Count, Ge(2)] | None] = Field(None, description="Fix each segment's limits from "
                                 "its first this-many "
                                 "points (at least 2), instead of from all of them.")
    rebase: Public[list[Day]] = Field([], description="Dates on which the process changed: each starts a new "
                                  "segment with its own mean and limits.")
    screen_moving_ranges: Public[bool] = Field(False, description="`true` to leave out unusually large jumps "
                                       "(moving ranges over 3.267 times the mean) when working out the "
                                       "limits, as NHSRplotthedots does by default.")
    source: Text | None = Field(None, description="Where the figures come from (for editors).")

    # Set by the loader from the file name, never written in the file.
    id: Public[Slug] = Field("", exclude=True)

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"
