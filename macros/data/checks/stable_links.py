"""Versions and stable links.

Partners cite a version of the play book and link to its offer items and
pages.  These checks keep those promises: the current version has a history
entry, no published offer id disappears without a recorded new place, and
every redirect leads to a page that exists.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..models.base import is_slug
from ..models.versions import version_key
from ..yaml_reader import YamlDocument

# The staff play book's pages; redirects and moved offer items point into it.
PLAYBOOK_DOCS = "docs"

PAGE_PATH = re.compile(r"[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\.md")


def stable_link_errors(loaded: dict[str, Any], documents: dict[str, YamlDocument], root: Path) -> list[DataError]:
    errors = []
    if loaded.get("playbook") and loaded.get("versions"):
        errors += _version_errors(loaded["playbook"], loaded["versions"], documents)
    if loaded.get("offer") and loaded.get("published_ids"):
        errors += _published_id_errors(loaded["offer"], loaded["published_ids"], documents["published_ids"], root)
    if loaded.get("redirects"):
        errors += _redirect_errors(loaded["redirects"], documents["redirects"], root)
    return errors


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


def _published_id_errors(offer, published, doc: YamlDocument, root: Path) -> list[DataError]:
    errors, current = [], {item.id for item in offer.items}
    for index, item_id in enumerate(published.offer):
        if item_id in published.offer[:index]:
            errors.append(doc.error(("offer", index), f"`{item_id}` is listed twice; keep one"))
        elif item_id not in current and item_id not in published.moved:
            errors.append(doc.error(
                ("offer", index),
                f"offer item `{item_id}` was published but is no longer in data/offer.yml, so partners' "
                f"links to it would break; restore it there, or record where it went under `moved:` "
                f"(`{item_id}: new-id`)"))
    for old_id, target in published.moved.items():
        where = ("moved", old_id)
        if old_id not in published.offer:
            errors.append(doc.error(where, f"`moved` names `{old_id}`, which is not listed under "
                                           "`offer:`; add it there too (ids once published stay listed)"))
        if old_id in current:
            errors.append(doc.error(where, f"`{old_id}` is still an item in data/offer.yml, so it has not "
                                           "moved; remove this line"))
        errors += _target_errors(target, current, published.moved, doc, where, root)
    return errors


def _target_errors(target: str, current: set[str], moved: dict, doc, where, root: Path) -> list[DataError]:
    if is_slug(target):
        if target in current:
            return []
        return [doc.error(where, f"`{target}` is not an item id in data/offer.yml; name the item's "
                                 "new id, or a page and anchor such as `training.md#courses`")]
    page, _, anchor = target.partition("#")
    if not (PAGE_PATH.fullmatch(page) and is_slug(anchor)):
        return [doc.error(where, f"`{target}` is neither an offer item id nor a page and anchor; write "
                                 "the new item's id (`qi-training`) or `page.md#anchor`")]
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
                                        "like `offer.md` or `guides/coaching.md`") for path in malformed]
            continue
        if (root / PLAYBOOK_DOCS / old).exists():
            errors.append(doc.error(where, f"{PLAYBOOK_DOCS}/{old} still exists, so it has not moved; "
                                           "remove this redirect or the old page"))
        if not (root / PLAYBOOK_DOCS / new).is_file():
            errors.append(doc.error(where, f"the redirect's new page {PLAYBOOK_DOCS}/{new} does not exist; "
                                           "correct it"))
    return errors
