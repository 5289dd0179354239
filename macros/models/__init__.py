"""Typed models of every data file. The loader validates files against these."""

from .links import PublishedIds, Redirects
from .offer import Offer, OfferItem
from .people import Contact, Contacts, Organisation, Organisations
from .plan import DeliveryPlan, Pillar, Workstream
from .playbook import PageMeta, Playbook
from .stories import Outcome, Story
from .versions import VersionHistory, VersionRecord

__all__ = [
    "Contact", "Contacts", "DeliveryPlan", "Offer", "OfferItem", "Organisation", "Organisations",
    "Outcome", "PageMeta", "Pillar", "Playbook", "Story", "Workstream",
    "PublishedIds", "Redirects", "VersionHistory", "VersionRecord",
]
