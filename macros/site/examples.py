"""Example data for `make demo`: how the play book looks once measures,
delivery progress, capability figures, projects and events are recorded.
Never in data/, never published: the example organisations, measures,
capability figures, projects and events are files in demo/ (read and checked
like data/ by the loader); the example progress is made here, for whatever
actions the plan has, so an editor's change to the real plan never breaks
the demo.  ``made_up`` names them all for the banner on every page."""

from __future__ import annotations

import datetime as dt
from itertools import cycle
from pathlib import Path

from ..data import SiteData
from ..data.models.plan import Update
from ..data.registry import DATASETS

# The example progress, in turn: every status, and one action left unreported.
STATUSES = ("on-track", "at-risk", "complete", "off-track", "not-started", None)
# Every example record's id starts so (demo/README.md): real records are never changed here.
EXAMPLE_PREFIX = "example-"
# The day demo/projects/' scores were written as of: an active example project's
# scores keep their distance from today, so one stays recent and one out of date.
EXAMPLE_SCORES_AS_OF = dt.date(2026, 12, 1)


# What the banner calls each kind of example record, where its dataset's label is too long for a list.
BANNER_WORDS = {"capability": "capability figures", "measures": "measures", "projects": "projects"}
# The example progress is made here (example_progress), for the real plan's actions.
PROGRESS_WORDS = "delivery progress"


def made_up(root: Path, folder: str) -> list[str]:
    """What the example data in ``folder`` makes up, for the banner on every page: each
    dataset it has records of (in the registry's order; the loader reads the same folders),
    then the delivery progress made here. Taken from the folder, so that example records of
    a new kind are named without anyone remembering to."""
    found = [dataset for dataset in DATASETS.values() if dataset.per_record
             and any((Path(root) / folder / dataset.path.removeprefix("data/")).glob("*.yml"))]
    return [BANNER_WORDS.get(dataset.name, dataset.label.lower()) for dataset in found] + [PROGRESS_WORDS]


def _month(today: dt.date, offset: int) -> str:
    year, month = divmod(today.year * 12 + today.month - 1 + offset, 12)
    return f"{year}-{month + 1:02d}"


def example_progress(data: SiteData, today: dt.date) -> SiteData:
    """Every action given an example status, due month, lead and update; some
    overdue, some with no recent update, so the progress report shows each part."""
    statuses = cycle(STATUSES)
    workstreams = []
    for index, workstream in enumerate(data.delivery_plan.workstreams):
        actions = []
        for number, action in enumerate(workstream.next_year):
            status = next(statuses)
            position = index * 7 + number
            updates = [] if status is None else [
                Update(date=today - dt.timedelta(days=30 + 40 * (position % 4)),
                       text=f"Example update {position + 1}: what the lead reported at the time.")]
            actions.append(action.model_copy(update={
                "status": status, "lead": "Example lead (made up for the demo)",
                "due": _month(today, position % 9 - 3), "updates": updates}))
        workstreams.append(workstream.model_copy(update={"next_year": actions}))
    plan = data.delivery_plan.model_copy(update={"workstreams": workstreams})
    return data.replace(delivery_plan=plan)


def linked_examples(data: SiteData) -> SiteData:
    """Example measures that name no story or workstream supply the real play
    book's, in turn, so that story pages and the overview show measures too."""
    stories = [story.slug for story in data.stories if story.is_public] or [s.slug for s in data.stories]
    # Only workstreams with a plan of their own: one still to be agreed has no actions to measure.
    workstreams = [w.id for w in data.delivery_plan.workstreams if w.next_year]
    measures = []
    for index, measure in enumerate(data.measures):
        if not measure.stories and not measure.workstream:
            measure = measure.model_copy(update={
                "stories": stories[index % len(stories):][:1] if stories else [],
                "workstream": workstreams[index % len(workstreams)] if workstreams else None})
        measures.append(measure)
    return data.replace(measures=tuple(measures))


def example_projects(data: SiteData, today: dt.date) -> SiteData:
    """Active example projects' scores moved on to keep their age as of today; example
    projects naming no story or workstream given the real play book's, in turn."""
    shift = today - EXAMPLE_SCORES_AS_OF
    stories = [story.slug for story in data.stories if story.is_public] or [s.slug for s in data.stories]
    workstreams = [w.id for w in data.delivery_plan.workstreams if w.next_year]
    projects = []
    for index, project in enumerate(data.projects):
        if project.id.startswith(EXAMPLE_PREFIX):
            changes = {}
            if project.status == "active":
                changes["progress"] = [entry.model_copy(update={"date": entry.date + shift})
                                       for entry in project.progress]
            if not project.stories and stories:
                changes["stories"] = stories[index % len(stories):][:1]
            if not project.workstream and workstreams:
                changes["workstream"] = workstreams[index % len(workstreams)]
            project = project.model_copy(update=changes)
        projects.append(project)
    return data.replace(projects=tuple(projects))


def with_examples(data: SiteData, today: dt.date) -> SiteData:
    return example_projects(linked_examples(example_progress(data, today)), today)
