"""Versions and stable links.

Partners cite a version of the play book and link to its offer items and
pages.  These checks keep those promises: the current version has a history
entry, no published offer id disappears without a recorded new place, and
every redirect leads to a page that exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..models.base import MAX_ID_LENGTH, is_slug
from ..models.versions import version_key
from ..yaml_reader import YamlDocument

# The staff play book's pages; redirects and moved offer items point into it.
PLAYBOOK_DOCS = "docs"

# A page's path under docs/; each part at most MAX_ID_LENGTH characters, as an id (a redirect's old path becomes
# a folder of the built site).
PAGE_PATH = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_ID_LENGTH}}}(/[A-Za-z0-9_-]{{1,{MAX_ID_LENGTH}}})*\.md")


def stable_link_errors(loaded, root: Path) -> list[DataError]:
    values, documents = loaded.values, loaded.documents
    errors = []
    if values.get("playbook") and values.get("versions"):
        errors += _version_errors(values["playbook"], values["versions"], documents)
    if values.get("offer") and values.get("published_ids"):
        errors += published_id_errors(OFFER_ITEMS, {item.id for item in values["offer"].items},
                                      values["published_ids"], documents["published_ids"], root)
    if values.get("redirects"):
        errors += _redirect_errors(values["redirects"], documents["redirects"], root)
    return errors


def publishing_notes(loaded) -> list[DataError]:
    """Not mistakes, but what `make version` will refuse until it is done: every
    offer item's and delivery-plan action's id recorded in data/published_ids.yml
    (once published, an id is permanent)."""
    values, documents = loaded.values, loaded.documents
    published = values.get("published_ids")
    if published is None:
        return []
    notes = []
    if values.get("offer") is not None:
        notes += [documents["offer"].error(("items", index, "id"), _unrecorded(OFFER_ITEMS, item.id))
                  for index, item in enumerate(values["offer"].items) if item.id not in published.offer]
    if values.get("delivery_plan") is not None:
        notes += [documents["delivery_plan"].error(("workstreams", w_index, "next_year", a_index, "id"),
                                                   _unrecorded(ACTIONS, action.id))
                  for w_index, workstream in enumerate(values["delivery_plan"].workstreams)
                  for a_index, action in enumerate(workstream.next_year) if action.id not in published.actions]
    return notes


def _unrecorded(kind: "PublishedKind", item_id: str) -> str:
    return (f"{kind.noun} `{item_id}` is not recorded in data/published_ids.yml; add `  - {item_id}` under "
            f"`{kind.listed}:` there (once published, an id is permanent)")


def _version_errors(playbook, history, documents) -> list[DataError]:
    doc, errors, seen = documents["versions"], [], set()
    for index, record in enumerate(history.versions):
        if record.version in seen:
            errors.append(doc.error(("versions", index, "version"),
                                    f"version {record.version} is listed twice; keep one entry"))
        seen.add(record.version)
    current = history.find(playbook.version)
    if current is None:
        errors.append(documents["playbook"].error(
            ("version",), f"`version` {playbook.version} has no entry in data/versions.yml; add one "
                          "there (version, status and what changed) or correct the number"))
        return errors
    newest = history.newest_first()[0].version
    if version_key(newest) > version_key(playbook.version):
        errors.append(documents["playbook"].error(
            ("version",), f"`version` {playbook.version} is older than {newest} in data/versions.yml; "
                          "the version here must be the newest one"))
    if current.status != playbook.status:
        index = history.versions.index(current)
        errors.append(doc.error(("versions", index, "status"),
                                f"`status` of {current.version} is {current.status}, but data/playbook.yml "
                                f"says {playbook.status}; make them the same"))
    return errors


@dataclass(frozen=True)
class PublishedKind:
    """Ids partners link to, recorded in data/published_ids.yml once published."""

    listed: str  # the key listing every id ever published
    moved: str  # the key recording where a retired id now leads
    noun: str
    file: str  # where the current ids are
    example: str  # an id to show in messages


OFFER_ITEMS = PublishedKind("offer", "moved", "offer item", "data/offer.yml", "qi-training")
ACTIONS = PublishedKind("actions", "moved_actions", "action", "data/delivery_plan.yml", "evolve-qi-offer")


def published_id_errors(kind: PublishedKind, current: set[str], published, doc: YamlDocument,
                        root: Path) -> list[DataError]:
    """Every id once published stays listed and either still exists or has a
    recorded new place, which exists; a retired id is never reused."""
    listed, moves = getattr(published, kind.listed), getattr(published, kind.moved)
    errors = []
    for index, item_id in enumerate(listed):
        if item_id in listed[:index]:
            errors.append(doc.error((kind.listed, index), f"`{item_id}` is listed twice; keep one"))
        elif item_id not in current and item_id not in moves:
            errors.append(doc.error(
                (kind.listed, index),
                f"{kind.noun} `{item_id}` was published but is no longer in {kind.file}, so partners' "
                f"links to it would break; restore it there, or record where it went under `{kind.moved}:` "
                f"(`{item_id}: new-id`)"))
    for old_id, target in moves.items():
        where = (kind.moved, old_id)
        if old_id not in listed:
            errors.append(doc.error(where, f"`{kind.moved}` names `{old_id}`, which is not listed under "
                                           f"`{kind.listed}:`; add it there too (ids once published stay listed)"))
        if old_id in current:
            errors.append(doc.error(where, f"`{old_id}` is still the id of an {kind.noun} in {kind.file}, so it "
                                           f"has not moved: remove this line; if that is another {kind.noun}, "
                                           "give it a new id (an id is never reused)"))
        errors += _target_errors(kind, target, current, doc, where, root)
    return errors


def _target_errors(kind: PublishedKind, target: str, current: set[str], doc, where, root: Path) -> list[DataError]:
    if is_slug(target):
        if target in current:
            return []
        return [doc.error(where, f"`{target}` is not an {kind.noun} id in {kind.file}; name the {kind.noun}'s "
                                 "new id, or a page and anchor such as `training.md#courses`")]
    page, _, anchor = target.partition("#")
    if not (PAGE_PATH.fullmatch(page) and is_slug(anchor)):
        return [doc.error(where, f"`{target}` is neither an {kind.noun} id nor a page and anchor; write "
                                 f"the new {kind.noun}'s id (`{kind.example}`) or `page.md#anchor`")]
    if not (root / PLAYBOOK_DOCS / page).is_file():
        return [doc.error(where, f"`{target}` names {PLAYBOOK_DOCS}/{page}, which does not exist; "
                                 "correct the page")]
    return []


def _redirect_errors(redirects, doc: YamlDocument, root: Path) -> list[DataError]:
    errors = []
    for old, new in redirects.pages.items():
        where = ("pages", old)
        malformed = [path for path in (old, new) if not PAGE_PATH.fullmatch(path)]
        if malformed:
            errors += [doc.error(where, f"`{path}` is not a page path; write it as under {PLAYBOOK_DOCS}/, "
                                        "like `offer.md` or `guides/coaching.md` (letters, digits, `-` and `_`, "
                                        f"at most {MAX_ID_LENGTH} characters between slashes)") for path in malformed]
            continue
        if (root / PLAYBOOK_DOCS / old).exists():
            errors.append(doc.error(where, f"{PLAYBOOK_DOCS}/{old} still exists, so it has not moved; "
                                           "remove this redirect or the old page"))
        if not (root / PLAYBOOK_DOCS / new).is_file():
            errors.append(doc.error(where, f"the redirect's new page {PLAYBOOK_DOCS}/{new} does not exist; "
                                           "correct it"))
    return errors
