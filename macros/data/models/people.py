"""Organisations (data/organisations.yml) and contacts (data/contacts.yml)."""

from __future__ import annotations

from pydantic import EmailStr, Field

from .base import Model, Slug, Text, WithGaps


class Organisation(Model):
    id: Slug
    name: Text


class Organisations(Model):
    organisations: list[Organisation]

    def by_id(self) -> dict[str, Organisation]:
        return {org.id: org for org in self.organisations}


class Contact(WithGaps):
    name: Text = Field(description="The person's or team's name, as they want it shown. While it is still to be "
                       "supplied, write `name: To be confirmed` and list `name` under `to_be_confirmed`: "
                       "staff pages then say the name is to be confirmed.")
    role: Text | None = Field(None, description="Their role; leave it out if they have none to show, or list "
                              "`role` under `to_be_confirmed` while it is still to be supplied.")
    email: EmailStr
    public: bool = Field(False, description="`true` only with the person's agreement: "
                         "public contacts appear on the public site.")


class Contacts(Model):
    introduction: Text | None = None
    contacts: list[Contact]
