"""Purpose and vision (section 5 of the play book): data/vision.yml."""

from __future__ import annotations

from pydantic import Field

from .base import Model, Text, Year


class Challenge(Model):
    label: Text = Field(description='How the play book introduces it: "2024 challenge".')
    quote: Text


class GuidingPrinciple(Model):
    name: Text
    points: list[Text]


class Vision(Model):
    year: Year = Field(description="The year the vision looks to: 2028.")
    statement: Text = Field(description="The vision, in the play book's words.")
    challenge: Challenge | None = None
    guiding_principles: list[GuidingPrinciple]
