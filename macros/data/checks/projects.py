"""What the project model alone cannot check: scores on the IHI scale, dates in
order and after the start, a completion date that agrees with the status, and
a public project that says who does it."""

from __future__ import annotations

from itertools import pairwise

from ..errors import DataError
from ..models.projects import PROGRESS_SCALE

SCALE_WORDS = ", ".join(f"{score:g}" for score in PROGRESS_SCALE)


def project_errors(loaded) -> list[DataError]:
    return [error for project, found in loaded.valid("projects")
            for error in _errors(project, found.document)]


def _errors(project, document) -> list[DataError]:
    errors = _score_errors(project, document) + _completion_errors(project, document)
    errors += _order_errors(project.progress, "progress", "scores", document, strictly=True)
    errors += _order_errors(project.pdsa, "pdsa", "cycles", document, strictly=False)
    errors += _start_errors(project, document)
    if project.is_public and not project.organisations:
        errors.append(document.error(("organisations",), "a public project names at least one organisation in "
                                     "`organisations` (ids from data/organisations.yml); add them, or keep "
                                     "`visibility: internal` until they are known"))
    return errors


def _score_errors(project, document) -> list[DataError]:
    return [document.error(("progress", index, "score"), f"`progress[{index + 1}].score` is {entry.score:g}, "
                           f"which is not an IHI progress score; use one of {SCALE_WORDS}")
            for index, entry in enumerate(project.progress) if entry.score not in PROGRESS_SCALE]


def _order_errors(items, name: str, what: str, document, strictly: bool) -> list[DataError]:
    """Items oldest first: scores on distinct dates, cycles in date order (two may start on one day)."""
    errors = []
    for index, (before, after) in enumerate(pairwise(items), start=1):
        if strictly and after.date == before.date:
            errors.append(document.error((name, index, "date"), f"`{name}[{index + 1}].date` {after.date} is the "
                                         f"same date as the item before it; give each of the {what} its own "
                                         "date, or keep only the latest of that day"))
        elif after.date < before.date:
            errors.append(document.error((name, index, "date"), f"`{name}[{index + 1}].date` {after.date} is "
                                         f"earlier than the item before it ({before.date}); put the {what} in "
                                         "date order, oldest first"))
    return errors


def _completion_errors(project, document) -> list[DataError]:
    if project.completed is None:
        return []
    if project.status != "completed":
        return [document.error(("completed",), f"`completed` is set but `status` is `{project.status}`; set "
                               "`status: completed`, or remove `completed` while the project is not finished")]
    return []


def _start_errors(project, document) -> list[DataError]:
    """A `started` later than the project's other dates is one mistake, however many dates it
    puts before it (most often `started` itself is wrong): one line, on `started`."""
    earlier = [(f"{name}[{index + 1}].date", item.date) for name in ("progress", "pdsa")
               for index, item in enumerate(getattr(project, name)) if item.date < project.started]
    if project.completed is not None and project.completed < project.started:
        earlier.append(("completed", project.completed))
    if not earlier:
        return []
    where, earliest = min(earlier, key=lambda found: found[1])
    if len(earlier) == 1:
        return [document.error(("started",), f"`started` {project.started} is later than `{where}` ({earliest}); "
                               "correct one of the dates")]
    counts = [(sum(where.startswith(f"{name}[") for where, _ in earlier), noun) for name, noun in
              (("progress", "progress score"), ("pdsa", "PDSA cycle"))]
    what = [f"{count} {noun}{'s' if count > 1 else ''}" for count, noun in counts if count]
    what += ["`completed`"] if any(where == "completed" for where, _ in earlier) else []
    listed = " and ".join([", ".join(what[:-1]), what[-1]] if len(what) > 1 else what)
    return [document.error(("started",), f"`started` {project.started} is later than {len(earlier)} of the "
                           f"project's dates ({listed}), the earliest {earliest} (`{where}`); correct `started` to "
                           "the day work on the project began, or correct those dates")]
