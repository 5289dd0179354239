"""The delivery plan's next-year actions: each id is the action's anchor on the
delivery-plan page, so it is unique across the whole plan, apart from the
page's other anchors, and, once published (data/published_ids.yml
``actions:``), never disappears without a record of where the action went
(``moved_actions:``), nor comes back naming another action.
"""

from __future__ import annotations

from pathlib import Path
from ..errors import DataError
from ..yaml_reader import YamlDocument
from .stable_links import ACTIONS, published_id_errors

# Anchors the delivery-plan page gives each workstream besides its heading
# (macros/render/templates/workstream.html: `<id>-plan`, ...), and the page's own.
WORKSTREAM_ANCHORS = ("plan", "next-year", "five-years")
PAGE_ANCHORS = frozenset({"plan-overview", "portfolio-summary", "portfolio-entries"})


def plan_errors(loaded, root: Path) -> list[DataError]:
    plan = loaded.values.get("delivery_plan")
    if not plan:
        return []
    errors = _action_id_errors(plan, loaded.documents["delivery_plan"])
    if loaded.values.get("published_ids"):
        current = {action.id for workstream in plan.workstreams for action in workstream.next_year}
        errors += published_id_errors(ACTIONS, current, loaded.values["published_ids"],
                                      loaded.documents["published_ids"], root)
    return errors


def _action_id_errors(plan, doc: YamlDocument) -> list[DataError]:
    reserved = ({p.id for p in plan.pillars} | {w.id for w in plan.workstreams} | PAGE_ANCHORS
                | {f"{w.id}-{part}" for w in plan.workstreams for part in WORKSTREAM_ANCHORS})
    errors, first_line = [], {}
    for w_index, workstream in enumerate(plan.workstreams):
        for a_index, action in enumerate(workstream.next_year):
            where = ("workstreams", w_index, "next_year", a_index, "id")
            if action.id in first_line:
                errors.append(doc.error(where, f"action `id` `{action.id}` is used twice, on line "
                                               f"{first_line[action.id]} and here; every action needs an id of "
                                               "its own: keep it on the action it was first published for, and "
                                               "give the other a new id (never one used before)"))
                continue
            first_line[action.id] = doc.line_of(where)
            if action.id in reserved:
                errors.append(doc.error(where, f"action `id` `{action.id}` is already an anchor of the "
                                               "delivery-plan page (a pillar, a workstream or one of its "
                                               "parts); choose another id"))
    return errors
