"""Measures: one time series per file, data/measures/<id>.yml (points in the
file, or in data/measures/<id>.csv beside it), read as statistical process
control charts the NHS "Making Data Count" way (macros/analysis/spc.py)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import StrictBool, Field

from .base import Count, Day, Model, Number, PastDay, Public, Slug, StoryRef, Text, WorkstreamRef

Improvement = Literal["increase", "decrease", "neutral"]
Chart = Literal["xmr", "p", "u"]


def segment_starts(dates: Sequence[dt.date], rebase: Sequence[dt.date] = ()) -> dict[int, int | None]:
    """Where each segment of a chart starts: the index of its first point (0, and
    the first point on or after each rebase date; a rebase date after the last
    point starts nothing yet), with the index of the rebase date that starts it
    (None for the first segment). ``dates``: the points' dates, in order."""
    started: dict[int, int | None] = {0: None}
    for index, when in enumerate(rebase):
        first = bisect_left(dates, when)
        if first < len(dates):
            started.setdefault(first, index)
    return dict(sorted(started.items()))


class Point(Model):
    date: Public[PastDay] = Field(description="When the value was measured: YYYY-MM-DD.")
    value: Public[Number | None] = Field(None,
                                description="The value, a number without quotes or units: 42 or 3.5 "
                                "(an `xmr` chart's points).")
    numerator: Public[Number | None] = Field(None, ge=0,
                                    description="A `p` or `u` chart's points: the count, a whole number, "
                                    "such as the patients readmitted or the falls.")
    denominator: Public[Number | None] = Field(None, gt=0,
                                      description="A `p` or `u` chart's points: what the count is out of "
                                      "(`p`: the number of cases, a whole number, such as the patients "
                                      "discharged) or per (`u`: the exposure, such as bed days in "
                                      "thousands).")


class Annotation(Model):
    date: Public[Day] = Field(description="When it changed: YYYY-MM-DD. A date before the first point or after "
                              "the latest is listed with the notes but not drawn on the chart.")
    text: Public[Text] = Field(description="What changed then, in a few words: shown on the chart, in the text "
                       "and in the table.")


class Measure(Model):
    """One measure of improvement, charted over time."""

    title: Public[Text] = Field(description="What is measured, as the team names it: the heading of its page.")
    improvement: Public[Improvement] = Field(description="Which way is better: `increase`, `decrease`, or "
                                     "`neutral` when neither is.")
    chart: Public[Chart] = Field("xmr", description="The kind of SPC chart: `xmr` for values (the default); `p` for a "
                         "proportion, a count out of a number of cases, such as readmissions out of "
                         "discharges; `u` for a rate, a count per unit of exposure, such as falls per 1,000 "
                         "bed days.")
    points: Public[list[Point]] = Field([], description="The values over time, oldest first, one `date` and "
                                "`value` per item (`numerator` and `denominator` on a `p` or `u` chart); or "
                                "leave this out and put them in `data/measures/<id>.csv` (header `date,value`, "
                                "or `date,numerator,denominator`).")
    unit: Public[Text | None] = Field(None, description='What the values count, for labels: "patients", "%", "days" '
                              '(a `p` chart is shown in per cent: leave it out, or write "%").')
    target: Public[Number | None] = Field(None, description="The value the process should meet, if one is set: "
                                 "gives the chart its assurance icon (on a `p` chart a proportion, 0.9 for 90%).")
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
    annotations: Public[list[Annotation]] = Field([], description="What changed and when, each a `date` and a `text`: "
                                          "shown on the chart, in the text and in the table.")
    screen_moving_ranges: Public[StrictBool] = Field(False, description="`true` to leave out unusually large jumps "
                                       "(moving ranges over 3.267 times the mean) when working out the "
                                       "limits, as NHSRplotthedots does by default.")
    source: Text | None = Field(None, description="Where the figures come from (for editors).")

    # Set by the loader from the file name, never written in the file.
    id: Public[Slug] = Field("", exclude=True)

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"
