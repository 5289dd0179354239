"""What makes a measure chartable: enough points, in date order, enough in every segment."""

from __future__ import annotations

from itertools import pairwise

from ..errors import DataError

MIN_POINTS = 2  # a moving range needs two points


def measure_errors(loaded) -> list[DataError]:
    return [error for measure, found in loaded.valid("measures") for error in _point_errors(measure, found)]


def _point_errors(measure, found) -> list[DataError]:
    """``found``: the measure's file as read; its points' lines are in its CSV's document, if it has one."""
    points, document = measure.points, found.companion or found.document
    if len(points) < MIN_POINTS:
        csv = found.document.path.removesuffix(".yml") + ".csv"
        return [document.error(("points",), f"`points` has {len(points)} point{'' if len(points) == 1 else 's'}; "
                                         f"a chart needs at least {MIN_POINTS}: add the values over time, under "
                                         f"`points:` or in {csv} (`date,value`)")]
    errors = []
    for index, (before, after) in enumerate(pairwise(points), start=1):
        if after.date == before.date:
            errors.append(document.error(("points", index, "date"), f"`points[{index + 1}].date` {after.date} "
                                         "is the same date as the point before it; give each date once"))
        elif after.date < before.date:
            errors.append(document.error(("points", index, "date"), f"`points[{index + 1}].date` {after.date} "
                                         f"is earlier than the point before it ({before.date}); put the points "
                                         "in date order, oldest first"))
    return errors or _rebase_errors(measure, found.document)


def _rebase_errors(measure, document) -> list[DataError]:
    """Each segment (from the first point, and from each rebase date) needs
    two points of its own for its limits."""
    dates = [point.date for point in measure.points]
    errors = []
    for index, when in enumerate(measure.rebase):
        if when <= dates[0]:
            errors.append(document.error(("rebase", index), f"`rebase` date {when} is on or before the first "
                                         f"point ({dates[0]}), so it changes nothing; remove it"))
    # Each rebase date starts its segment at the first point on or after it.
    started_by = {}
    for index, when in enumerate(measure.rebase):
        first = next((i for i, date in enumerate(dates) if date >= when), None)
        if first:  # None: after the last point, starts nothing yet; 0: reported above
            started_by.setdefault(first, index)
    starts = sorted({0, *started_by})
    for first, end in pairwise([*starts, len(dates)]):
        if end - first == 1:
            where = ("rebase", started_by.get(first, started_by.get(end)))
            errors.append(document.error(where, f"the segment starting {dates[first]} has only one point; a "
                                         "new segment needs at least 2 points for its own limits: move the "
                                         "rebase date or add points"))
    return errors
