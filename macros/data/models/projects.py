"""Improvement projects: one file per project, data/projects/<id>.yml.

A project is the work between an idea and a finished story: its aim, the
organisations doing it, how far along it is (the IHI progress score, dated),
its PDSA cycles and driver diagram, and the measures and stories that show
what changed.  Checks across fields (scores on the scale, dates in order) are
in macros/data/checks/projects.py, where they can name the line to fix.

On the public site a public project keeps only the fields marked ``Public``:
never its ``lead``, a person's name.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, WithJsonSchema

from .base import Day, MeasureRef, Model, Number, OrganisationRef, PastDay, Public, Slug, StoryRef, Text, WorkstreamRef
from .stories import Theme

ProjectStatus = Literal["active", "completed", "paused", "stopped"]

# The IHI progress scale (the Institute for Healthcare Improvement's
# assessment scale for improvement projects): each score and its name.
PROGRESS_SCALE: dict[float, str] = {
    0.5: "Intent to participate",
    1.0: "Charter and team established",
    1.5: "Planning for the project has begun",
    2.0: "Activity, but no changes",
    2.5: "Changes tested, but no improvement",
    3.0: "Modest improvement",
    3.5: "Improvement",
    4.0: "Significant improvement",
    4.5: "Sustainable improvement",
    5.0: "Outstanding sustainable results",
}


class ProgressScore(Model):
    date: Public[PastDay] = Field(description="When the team gave the score: YYYY-MM-DD.")
    score: Public[Annotated[Number, WithJsonSchema({"type": "number", "enum": list(PROGRESS_SCALE)})]] = Field(
                                 description="The IHI progress score (0.5: intent to participate; 3: modest "
                                 "improvement; 5: outstanding sustainable results).")
    note: Public[Text | None] = Field(None, description="Why this score, in a sentence: what the team has done "
                                      "or seen since the last one.")


class PdsaCycle(Model):
    date: Public[PastDay] = Field(description="When the cycle started: YYYY-MM-DD.")
    change: Public[Text] = Field(description="The change tested, in a few words.")
    plan: Public[Text | None] = Field(None, description="Plan: what the team predicted and how they would test it.")
    do: Public[Text | None] = Field(None, description="Do: what happened when they tried it.")
    study: Public[Text | None] = Field(None, description="Study: what the results showed against the prediction.")
    act: Public[Text | None] = Field(None, description="Act: what they decided next: adopt, adapt or abandon.")

    @property
    def learning(self) -> bool:
        """Whether the cycle records what was learnt (its study or act)."""
        return bool(self.study or self.act)


class SecondaryDriver(Model):
    driver: Public[Text] = Field(description="The secondary driver: a part of the system that moves the "
                                 "primary driver.")
    change_ideas: Public[list[Text]] = Field([], description="The changes the team may test for it, one per item.")


class PrimaryDriver(Model):
    driver: Public[Text] = Field(description="The primary driver: one of the few big things that must change "
                                 "for the aim to be met.")
    secondary: Public[list[SecondaryDriver]] = Field([], description="Its secondary drivers, each with its "
                                                     "change ideas.")


class Project(Model):
    """One improvement project, from its aim to what changed."""

    title: Public[Text] = Field(description="The project's name, as the team uses it: the heading of its page.")
    aim: Public[Text] = Field(description="What will improve, by how much, by when: \"Reduce falls on ward 4 "
                              "by 30% by March 2027\".")
    organisations: Public[list[OrganisationRef]] = Field(description="Ids from data/organisations.yml of the "
                                                         "organisations doing the work. A public project names "
                                                         "at least one.")
    status: Public[ProjectStatus] = Field(description="`active`, `completed`, `paused` or `stopped`.")
    started: Public[Day] = Field(description="The day work on the project began: YYYY-MM-DD.")
    visibility: Public[Literal["public", "internal"]] = Field(
        description="`public` puts the project on the public site (without its lead, and with only its public "
        "measures and stories); `internal` keeps it in the staff play book. A new project is `internal`.")
    lead: Text | None = Field(None, description="The person leading it, by name. Staff only: never shown on the "
                              "public site.")
    themes: Public[list[Theme]] = Field([], description="prevention, integration or redesign: the themes of the "
                                        "stories, those the project serves.")
    workstream: Public[WorkstreamRef | None] = Field(None, description="The id of the delivery-plan workstream "
                                                     "it belongs to, if any.")
    progress: Public[list[ProgressScore]] = Field([], description="The IHI progress score over time, oldest "
                                                  "first, one `date` and `score` per item; add a new item each "
                                                  "time the team scores it (at least every 90 days while it is "
                                                  "active, or its score is shown as out of date).")
    pdsa: Public[list[PdsaCycle]] = Field([], description="Its Plan-Do-Study-Act cycles, oldest first: each with "
                                          "its `date` and the `change` tested.")
    drivers: Public[list[PrimaryDriver]] = Field([], description="The driver diagram: the primary drivers, each "
                                                 "with its secondary drivers and their change ideas.")
    measures: Public[list[MeasureRef]] = Field([], description="Ids of the measures (data/measures/) that show "
                                               "whether the changes are improvements.")
    stories: Public[list[StoryRef]] = Field([], description="Slugs of the stories (data/stories/) told about it.")
    completed: Public[PastDay | None] = Field(None, description="The day it was completed, YYYY-MM-DD, once "
                                              "`status` is `completed` (until it is known, the open-items page "
                                              "lists it as to be confirmed).")

    # Set by the loader from the file name, never written in the file.
    id: Public[Slug] = Field("", exclude=True)

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"

    @property
    def fields_to_supply(self) -> list[str]:
        """A completed project's date, left out until the team records it (never guessed)."""
        return ["completed"] if self.status == "completed" and self.completed is None else []

    @property
    def latest(self) -> ProgressScore | None:
        """The newest progress score (the list is checked to be in date order)."""
        return self.progress[-1] if self.progress else None
