"""Load and check every data file: the only place editors' errors are raised.

``load_site_data`` reads data/ once per build (it is cached on the files'
modification times, so the macros and the hooks of one build share one
load, and ``mkdocs serve`` reloads after an edit).  Every problem in every
file is collected and raised together as ``DataErrors``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import models
from .errors import DataError, DataErrors
from .placeholders import placeholder_errors
from .section_checks import section_checks
from .link_checks import link_errors
from .validation import validate
from .yaml_source import YamlDocument, read_yaml

# One YAML file per dataset; the attribute of SiteData it fills.
DATASETS: dict[str, type[BaseModel]] = {
    "playbook": models.Playbook,
    "offer": models.Offer,
    "delivery_plan": models.DeliveryPlan,
    "organisations": models.Organisations,
    "contacts": models.Contacts,
    "context": models.Context,
    "timeline": models.Timeline,
    "capability_assessment": models.CapabilityAssessment,
    "vision": models.Vision,
    "training": models.Training,
    "capacity_guidance": models.CapacityGuidance,
    "strategic_focus": models.StrategicFocus,
    "portfolio": models.Portfolio,
    "governance": models.Governance,
    "versions": models.VersionHistory,
    "published_ids": models.PublishedIds,
    "redirects": models.Redirects,
}


@dataclass(frozen=True)
class SiteData:
    """Everything in data/, validated. The only thing renderers are given."""

    playbook: models.Playbook
    offer: models.Offer
    delivery_plan: models.DeliveryPlan
    organisations: models.Organisations
    contacts: models.Contacts
    stories: tuple[models.Story, ...]
    context: models.Context
    timeline: models.Timeline
    capability_assessment: models.CapabilityAssessment
    vision: models.Vision
    training: models.Training
    capacity_guidance: models.CapacityGuidance
    strategic_focus: models.StrategicFocus
    portfolio: models.Portfolio
    governance: models.Governance
    versions: models.VersionHistory
    published_ids: models.PublishedIds
    redirects: models.Redirects

    def public_stories(self) -> list[models.Story]:
        """The one filter deciding what reaches the public site."""
        return [story for story in self.stories if story.is_public]

    def public_contacts(self) -> list[models.Contact]:
        """The one filter deciding which contacts reach the public site."""
        return [contact for contact in self.contacts.contacts if contact.public]

    def public_only(self) -> "SiteData":
        """A copy holding only what may be published to the public."""
        contacts = self.contacts.model_copy(update={"contacts": self.public_contacts()})
        return SiteData(**{**self.__dict__, "stories": tuple(self.public_stories()),
                           "contacts": contacts})


def _load_file(file: Path, model: type[BaseModel], root: Path) -> tuple[Any, YamlDocument | None, list[DataError]]:
    rel = file.relative_to(root).as_posix()
    if not file.is_file():
        return None, None, [DataError(rel, 1, f"the file is missing; restore {rel} from git")]
    try:
        document = read_yaml(file, root)
    except DataErrors as exc:
        return None, None, exc.errors
    value, errors = validate(document, model)
    return value, document, errors


def load_stories(root: Path) -> tuple[list[models.Story], dict[str, YamlDocument], list[DataError]]:
    """Read data/stories/*.yml; the file name (without .yml) is the slug."""
    stories, documents, errors = [], {}, []
    folder = root / "data" / "stories"
    for file in sorted(folder.glob("*")):
        rel = file.relative_to(root).as_posix()
        if file.suffix == ".yaml":
            errors.append(DataError(rel, 1, "story files end in .yml; rename the file"))
            continue
        if file.suffix != ".yml":
            continue
        slug = file.stem
        story, document, file_errors = _load_file(file, models.Story, root)
        errors += file_errors
        if story is None:
            continue
        if not _is_slug(slug):
            errors.append(DataError(rel, 1, f"the file name `{slug}` must be lower-case words joined "
                                            "by hyphens, like we-wait-well.yml; rename the file"))
            continue
        if story.is_public:  # a new story's TODO placeholders must never be published
            errors += placeholder_errors(document)
        stories.append(story.model_copy(update={"slug": slug}))
        documents[slug] = document
    return stories, documents, errors


def _is_slug(text: str) -> bool:
    return re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", text) is not None


def _unique(items, key: str, document: YamlDocument, location: tuple) -> list[DataError]:
    seen, errors = set(), []
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in seen:
            errors.append(document.error(location + (index, key),
                                         f"`{key}` {value!r} is used twice; every {key} must be unique"))
        seen.add(value)
    return errors


def _cross_references(loaded: dict[str, Any], documents: dict[str, YamlDocument],
                      stories: list[models.Story], story_docs: dict[str, YamlDocument]) -> list[DataError]:
    errors: list[DataError] = []
    if loaded.get("offer"):
        errors += _unique(loaded["offer"].items, "id", documents["offer"], ("items",))
    plan = loaded.get("delivery_plan")
    if plan:
        doc = documents["delivery_plan"]
        errors += _unique(plan.pillars, "id", doc, ("pillars",))
        errors += _unique(plan.workstreams, "id", doc, ("workstreams",))
        pillar_ids = [p.id for p in plan.pillars]
        for index, workstream in enumerate(plan.workstreams):
            if workstream.pillar not in pillar_ids:
                errors.append(doc.error(("workstreams", index, "pillar"),
                                        f"`pillar` {workstream.pillar!r} is not a pillar id; use one of "
                                        f"{', '.join(pillar_ids)}"))
    if loaded.get("organisations"):
        errors += _unique(loaded["organisations"].organisations, "id", documents["organisations"],
                          ("organisations",))
        org_ids = set(loaded["organisations"].by_id())
        for story in stories:
            for index, org in enumerate(story.organisations):
                if org not in org_ids:
                    errors.append(story_docs[story.slug].error(
                        ("organisations", index),
                        f"`organisations` names {org!r}, which is not an id in data/organisations.yml; "
                        "add it there or correct the id"))
    slugs = {story.slug for story in stories}
    for story in stories:
        for index, other in enumerate(story.related):
            if other not in slugs:
                errors.append(story_docs[story.slug].error(
                    ("related", index),
                    f"`related` names {other!r}, but there is no data/stories/{other}.yml; correct the slug"))
            elif other == story.slug:
                errors.append(story_docs[story.slug].error(
                    ("related", index), "`related` names the story itself; remove it"))
    return errors


def read_all(root: Path) -> SiteData:
    """Validate every data file; raise DataErrors listing every problem."""
    root = Path(root).resolve()
    loaded: dict[str, Any] = {}
    documents: dict[str, YamlDocument] = {}
    errors: list[DataError] = []
    for name, model in DATASETS.items():
        value, document, file_errors = _load_file(root / "data" / f"{name}.yml", model, root)
        errors += file_errors
        loaded[name] = value
        if document is not None:
            documents[name] = document
    stories, story_docs, story_errors = load_stories(root)
    errors += story_errors
    errors += _cross_references(loaded, documents, stories, story_docs)
    errors += section_checks(loaded, documents)
    errors += link_errors(loaded, documents, root)
    if errors:
        raise DataErrors(errors)
    stories.sort(key=models.Story.newest_first)
    return SiteData(stories=tuple(stories), **loaded)


def _signature(root: Path) -> tuple:
    data = Path(root) / "data"
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in data.rglob("*") if p.is_file()))


@functools.lru_cache(maxsize=4)
def _cached(root: Path, signature: tuple) -> SiteData:
    return read_all(root)


def load_site_data(root: Path) -> SiteData:
    """``read_all``, done once per build however many callers ask."""
    root = Path(root).resolve()
    return _cached(root, _signature(root))
