"""Every gap in the play book, for the staff-only "Open items" page: each
field still to be agreed (partners must decide it) or to be confirmed (it
exists and is still to be supplied), in data files (every dataset of the
registry: macros/data/registry.py) and in pages, with where to fill it in
and where it shows."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pydantic import BaseModel

from ..addresses import UNTHEMED, theme_url
from ..analysis.progress import anything_reported, plan_states
from ..data import DATASETS, SiteData
from ..data.models.base import GAP_STATES, WithGaps, fields_reaching, models_in
from ..data.validation import field_name
from ..pages.front_matter import MacroCall
from ..pages.index import PageIndex

# Fields whose value says whether their record is still to be agreed or confirmed.
STATUS_FIELDS = ("status", "score_status")


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
    # Fields a record's own state says it should have but that are left out until known (a project's
    # completion date, say): never guessed, so listed here.
    found += [("to_be_confirmed", location + (name,), label) for name in getattr(model, "fields_to_supply", ())]
    for name in fields_reaching(type(model), _leads_to_gaps):
        value = getattr(model, name)
        items = value if isinstance(value, (list, tuple)) else [value]
        for index, item in enumerate(items):
            if isinstance(item, BaseModel):
                where = location + ((name, index) if isinstance(value, (list, tuple)) else (name,))
                found += _gaps(item, where, label)
    return found


def _leads_to_gaps(info) -> bool:
    """A field holding a record that may itself have gaps (a measure's points cannot)."""
    return any(issubclass(model, WithGaps) or hasattr(model, "fields_to_supply")
               or any(name in model.model_fields or hasattr(model, name) for name in STATUS_FIELDS)
               for model in models_in(info.annotation))


def open_items(data: SiteData, pages: PageIndex, docs_folder: str = "docs",
               public_folder: str = "docs-public") -> list[OpenItem]:
    """Every gap of the play book: in its data (every dataset of the registry),
    and in its pages (stated in their own words, or a page with no owner).
    The public site's own pages are listed too: it leaves their gaps out, so
    the open-items page is the only place editors see them."""
    shown_on: dict[str, str] = {}
    for call in pages.calls(docs_folder):
        shown_on.setdefault(call.name, call.url)
    items = data_items(data, shown_on) + _page_gaps(pages, docs_folder)
    return items + [replace(item, url=None, public=True) for item in _page_gaps(pages, public_folder)]


def _page_gaps(pages: PageIndex, folder: str) -> list[OpenItem]:
    unowned = [(page.path, page.url) for page in pages.in_folder(folder) if not page.meta.owner]
    return page_items(pages.calls(folder), unowned)


def data_items(data: SiteData, pages: dict[str, str]) -> list[OpenItem]:
    """The gaps in data/. ``pages``: macro name -> the URL of the page calling it."""
    items = []
    for dataset in (dataset for dataset in DATASETS.values() if data.has(dataset.name)):
        if dataset.per_record:
            records = getattr(data, dataset.name)
            if not records and dataset.how_to_add:  # none recorded yet: where and how to record them
                url = pages.get(dataset.shown_by) if dataset.shown_by else None
                items.append(OpenItem("to_be_confirmed", f"{dataset.label} (none recorded yet)",
                                      dataset.file_of(f"<{dataset.id_word}>"), dataset.how_to_add, url))
            for record in records:
                record_id = getattr(record, "slug", None) or record.id
                url = dataset.record_url(record_id) if dataset.record_url else pages.get(dataset.shown_by)
                items += [OpenItem(state, _what(label, location), dataset.file_of(record_id), field_name(location),
                                   url) for state, location, label in _gaps(record, (), None)]
            continue
        value = getattr(data, dataset.name)
        if value is None:
            continue
        for state, location, label in _gaps(value, (), dataset.label):
            macro = dataset.parts_shown_by.get(location[0], dataset.shown_by)
            items.append(OpenItem(state, _what(label, location), dataset.path, field_name(location),
                                  pages.get(macro)))
    if data.has("delivery_plan") and not anything_reported(plan_states(data.delivery_plan)):
        # The pages the Board reads say only that nothing is reported; here editors learn how to.
        items.append(OpenItem("to_be_confirmed", "Progress on the delivery plan's next-year actions (none "
                              "reported yet)", "data/delivery_plan.yml", "each action's status, lead, due and "
                              "updates (CONTRIBUTING.md, “Change a delivery-plan action”)",
                              pages.get("progress_report")))
    # One line for all stories without a theme, not one per story: there may be hundreds.
    unthemed = [story for story in data.stories if story.theme is None] if data.has("stories") else []
    if unthemed:
        count = f"{len(unthemed)} stor{'y' if len(unthemed) == 1 else 'ies'}"
        items.append(OpenItem("to_be_agreed", f"The theme of {count}", "data/stories", "theme, in each story's file",
                              theme_url(UNTHEMED)))
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
