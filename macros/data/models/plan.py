"""The delivery plan (data/delivery_plan.yml): pillars and their workstreams,
each workstream's next-year actions with their progress."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from .base import ContentStatus, Model, PastDay, PillarRef, Public, Slug, Text, WorkstreamRef

# How an action is going; left out, it is "not reported".
ActionStatus = Literal["not-started", "on-track", "at-risk", "off-track", "complete"]
ACTION_STATUSES: tuple[str, ...] = ActionStatus.__args__

MONTH_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])$"


def _month(value: Any) -> Any:
    """A month written YYYY-MM; anything else is an editor's slip, named as such."""
    if isinstance(value, str) and re.fullmatch(MONTH_PATTERN, value.strip()):
        return value.strip()
    shown = value.isoformat() if isinstance(value, dt.date) else value
    raise PydanticCustomError("month", "must be a month written YYYY-MM", {"shown": shown})


# The pattern is for editors' tools (the schema); the validator runs first and names the slip.
Month = Annotated[str, StringConstraints(pattern=MONTH_PATTERN), BeforeValidator(_month)]


class Update(Model):
    date: PastDay = Field(description="When the update was given: YYYY-MM-DD.")
    text: Text = Field(description="What happened, in a sentence or two.")


class Action(Model):
    id: Slug = Field(description="The action's permanent anchor on the delivery-plan page "
                     "(`delivery-plan/#<id>`) and its id in delivery.json: never change or reuse it once "
                     "published, and record it under `actions:` in data/published_ids.yml.")
    text: Text = Field(description="What we will do, in the plan's words.")
    lead: Text | None = Field(None, description="Who leads it: a role, team or group, as agreed.")
    due: Month | None = Field(None, description="The month it is due, written YYYY-MM: 2027-03.")
    status: ActionStatus | None = Field(None, description="How it is going: `not-started`, `on-track`, "
                                        "`at-risk`, `off-track` or `complete`. Leave it out while nobody "
                                        "has reported; the page then says \"Not reported\".")
    updates: list[Update] = Field([], description="Progress updates, each a `date` and `text`; add the "
                                  "newest at the top.")

    def updates_newest_first(self) -> list[Update]:
        return sorted(self.updates, key=lambda update: update.date, reverse=True)


class Pillar(Model):
    id: Public[Slug]
    name: Public[Text]


class Workstream(Model):
    id: Public[Slug]
    pillar: Public[PillarRef] = Field(description="The id of the pillar (lead, enable, energise) it belongs to.")
    name: Public[Text]
    aim: Text | None = None
    status: Public[ContentStatus] = "agreed"
    next_year: list[Action] = Field([], description="In the next year we will: one action per item, each "
                                    "with its permanent `id` and its `text`.")
    five_years: list[Text] = Field([], description="In five years' time we will see: one outcome per item.")


class DeliveryPlan(Model):
    pillars: Public[list[Pillar]]
    workstreams: Public[list[Workstream]]

    def workstreams_of(self, pillar_id: str) -> list[Workstream]:
        return [w for w in self.workstreams if w.pillar == pillar_id]

    def actions(self) -> list[tuple[Pillar, Workstream, Action]]:
        """Every next-year action in the page's order: pillar by pillar, then workstream."""
        return [(pillar, workstream, action) for pillar in self.pillars
                for workstream in self.workstreams_of(pillar.id) for action in workstream.next_year]

    def find_action(self, action_id: str) -> Action | None:
        return next((action for _, _, action in self.actions() if action.id == action_id), None)


class PortfolioEntry(Model):
    name: Text
    description: Text | None = None


class Portfolio(Model):
    """The portfolio summary of system improvement facilitation (data/portfolio.yml)."""

    title: Text
    workstream: WorkstreamRef = Field(description="The id of the workstream in data/delivery_plan.yml it belongs to.")
    status: ContentStatus = Field(description="`to_be_agreed` until the portfolio is agreed.")
    entries: list[PortfolioEntry] = []
