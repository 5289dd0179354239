"""References between data files: ids that must exist and be unique."""

from __future__ import annotations

from typing import Any

from ..errors import DataError
from ..yaml_reader import YamlDocument
from .common import known_organisation, unique


def reference_errors(loaded: dict[str, Any], documents: dict[str, YamlDocument], records) -> list[DataError]:
    stories, story_documents = records.stories, records.story_documents
    errors: list[DataError] = []
    if loaded.get("offer"):
        errors += unique(loaded["offer"].items, "id", documents["offer"], ("items",))
        errors += _offer_contact_errors(loaded["offer"], loaded.get("contacts"), documents["offer"])
    if loaded.get("glossary"):
        errors += unique(loaded["glossary"].terms, "term", documents["glossary"], ("terms",))
    if loaded.get("delivery_plan"):
        errors += _plan_errors(loaded["delivery_plan"], documents["delivery_plan"])
    org_ids = None
    if loaded.get("organisations"):
        errors += unique(loaded["organisations"].organisations, "id", documents["organisations"],
                         ("organisations",))
        org_ids = set(loaded["organisations"].by_id())
    for story in stories:
        document = story_documents[story.slug]
        for field in ("organisations", "funders"):
            for index, org in enumerate(getattr(story, field)):
                errors += known_organisation(org, org_ids, document, (field, index), field)
    errors += _related_errors(stories, story_documents, records.story_slugs())
    return errors


def _offer_contact_errors(offer, contacts, document: YamlDocument) -> list[DataError]:
    """An offer item's `contact` is someone in data/contacts.yml."""
    if contacts is None:
        return []
    known = {contact.email.lower() for contact in contacts.contacts}
    return [document.error(("items", index, "contact"),
                           f"`contact` {item.contact!r} is not the email of anyone in data/contacts.yml; "
                           "add them there first, or correct the address")
            for index, item in enumerate(offer.items) if item.contact and item.contact.lower() not in known]


def _plan_errors(plan, document: YamlDocument) -> list[DataError]:
    errors = unique(plan.pillars, "id", document, ("pillars",))
    errors += unique(plan.workstreams, "id", document, ("workstreams",))
    pillar_ids = [p.id for p in plan.pillars]
    for index, workstream in enumerate(plan.workstreams):
        if workstream.pillar not in pillar_ids:
            errors.append(document.error(("workstreams", index, "pillar"),
                                         f"`pillar` {workstream.pillar!r} is not a pillar id; use one of "
                                         f"{', '.join(pillar_ids)}"))
    return errors


def _related_errors(stories: list, story_documents: dict[str, YamlDocument], slugs: set[str]) -> list[DataError]:
    errors = []
    for story in stories:
        for index, other in enumerate(story.related):
            if other not in slugs:
                errors.append(story_documents[story.slug].error(
                    ("related", index),
                    f"`related` names {other!r}, but there is no data/stories/{other}.yml; correct the slug, "
                    "or remove it if that story was retired"))
            elif other == story.slug:
                errors.append(story_documents[story.slug].error(
                    ("related", index), "`related` names the story itself; remove it"))
    return errors
