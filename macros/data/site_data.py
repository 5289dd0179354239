"""Everything in data/, validated: the one thing renderers are given."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import models


@dataclass(frozen=True)
class SiteData:
    playbook: models.Playbook
    offer: models.Offer
    delivery_plan: models.DeliveryPlan
    organisations: models.Organisations
    contacts: models.Contacts
    stories: tuple[models.Story, ...]
    measures: tuple[models.Measure, ...]
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
    # data/capability/<organisation-id>.yml, by file name: staff play book only.
    capability: tuple[models.CapabilityFigures, ...] = ()
    # data/spc.yml (optional): the run and trend lengths of every chart.
    spc: models.SpcSettings = field(default_factory=models.SpcSettings)

    def public_stories(self) -> list[models.Story]:
        """The one filter deciding which stories reach the public site."""
        return [story for story in self.stories if story.is_public]

    def public_contacts(self) -> list[models.Contact]:
        """The one filter deciding which contacts reach the public site."""
        return [contact for contact in self.contacts.contacts if contact.public]

    def public_only(self) -> "SiteData":
        """A copy holding only what may be published to the public."""
        contacts = self.contacts.model_copy(update={"contacts": self.public_contacts()})
        public_slugs = {story.slug for story in self.public_stories()}
        # A public measure may also support internal stories: their slugs stay behind.
        measures = tuple(
            measure.model_copy(update={"stories": [slug for slug in measure.stories if slug in public_slugs]})
            for measure in self.measures if measure.is_public)
        return SiteData(**{**self.__dict__, "stories": tuple(self.public_stories()),
                           "contacts": contacts, "measures": measures,
                           "capability": ()})  # no capability figures, and so no champion, are public

    def published_as(self, version: str | None) -> "SiteData":
        """The data as `make version VERSION=X.Y` publishes it: the pages (banner,
        history) then say X.Y, the number mike deploys, even where it is not yet
        the one in data/playbook.yml."""
        if not version or version == self.playbook.version:
            return self
        return SiteData(**{**self.__dict__,
                           "playbook": self.playbook.model_copy(update={"version": version})})
