"""The delivery plan (data/delivery_plan.yml): pillars and their workstreams."""

from __future__ import annotations

from pydantic import Field

from .base import ContentStatus, Model, Slug, Text


class Pillar(Model):
    id: Slug
    name: Text


class Workstream(Model):
    id: Slug
    pillar: Slug = Field(description="The id of the pillar (lead, enable, energise) it belongs to.")
    name: Text
    aim: Text | None = None
    status: ContentStatus = "agreed"
    next_year: list[Text] = Field([], description="In the next year we will: one action per item.")
    five_years: list[Text] = Field([], description="In five years' time we will see: one outcome per item.")


class DeliveryPlan(Model):
    pillars: list[Pillar]
    workstreams: list[Workstream]

    def workstreams_of(self, pillar_id: str) -> list[Workstream]:
        return [w for w in self.workstreams if w.pillar == pillar_id]


class PortfolioEntry(Model):
    name: Text
    description: Text | None = None


class Portfolio(Model):
    """The portfolio summary of system improvement facilitation (data/portfolio.yml)."""

    title: Text
    workstream: Slug = Field(description="The id of the workstream in data/delivery_plan.yml it belongs to.")
    status: ContentStatus = Field(description="`to_be_agreed` until the portfolio is agreed.")
    entries: list[PortfolioEntry] = []
