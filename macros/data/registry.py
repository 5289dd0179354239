"""Every dataset in data/, declared once.

Each ``Dataset`` says what the rest of the house needs to know about it: its
model, its file (``data/offer.yml``) or folder of one file per record
(``data/stories/<slug>.yml``), what editors and readers call it, which page
macro shows it (for the open-items page), how it reaches the public site,
and the ids other records may name.  The loader, ``SiteData``, the public
site's data, the schemas, docs-editors/FIELDS.md and the open-items page are
all driven from ``DATASETS``: adding a dataset is one entry here and its model.

The public site is opt-in: a dataset without ``public`` never reaches it, and
of those that do, only the fields their model marks ``Public[…]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..addresses import event_url, measure_url, project_url, story_url
from . import models
from .models.capability_figures import CapabilityFigures
from .models.events import Event
from .capability import read_capability
from .records import read_measure, read_project, read_story


@dataclass(frozen=True)
class PublicRule:
    """How a dataset reaches the public site: which records (a dataset of one
    file per record), or what part of the whole (a single file), before its
    fields are cut down to those marked ``Public``."""

    records: Callable[[Any], bool] | None = None
    keep: Callable[[Any], Any] | None = None


EVERYTHING_PUBLIC = PublicRule()  # every record (or the whole file), as far as its fields are Public


@dataclass(frozen=True)
class Dataset:
    name: str  # its attribute of SiteData
    model: type[BaseModel]  # one record's (or the whole file's) model
    path: str  # data/<name>.yml, or the folder data/<name> holding one <id>.yml per record
    label: str  # what readers call it, where its own records have no title (open items)
    schema: str  # its JSON schema's name under schemas/, and its section in FIELDS.md
    written: str  # where editors write it, in the words of FIELDS.md
    public: PublicRule | None = None  # None: never on the public site
    shown_by: str | None = None  # the page macro that shows it
    parts_shown_by: Mapping[str, str] = field(default_factory=dict)  # top-level field -> the macro showing it
    record_url: Callable[[str], str] | None = None  # one file per record: the page showing a record
    optional: bool = False  # a single file that may be absent: its model's defaults apply
    read: Callable | None = None  # one file per record: how one is read, if not plainly (macros/data/records.py)
    companions: tuple[str, ...] = ()  # other files a record may have beside its .yml (a measure's .csv)
    order: Callable[[Any], Any] | None = None  # one file per record: the records' order
    provides: Mapping[str, Callable[[Any], Iterable[str]]] = field(default_factory=dict)  # ids others name
    id_word: str = "id"  # what editors call a record's id: a story's is its slug
    how_to_add: str | None = None  # one file per record: until there is one, the open-items page says how

    @property
    def per_record(self) -> bool:
        return not self.path.endswith(".yml")

    def file_of(self, record_id: str) -> str:
        """Where a record is written, relative to the repository root."""
        return f"{self.path}/{record_id}.yml"


def _public_contacts(contacts: models.Contacts) -> models.Contacts:
    return contacts.model_copy(update={"contacts": [c for c in contacts.contacts if c.public]})


_DECLARED = (
    # One file per record; the file name is the record's id.
    Dataset("stories", models.Story, "data/stories", "Improvement stories", "story",
            "`data/stories/<slug>.yml`, one file per story (the file name is the slug)",
            public=PublicRule(records=lambda story: story.is_public), record_url=story_url, read=read_story,
            order=models.Story.newest_first, id_word="slug"),
    Dataset("measures", models.Measure, "data/measures", "Measures of improvement", "measure",
            "`data/measures/<id>.yml`, one file per measure (the file name is its id); its points may "
            "instead be in `data/measures/<id>.csv`, with the header `date,value` (on a `p` or `u` chart "
            "`date,numerator,denominator`)",
            public=PublicRule(records=lambda measure: measure.is_public), record_url=measure_url, read=read_measure,
            companions=(".csv",), order=lambda measure: measure.id, shown_by="measures_summary",
            how_to_add="one file per measure, or a CSV of its points beside it (CONTRIBUTING.md, “Add a measure”)"),
    # Public projects only, without their lead (never Public) and naming only what the public site has.
    Dataset("projects", models.Project, "data/projects", "Improvement projects", "project",
            "`data/projects/<id>.yml`, one file per project (the file name is its id)",
            public=PublicRule(records=lambda project: project.is_public), shown_by="project_register",
            record_url=project_url, read=read_project, order=lambda project: project.id,
            how_to_add="one file per project, started by `make new-project ID=…` (CONTRIBUTING.md, “Add an "
                       "improvement project”)"),
    # Aggregate figures and named champions: staff only.
    Dataset("capability", CapabilityFigures, "data/capability", "Each partner organisation's capability figures",
            "capability",
            "`data/capability/<organisation-id>.yml`, one file per partner organisation (the file name is "
            "its id in `data/organisations.yml`)", shown_by="capability_register", read=read_capability,
            order=lambda figures: figures.id, id_word="organisation-id",
            how_to_add="one file per organisation (CONTRIBUTING.md, “Add an organisation's capability figures”)"),
    Dataset("events", Event, "data/events", "Events", "event",
            "`data/events/<id>.yml`, one file per event (the file name is its id)",
            public=PublicRule(records=lambda event: event.is_public), record_url=event_url, order=Event.sort_key),
    # One file each.
    Dataset("playbook", models.Playbook, "data/playbook.yml", "The play book", "playbook",
            "`data/playbook.yml`", public=EVERYTHING_PUBLIC),
    Dataset("offer", models.Offer, "data/offer.yml", "The offer as a whole", "offer", "`data/offer.yml`",
            shown_by="offer"),
    Dataset("delivery_plan", models.DeliveryPlan, "data/delivery_plan.yml", "The delivery plan",
            "delivery_plan", "`data/delivery_plan.yml`", shown_by="delivery_plan",
            # The measures overview groups measures under their workstreams' names.
            public=EVERYTHING_PUBLIC,
            provides={"workstreams": lambda plan: [w.id for w in plan.workstreams],
                      "pillars": lambda plan: [p.id for p in plan.pillars]}),
    Dataset("organisations", models.Organisations, "data/organisations.yml", "Organisations", "organisations",
            "`data/organisations.yml`", public=EVERYTHING_PUBLIC,
            provides={"organisations": lambda value: [o.id for o in value.organisations]}),
    Dataset("contacts", models.Contacts, "data/contacts.yml", "Contacts", "contacts", "`data/contacts.yml`",
            shown_by="contacts", public=PublicRule(keep=_public_contacts),
            provides={"contacts": lambda value: [contact.email for contact in value.contacts]}),
    Dataset("context", models.Context, "data/context.yml", "The national context", "context",
            "`data/context.yml`",
            parts_shown_by={"national_reviews": "national_reviews", "baseline_assessment": "baseline_assessment",
                            "collaboration_principles": "collaboration_principles"}),
    Dataset("timeline", models.Timeline, "data/timeline.yml", "The timeline", "timeline", "`data/timeline.yml`",
            shown_by="timeline"),
    Dataset("capability_assessment", models.CapabilityAssessment, "data/capability_assessment.yml",
            "The capability self-assessment", "capability_assessment", "`data/capability_assessment.yml`",
            shown_by="capability_components",
            provides={"components": lambda value: [c.id for c in value.components]}),
    Dataset("vision", models.Vision, "data/vision.yml", "Purpose and vision", "vision", "`data/vision.yml`",
            shown_by="vision"),
    Dataset("training", models.Training, "data/training.yml", "Training figures", "training",
            "`data/training.yml`", shown_by="delivery_plan"),
    Dataset("capacity_guidance", models.CapacityGuidance, "data/capacity_guidance.yml", "The dosage guidance",
            "capacity_guidance", "`data/capacity_guidance.yml`", shown_by="capacity_guidance",
            public=EVERYTHING_PUBLIC),  # national guidance: the calculator may be on either site
    Dataset("strategic_focus", models.StrategicFocus, "data/strategic_focus.yml",
            "The strategic focus and its priorities", "strategic_focus", "`data/strategic_focus.yml`",
            shown_by="strategic_focus"),
    Dataset("portfolio", models.Portfolio, "data/portfolio.yml", "The portfolio summary", "portfolio",
            "`data/portfolio.yml`", shown_by="delivery_plan"),
    Dataset("governance", models.Governance, "data/governance.yml", "How the Improvement Community is organised",
            "governance", "`data/governance.yml`", shown_by="governance"),
    Dataset("versions", models.VersionHistory, "data/versions.yml", "Version history", "versions",
            "`data/versions.yml`", shown_by="version_history"),
    Dataset("published_ids", models.PublishedIds, "data/published_ids.yml", "Published ids", "published_ids",
            "`data/published_ids.yml`"),
    Dataset("redirects", models.Redirects, "data/redirects.yml", "Moved pages", "redirects",
            "`data/redirects.yml`"),
    # Optional: without the file, the rule lengths NHS England's Making Data Count guidance uses (7 and 7).
    Dataset("spc", models.SpcSettings, "data/spc.yml", "SPC rule settings", "spc",
            "`data/spc.yml` (optional: leave it out for the default lengths)", optional=True,
            public=EVERYTHING_PUBLIC),  # every measure page says which lengths apply
    Dataset("glossary", models.Glossary, "data/glossary.yml", "Words we use", "glossary", "`data/glossary.yml`",
            shown_by="glossary", public=PublicRule(keep=lambda glossary: glossary.confirmed_only())),
)

# Every dataset by name, in the order above (the order of FIELDS.md and schemas/).
DATASETS: dict[str, Dataset] = {dataset.name: dataset for dataset in _DECLARED}
