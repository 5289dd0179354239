"""Typed models of every data file. The loader validates files against these."""

from .stable_links import PublishedIds, Redirects
from .measures import Annotation, Measure, Point
from .spc import SpcSettings
from .offer import Offer, OfferItem
from .people import Contact, Contacts, Organisation, Organisations
from .plan import DeliveryPlan, Pillar, Workstream
from .playbook import PageMeta, Playbook
from .stories import Outcome, Story
from .projects import PdsaCycle, PrimaryDriver, ProgressScore, Project, SecondaryDriver
from .capability import CapabilityAssessment, Component, ScoreRange
from .capability_figures import CapabilityFigures, Champion, TrainedCount
from .capacity import CapacityGuidance, Programme, Range, Role, Training, TrainingFigure, TrainingReport
from .context import Context, Timeline, TimelineEvent
from .governance import Governance, Group, StrategicFocus
from .glossary import Glossary, Term
from .plan import Portfolio, PortfolioEntry
from .vision import Vision
from .versions import VersionHistory, VersionRecord

__all__ = [
    "Contact", "Contacts", "DeliveryPlan", "Offer", "OfferItem", "Organisation", "Organisations",
    "Outcome", "PageMeta", "Pillar", "Playbook", "Story", "Workstream",
    "CapabilityAssessment", "CapacityGuidance", "Component", "Context", "Governance", "Group", "Portfolio",
    "PortfolioEntry", "Programme", "Range", "Role", "ScoreRange", "StrategicFocus", "Timeline",
    "TimelineEvent", "Training", "TrainingFigure", "TrainingReport", "Vision",
    "PublishedIds", "Redirects", "VersionHistory", "VersionRecord", "Annotation", "Measure", "Point", "SpcSettings",
    "CapabilityFigures", "Champion", "TrainedCount", "Glossary", "Term",
    "PdsaCycle", "PrimaryDriver", "ProgressScore", "Project", "SecondaryDriver",
]
