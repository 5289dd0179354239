"""The QI offer (data/offer.yml)."""

from __future__ import annotations

from pydantic import Field

from .base import ContentStatus, Model, Slug, Text


class OfferItem(Model):
    id: Slug = Field(
        description="Permanent anchor on the offer page. Never change it once published: "
        "partners link to it."
    )
    title: Text
    summary: Text | None = Field(None, description="What the offer is, in the play book's words.")
    who_for: Text | None = Field(None, description="Who can use it.")
    status: ContentStatus = Field("agreed", description="`to_be_agreed` while partners settle the detail.")
    source: Text | None = Field(None, description="Where in the draft play book this item comes from "
                                "(for editors; not shown on the page).")


class Offer(Model):
    introduction: Text | None = None
    status: ContentStatus = "agreed"
    items: list[OfferItem]

    def find(self, item_id: str) -> OfferItem | None:
        return next((item for item in self.items if item.id == item_id), None)
