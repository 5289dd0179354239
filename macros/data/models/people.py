"""Organisations (data/organisations.yml) and contacts (data/contacts.yml)."""

from __future__ import annotations

from pydantic import StrictBool, EmailStr, Field

from .base import Model, Public, Slug, Text, WithGaps


class Organisation(Model):
    id: Public[Slug]
    name: Public[Text]


class Organisations(Model):
    organisations: Public[list[Organisation]]

    def by_id(self) -> dict[str, Organisation]:
        return {org.id: org for org in self.organisations}


class Contact(WithGaps):
    name: Public[Text] = Field(description="The person's or team's name, as they want it shown. While it is still "
                       "to be supplied, write `name: To be confirmed` and list `name` under `to_be_confirmed`: "
                       "staff pages then say the name is to be confirmed.")
    role: Public[Text | None] = Field(None, description="Their role; leave it out if they have none to show, or list "
                              "`role` under `to_be_confirmed` while it is still to be supplied.")
    email: Public[EmailStr]
    public: Public[StrictBool] = Field(False, description="`true` only with the person's agreement: "
                         "public contacts appear on the public site.")


class Contacts(Model):
    introduction: Public[Text | None] = None
    contacts: Public[list[Contact]]
