"""The delivery plan's next-year actions: each id is the action's anchor on the
delivery-plan page, so it is unique across the whole plan, apart from the
page's other anchors, and, once published (data/published_ids.yml
``actions:``), never disappears without a record of where the action went
(``moved_actions:``), nor comes back naming another action.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DataError
from ..models.base import is_slug
from ..yaml_reader import YamlDocument
from .stable_links import PAGE_PATH, PLAYBOOK_DOCS

# Anchors the delivery-plan page gives each workstream besides its heading
# (macros/render/templates/workstream.html: `<id>-plan`, ...), and the page's own.
WORKSTREAM_ANCHORS = ("plan", "next-year", "five-years")
PAGE_ANCHORS = frozenset({"plan-overview", "portfolio-summary", "portfolio-entries"})


def plan_errors(loaded: dict[str, Any], documents: dict[str, YamlDocument], root: Path) -> list[DataError]:
    plan = loaded.get("delivery_plan")
    if not plan:
        return []
    errors = _action_id_errors(plan, documents["delivery_plan"])
    if loaded.get("published_ids"):
        errors += _published_action_errors(plan, loaded["published_ids"], documents["published_ids"], root)
    return errors


def _action_id_errors(plan, doc: YamlDocument) -> list[DataError]:
    reserved = ({p.id for p in plan.pillars} | {w.id for w in plan.workstreams} | PAGE_ANCHORS
                | {f"{w.id}-{part}" for w in plan.workstreams for part in WORKSTREAM_ANCHORS})
    errors, first_line = [], {}
    for w_index, workstream in enumerate(plan.workstreams):
        for a_index, action in enumerate(workstream.next_year):
            where = ("workstreams", w_index, "next_year", a_index, "id")
            if action.id in first_line:
                errors.append(doc.error(where, f"action `id` `{action.id}` is already used on line "
                                               f"{first_line[action.id]}; every action needs an id of its "
                                               "own: give this one a new id (never one used before)"))
                continue
            first_line[action.id] = doc.line_of(where)
            if action.id in reserved:
                errors.append(doc.error(where, f"action `id` `{action.id}` is already an anchor of the "
                                               "delivery-plan page (a pillar, a workstream or one of its "
                                               "parts); choose another id"))
    return errors


def _published_action_errors(plan, published, doc: YamlDocument, root: Path) -> list[DataError]:
    current = {action.id for workstream in plan.workstreams for action in workstream.next_year}
    errors = []
    for index, action_id in enumerate(published.actions):
        if action_id in published.actions[:index]:
            errors.append(doc.error(("actions", index), f"`{action_id}` is listed twice; keep one"))
        elif action_id not in current and action_id not in published.moved_actions:
            errors.append(doc.error(
                ("actions", index),
                f"action `{action_id}` was published but is no longer in data/delivery_plan.yml, so "
                f"partners' links to it would break; restore it there, or record where it went under "
                f"`moved_actions:` (`{action_id}: new-id`)"))
    for old_id, target in published.moved_actions.items():
        where = ("moved_actions", old_id)
        if old_id not in published.actions:
            errors.append(doc.error(where, f"`moved_actions` names `{old_id}`, which is not listed under "
                                           "`actions:`; add it there too (ids once published stay listed)"))
        if old_id in current:
            errors.append(doc.error(where, f"`{old_id}` moved, but it is the id of an action in "
                                           "data/delivery_plan.yml again; an id is never reused: give that "
                                           "action a new id, or remove this line if it is the same action back"))
        errors += _target_errors(target, current, doc, where, root)
    return errors


def _target_errors(target: str, current: set[str], doc: YamlDocument, where, root: Path) -> list[DataError]:
    if is_slug(target):
        if target in current:
            return []
        return [doc.error(where, f"`{target}` is not an action id in data/delivery_plan.yml; name the "
                                 "action's new id, or a page and anchor such as `offer.md#qi-training`")]
    page, _, anchor = target.partition("#")
    if not (PAGE_PATH.fullmatch(page) and is_slug(anchor)):
        return [doc.error(where, f"`{target}` is neither an action id nor a page and anchor; write the "
                                 "action's new id (`evolve-qi-offer`) or `page.md#anchor`")]
    if not (root / PLAYBOOK_DOCS / page).is_file():
        return [doc.error(where, f"`{target}` names {PLAYBOOK_DOCS}/{page}, which does not exist; "
                                 "correct the page")]
    return []
