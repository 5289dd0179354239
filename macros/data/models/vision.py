"""Purpose and vision (source section 5): data/vision.yml."""

from __future__ import annotations

from pydantic import Field

from .base import Model, Text


class Challenge(Model):
    label: Text = Field(description='How the slide introduces it: "2024 Challenge".')
    quote: Text


class GuidingPrinciple(Model):
    name: Text
    points: list[Text]


class Vision(Model):
    year: int = Field(description="The year the vision looks to: 2028.")
    statement: Text = Field(description="The vision, in the source's words.")
    challenge: Challenge | None = None
    guiding_principles: list[GuidingPrinciple]
