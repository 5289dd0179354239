"""The QI offer (data/offer.yml)."""

from __future__ import annotations

from pydantic import Field

from .base import ContactRef, ContentStatus, Model, Slug, Text, WithGaps


class OfferItem(WithGaps):
    id: Slug = Field(
        description="Permanent anchor on the offer page. Never change it once published: "
        "partners link to it."
    )
    title: Text
    summary: Text | None = Field(None, description="What the offer is, in the play book's words.")
    who_for: Text | None = Field(None, description="Who can use it.")
    status: ContentStatus = Field("agreed", description="`to_be_agreed` while partners settle the detail.")
    how_to_ask: Text | None = Field(
        None, description="How a colleague asks for this item, in a sentence: the team, mailbox, form or "
        "meeting to go to, as partners have agreed it. Never guess one. While it is not known, leave it out "
        "and list `how_to_ask` under `to_be_confirmed`: the page then says how to ask is to be confirmed "
        "and points to the Improvement Community's contacts meanwhile.")
    contact: ContactRef | None = Field(
        None, description="The email address of the person or team to ask, exactly as it is in "
        "data/contacts.yml: the page shows their name, role and email. Only someone who has agreed to be "
        "the contact for this item.")
    source: Text | None = Field(None, description="Where in the draft play book this item comes from "
                                "(for editors; not shown on the page).")


class Offer(Model):
    introduction: Text | None = None
    status: ContentStatus = "agreed"
    items: list[OfferItem]

    def find(self, item_id: str) -> OfferItem | None:
        return next((item for item in self.items if item.id == item_id), None)
