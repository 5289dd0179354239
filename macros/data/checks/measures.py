"""What makes a measure chartable, and its links to stories and workstreams."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from ..errors import DataError

MIN_POINTS = 2  # a moving range needs two points


def measure_errors(loaded: dict[str, Any], records) -> list[DataError]:
    slugs = records.story_slugs()
    plan = loaded.get("delivery_plan")
    workstreams = {w.id for w in plan.workstreams} if plan else None
    errors: list[DataError] = []
    for measure in records.measures:
        source = records.measure_sources[measure.id]
        errors += _point_errors(measure, source)
        for index, slug in enumerate(measure.stories):
            if slug not in slugs:
                errors.append(source.document.error(("stories", index), f"`stories` names {slug!r}, but there "
                                                    f"is no data/stories/{slug}.yml; correct the slug"))
        if workstreams is not None and measure.workstream and measure.workstream not in workstreams:
            errors.append(source.document.error(("workstream",), f"`workstream` {measure.workstream!r} is not a "
                                                "workstream id in data/delivery_plan.yml; correct the id"))
    return errors


def _point_errors(measure, source) -> list[DataError]:
    points, document = measure.points, source.points
    if len(points) < MIN_POINTS:
        csv = source.document.path.removesuffix(".yml") + ".csv"
        where = source.points if source.points is not source.document else source.document
        return [where.error(("points",), f"`points` has {len(points)} point{'' if len(points) == 1 else 's'}; "
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
    return errors or _rebase_errors(measure, source.document)


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
