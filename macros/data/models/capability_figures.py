"""One partner organisation's quality improvement capability:
data/capability/<organisation-id>.yml (the file name is the organisation's
id in data/organisations.yml).  Aggregate numbers, never people, except
the QI champions who have agreed to be named; staff play book only."""

from __future__ import annotations

from typing import Literal

from pydantic import EmailStr, Field

from .base import Count, Model, OrganisationRef, PastDay, Slug, Text


class TrainedCount(Model):
    programme: Text = Field(description='The training programme, as your organisation names it: "Bronze QI".')
    level: Text | None = Field(None, description='The level or course within it, where there is one: "Foundation".')
    count: Count = Field(description="How many of the organisation's staff have completed it: "
                       "a whole number, never names. No more than `headcount`.")


class Champion(Model):
    name: Text = Field(description="The champion's name, as they want it shown.")
    role: Text = Field(description='Their job or QI role: "Matron, QI coach".')
    email: EmailStr = Field(description="Their work email address, as they agreed to share it.")
    consent: Literal[True] = Field(description="`true`, once the person has agreed to be named in the staff "
                                   "play book and that agreement is recorded. Without it the checks stop.")
    organisation: OrganisationRef | None = Field(None, description="The id (from data/organisations.yml) of the "
                                                 "partner they work for, only when it is not the organisation of "
                                                 "this file.")


class CapabilityFigures(Model):
    """One partner organisation's quality improvement capability, counted on one date: aggregate numbers,
    never people, except named QI champions who have agreed to it. Shown in the staff play book only."""

    headcount: Count = Field(description="How many staff the organisation has: a whole number, 0 if none.")
    as_of: PastDay = Field(description="The date the figures describe: YYYY-MM-DD.")
    internal_experts: Count = Field(description="How many internal QI experts it has: "
                                  "a whole number, 0 if none. No more than `headcount`.")
    quality_coaches: Count = Field(description="How many quality coaches it has: a "
                                 "whole number, 0 if none. No more than `headcount`.")
    trained: list[TrainedCount] = Field([], description="How many staff have completed each training "
                                        "programme (and level), one `programme`, `level` and `count` per item.")
    notes: Text | None = Field(None, description="Anything readers need to know about the figures: how they "
                               "were counted, what they leave out.")
    champions: list[Champion] = Field([], description="Named QI champions who have agreed to be listed in the "
                                      "staff play book's register. Never shown on the public site.")

    # Set by the loader from the file name, never written in the file.
    id: Slug = Field("", exclude=True)

    def counts(self) -> dict[str, int]:
        """What the organisation has, by the id of the guidance's role (data/capacity_guidance.yml)."""
        return {"internal-experts": self.internal_experts, "quality-coaches": self.quality_coaches}
