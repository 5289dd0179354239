"""Addresses partners rely on: published offer and delivery-plan action ids
(data/published_ids.yml) and pages that moved (data/redirects.yml).

Targets are checked by the loader (macros/data/checks/stable_links.py and
checks/plan.py), which can say precisely what is wrong with each one.
"""

from __future__ import annotations

from pydantic import Field

from .base import Model, Slug, Text


class PublishedIds(Model):
    offer: list[Slug] = Field(description="Every offer item id ever published, oldest first. "
                              "Never remove one: partners link to them.")
    moved: dict[Slug, Text] = Field({}, description="Published ids no longer in data/offer.yml, and "
                                    "where the item is now: another offer item's id (`qi-training`) "
                                    "or a page and anchor under docs/ (`training.md#courses`).")
    actions: list[Slug] = Field([], description="Every delivery-plan action id ever published, oldest "
                                "first. Never remove one: partners link to them (`delivery-plan/#<id>`).")
    moved_actions: dict[Slug, Text] = Field({}, description="Published action ids no longer in "
                                            "data/delivery_plan.yml, and where the action is now: another "
                                            "action's id (`evolve-qi-offer`) or a page and anchor under "
                                            "docs/ (`offer.md#qi-training`).")


class Redirects(Model):
    pages: dict[Text, Text] = Field({}, description="Pages of the play book that moved: old path "
                                    "under docs/ -> new path under docs/, e.g. `offer.md: qi-offer.md`.")
