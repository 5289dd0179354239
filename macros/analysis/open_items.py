"""Every gap in the play book, for the staff-only "Open items" page: each
field still to be agreed (partners must decide it) or to be confirmed (it
exists and is still to be supplied), in data files and in pages, with where
to fill it in and where it shows."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from ..data import SiteData
from ..data.models.base import GAP_STATES, WithGaps
from ..data.validation import field_name
from ..pages.macro_calls import MacroCall
from .progress import anything_reported, plan_states
from ..render.addresses import UNTHEMED

# Which page shows each data file (or part of one): the page that calls this macro.
SHOWN_BY = {"offer": "offer", "delivery_plan": "delivery_plan", "portfolio": "delivery_plan",
            "training": "delivery_plan", "governance": "governance", "strategic_focus": "strategic_focus",
            "contacts": "contacts", "context.national_reviews": "national_reviews",
            "context.baseline_assessment": "baseline_assessment",
            "context.collaboration_principles": "collaboration_principles",
            "capability_assessment": "capability_components", "versions": "version_history",
            "vision": "vision", "timeline": "timeline", "capacity_guidance": "capacity_guidance",
            "glossary": "glossary"}
# Fields whose value says whether their record is still to be agreed or confirmed.
STATUS_FIELDS = ("status", "score_status")
# How a data file's own gaps are named where the file has no title of its own.
FILE_LABELS = {"offer": "The offer as a whole", "glossary": "Words we use",
               "governance": "How the Improvement Community is organised",
               "strategic_focus": "The strategic focus and its priorities", "context": "The national context"}


@dataclass(frozen=True)
class OpenItem:
    state: str  # "to_be_agreed" or "to_be_confirmed"
    what: str  # the record it is in, as readers know it, and the field
    file: str  # where to fill it in: a data file or a page
    where: str  # the field in that file, or its line
    url: str | None  # the page that shows it, relative to the site root
    public: bool = False  # a gap in a page of the public site, which leaves it out until filled in


def _label(model: BaseModel) -> str | None:
    for attribute in ("title", "name", "email", "version", "id"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value:
            return value
    return None


def _gaps(model: BaseModel, location: tuple, label: str | None) -> list[tuple[str, tuple, str | None]]:
    """(state, location of the field, label) of every gap in a record and the records inside it."""
    label = _label(model) or label
    found = [(getattr(model, name), location + (name,), label) for name in STATUS_FIELDS
             if getattr(model, name, None) in GAP_STATES]
    if isinstance(model, WithGaps):
        found += [("to_be_confirmed", location + (name,), label) for name in model.to_be_confirmed]
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, (list, tuple)) else [value]
        for index, item in enumerate(items):
            if isinstance(item, BaseModel):
                where = location + ((name, index) if isinstance(value, (list, tuple)) else (name,))
                found += _gaps(item, where, label)
    return found


def data_items(data: SiteData, pages: dict[str, str]) -> list[OpenItem]:
    """The gaps in data/. ``pages``: macro name -> the URL of the page calling it."""
    items = []
    for name in [n for n in SHOWN_BY if "." not in n] + ["context"]:
        value = getattr(data, name, None)
        if value is None:
            continue
        for state, location, label in _gaps(value, (), FILE_LABELS.get(name)):
            macro = SHOWN_BY.get(f"{name}.{location[0]}", SHOWN_BY.get(name))
            items.append(OpenItem(state, _what(label, location), f"data/{name}.yml", field_name(location),
                                  pages.get(macro)))
    for story in data.stories:
        for state, location, label in _gaps(story, (), None):
            items.append(OpenItem(state, _what(label, location), f"data/stories/{story.slug}.yml",
                                  field_name(location), f"stories/{story.slug}/"))
    items += _nothing_recorded(data, pages)
    # One line for all stories without a theme, not one per story: there may be hundreds.
    unthemed = [story for story in data.stories if story.theme is None]
    if unthemed:
        count = f"{len(unthemed)} stor{'y' if len(unthemed) == 1 else 'ies'}"
        items.append(OpenItem("to_be_agreed", f"The theme of {count}", "data/stories", "theme, in each story's file",
                              f"themes/{UNTHEMED}/"))
    return items


def _nothing_recorded(data: SiteData, pages: dict[str, str]) -> list[OpenItem]:
    """Whole kinds of record nobody has added yet: the pages readers (the
    Board among them) see say only that nothing is recorded; here editors
    learn where and how to record it."""
    items = []
    if not anything_reported(plan_states(data.delivery_plan)):
        items.append(OpenItem("to_be_confirmed", "Progress on the delivery plan's next-year actions (none "
                              "reported yet)", "data/delivery_plan.yml", "each action's status, lead, due and "
                              "updates (CONTRIBUTING.md, “Change a delivery-plan action”)",
                              pages.get("progress_report")))
    if not data.capability:
        items.append(OpenItem("to_be_confirmed", "Each partner organisation's capability figures (none "
                              "recorded yet)", "data/capability/<organisation-id>.yml", "one file per "
                              "organisation (CONTRIBUTING.md, “Add an organisation's capability figures”)",
                              pages.get("capability_register")))
    return items


def _what(label: str | None, location: tuple) -> str:
    """The record, and the field unless it is the record's status."""
    if location[-1] in STATUS_FIELDS and label:
        return label if location[-1] == "status" else f"{label}: score"
    field = str(location[-1]).replace("_", " ")
    return f"{label}: {field}" if label else field


def page_items(calls: list[MacroCall], unowned: list[tuple[str, str]]) -> list[OpenItem]:
    """The gaps pages state in their own words ({{ to_be_agreed("…") }}), and
    pages with no owner recorded: (file, URL) each."""
    items = [OpenItem(call.name, call.text or "(see the page)", call.path, f"line {call.line}", call.url)
             for call in calls if call.name in GAP_STATES]
    items += [OpenItem("to_be_confirmed", "The page's owner", path, "owner (front matter)", url)
              for path, url in unowned]
    return items
