"""Who supports the community and how it is organised (sections 1 and 11 of the play book): data/governance.yml;
the strategic focus (section 9): data/strategic_focus.yml."""

from __future__ import annotations

from pydantic import Field

from .base import ComponentRef, ContentStatus, Model, Slug, Text


class Group(Model):
    id: Slug
    name: Text
    description: Text


class Governance(Model):
    status: ContentStatus = Field(description="`to_be_agreed` until partners agree how we are organised.")
    groups: list[Group] = Field(description="Who supports the community (section 1).")
    arrangements: list[Text] = Field([], description="How we are organised, once agreed: one paragraph each.")


class Priority(Model):
    name: Text
    description: Text | None = None


class StrategicFocus(Model):
    status: ContentStatus = Field(description="`to_be_agreed` until the priorities are agreed.")
    priorities: list[Priority] = []
    related_components: list[ComponentRef] = Field(
        [], description="Ids of components in data/capability_assessment.yml that bear on this section.")
