"""The capability register (data/capability/<organisation-id>.yml): each
file names a known organisation, and no figure counts more people than
the organisation has."""

from __future__ import annotations

from ..errors import DataError

COUNTED = ("internal_experts", "quality_coaches")


def capability_errors(loaded) -> list[DataError]:
    org_ids = loaded.ids("organisations")
    errors: list[DataError] = []
    for organisation_id, found in loaded.records.get("capability", {}).items():
        if org_ids is not None and organisation_id not in org_ids and found.document is not None:
            errors.append(found.document.error((), f"the file name `{organisation_id}` is not an organisation id "
                                                   "in data/organisations.yml; name the file after its "
                                                   "organisation's id, or add the organisation there first"))
    for figures, found in loaded.valid("capability"):
        document = found.document
        for field in COUNTED:
            errors += _within_headcount(getattr(figures, field), field, (field,), figures, document)
        seen = set()
        for index, trained in enumerate(figures.trained):
            name = f"trained[{index + 1}].count"
            errors += _within_headcount(trained.count, name, ("trained", index, "count"), figures, document)
            key = (trained.programme.casefold(), (trained.level or "").casefold())
            if key in seen:
                errors.append(document.error(("trained", index), f"`trained[{index + 1}]` repeats an earlier "
                                             "entry's programme and level; give each programme and level once"))
            seen.add(key)
    return errors


def _within_headcount(count: int, name: str, location: tuple, figures, document) -> list[DataError]:
    if count <= figures.headcount:
        return []
    return [document.error(location, f"`{name}` is {count:,}, more than the organisation's `headcount` "
                                     f"({figures.headcount:,}); check both figures")]
