"""Checks across fields of the section data files that a model alone cannot make."""

from __future__ import annotations

from ..errors import DataError
from ..yaml_reader import YamlDocument
from .common import unique


def section_errors(loaded) -> list[DataError]:
    """References between files are checked by one rule (checks/references.py); these are the rest."""
    errors: list[DataError] = []
    checks = {"capability_assessment": _capability, "context": _context, "timeline": _timeline,
              "training": _training, "capacity_guidance": _capacity, "governance": _governance,
              "strategic_focus": _strategic_focus, "portfolio": _portfolio}
    for name, check in checks.items():
        if loaded.values.get(name) is not None:
            errors += check(loaded.values[name], loaded.documents[name])
    return errors


def _range(value, document: YamlDocument, location: tuple, name: str) -> list[DataError]:
    if value is not None and value.low > value.high:
        return [document.error(location + ("low",), f"`{name}.low` ({value.low}) is more than `{name}.high` "
                                                    f"({value.high}); swap them")]
    return []


def _capability(data, doc: YamlDocument) -> list[DataError]:
    errors = unique(data.components, "id", doc, ("components",))
    low, high = data.score_range.lowest, data.score_range.highest
    if low > high:
        errors.append(doc.error(("score_range", "lowest"), f"`score_range.lowest` ({low}) is more than "
                                                           f"`score_range.highest` ({high}); swap them"))
    for index, component in enumerate(data.components):
        where = ("components", index)
        name = f"components[{index + 1}]"
        if component.score is None and component.score_status == "agreed":
            errors.append(doc.error(where + ("score_status",), f"`{name}.score_status` is agreed but there "
                                    "is no `score`; add the score or set score_status: to_be_confirmed"))
        elif component.score is not None and component.score_status != "agreed":
            errors.append(doc.error(where + ("score",), f"`{name}.score` is given but score_status is "
                                    f"{component.score_status}; set score_status: agreed or remove the score"))
        elif component.score is not None and low <= high and not low <= component.score <= high:
            errors.append(doc.error(where + ("score",), f"`{name}.score` {component.score} is outside "
                                    f"`score_range` ({low} to {high}); correct the score or the range"))
    return errors


def _context(data, doc: YamlDocument) -> list[DataError]:
    principles = data.collaboration_principles
    errors = []
    if len([p for p in principles.principles if p.name]) > principles.count:
        errors.append(doc.error(("collaboration_principles", "count"),
                                "`collaboration_principles.count` is less than the number of named "
                                "principles; correct the count"))
    return errors


def _timeline(data, doc: YamlDocument) -> list[DataError]:
    for index in range(1, len(data.events)):
        if data.events[index].year < data.events[index - 1].year:
            return [doc.error(("events", index, "year"), f"`events[{index + 1}].year` is earlier than the event "
                                                          "before it; keep the events in date order")]
    return []


def _training(data, doc: YamlDocument) -> list[DataError]:
    return unique(data.reports, "id", doc, ("reports",))


def _capacity(data, doc: YamlDocument) -> list[DataError]:
    errors = unique(data.roles, "id", doc, ("roles",))
    for index, role in enumerate(data.roles):
        where = ("roles", index)
        name = f"roles[{index + 1}]"
        errors += _range(role.at_reference, doc, where + ("at_reference",), f"{name}.at_reference")
        errors += _range(role.protected_time_percent, doc, where + ("protected_time_percent",),
                         f"{name}.protected_time_percent")
        errors += _range(role.teams_each, doc, where + ("teams_each",), f"{name}.teams_each")
        implied = role.percent * data.reference_headcount / 100
        if not role.at_reference.low <= implied <= role.at_reference.high:
            errors.append(doc.error(where + ("percent",), f"`{name}.percent` ({role.percent:g}% of "
                                    f"{data.reference_headcount:,} is {implied:g}) does not fall within "
                                    f"`at_reference` ({role.at_reference.low} to {role.at_reference.high}); "
                                    "check both against the guidance"))
    return errors


def _needs_content(data, doc: YamlDocument, field: str) -> list[DataError]:
    if data.status == "agreed" and not getattr(data, field):
        return [doc.error(("status",), f"`status` is agreed but `{field}` is empty; fill in `{field}` "
                                       "or set status: to_be_agreed (partners have still to decide it) or "
                                       "to_be_confirmed (it exists and is still to be supplied)")]
    return []


def _governance(data, doc: YamlDocument) -> list[DataError]:
    return unique(data.groups, "id", doc, ("groups",)) + _needs_content(data, doc, "arrangements")


def _strategic_focus(data, doc: YamlDocument) -> list[DataError]:
    return _needs_content(data, doc, "priorities")


def _portfolio(data, doc: YamlDocument) -> list[DataError]:
    return _needs_content(data, doc, "entries")
