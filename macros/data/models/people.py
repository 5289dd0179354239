"""Organisations (data/organisations.yml) and contacts (data/contacts.yml)."""

from __future__ import annotations

from pydantic import EmailStr, Field

from .base import Model, Slug, Text


class Organisation(Model):
    id: Slug
    name: Text


class Organisations(Model):
    organisations: list[Organisation]

    def by_id(self) -> dict[str, Organisation]:
        return {org.id: org for org in self.organisations}


class Contact(Model):
    name: Text
    role: Text | None = Field(None, description="Leave out where the source does not give it.")
    email: EmailStr
    public: bool = Field(False, description="`true` only with the person's agreement: "
                         "public contacts appear on the public site.")


class Contacts(Model):
    introduction: Text | None = None
    contacts: list[Contact]
