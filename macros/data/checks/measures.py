"""What makes a measure chartable: a point at least and not too many, in date
order, each with what its chart needs, rebase dates in order and a baseline
the points can give. A single point, or a segment of one (a rebase on the
latest point's date), is charted with its mean and no limits until more come."""

from __future__ import annotations

from itertools import pairwise

from .. import models
from ..errors import DataError
from ..records import written_chart

# The most points a measure may have: 27 years of daily figures, 190 of weekly
# ones; more than a chart of a page's width can show apart. Loading, checking
# and charting a measure take time in proportion to its points (`make bench`).
MAX_POINTS = 10_000


def measure_errors(loaded) -> list[DataError]:
    return [error for measure, found in loaded.valid("measures") for error in _point_errors(measure, found)]


def _point_errors(measure, found) -> list[DataError]:
    """``found``: the measure's file as read; its points' lines are in its CSV's document, if it has one."""
    points, document = measure.points, found.companion or found.document
    if len(points) > MAX_POINTS:
        return [document.error(("points", MAX_POINTS), f"`points` has {len(points):,} points; a measure may have "
                                                       f"at most {MAX_POINTS:,}: leave out the oldest, or give "
                                                       "the figures weekly or monthly instead of daily")]
    if not points and _empty(document.data if isinstance(document.data, dict) else {}, "points"):
        return []   # `points:` with nothing after it: its own line says so
    if not points:
        csv = found.document.path.removesuffix(".yml") + ".csv"
        header = "`date,value`" if measure.chart == "xmr" else "`date,numerator,denominator`"
        return [document.error(("points",), f"`points` has no points; a chart needs at least one: add the values "
                                            f"over time, under `points:` or in {csv} ({header})")]
    # A chart that is not one of xmr, p and u is its own line: its points are not checked against it.
    errors = (_count_errors(measure, document) if written_chart(found.document) else []) + _p_errors(
        measure, found.document)
    for index, (before, after) in enumerate(pairwise(points), start=1):
        if after.date == before.date:
            errors.append(_said_of_point(document, ("points", index, "date"), f"`points[{index + 1}].date` "
                                         f"{after.date} is the same date as the point before it; give each date once"))
        elif after.date < before.date:
            errors.append(_said_of_point(document, ("points", index, "date"), f"`points[{index + 1}].date` "
                                         f"{after.date} is earlier than the point before it ({before.date}); put "
                                         "the points in date order, oldest first"))
    return errors or (_baseline_errors(measure, found.document) + _rebase_errors(measure, found.document))


COUNTS = ("numerator", "denominator")
_DATE_AND_VALUE = {"date", "value"}


def _written(document, index: int) -> dict:
    """The point as the file writes it (a CSV's rows are checked as they are read)."""
    points = document.data.get("points") if isinstance(document.data, dict) else None
    point = points[index] if isinstance(points, list) and index < len(points) else None
    return point if isinstance(point, dict) else {}


def _count_errors(measure, document) -> list[DataError]:
    """Each point has what its chart needs, and only that: a value on an XmR
    chart, a numerator and a denominator on a p or u chart. A point written
    for the other kind of chart is one mistake, and one line."""
    errors = []
    for index, point in enumerate(measure.points):
        written = _written(document, index)
        if measure.chart == "xmr" and point.value is not None and written.keys() == _DATE_AND_VALUE:
            continue  # as nearly every point of an XmR chart is: nothing to say
        found = (_value_problems(point, written, index) if measure.chart == "xmr"
                 else _counts_problems(measure.chart, point, written, index))
        errors += [_said_of_point(document, ("points", index, name), message) for name, message in found]
    return errors


def _said_of_point(document, location: tuple, message: str):
    """The line of a point's mistake. In a CSV of points, a row is a point and a column a field, so
    ``points[4].numerator`` is said as `numerator` (the line is the row's) and ``points[4]`` as this row."""
    if document.path.endswith(".csv"):
        at = f"`points[{location[1] + 1}]"
        message = (message.replace(at + ".", "`").replace(at + "`", "this row")
                   .replace("the point before it", "the row before it"))
    return document.error(location, message)


def _said(point, written: dict) -> set[str]:
    """The fields of a point the file says anything of (a number, or nothing after the colon)."""
    return {name for name in ("value", *COUNTS) if getattr(point, name) is not None or name in written}


def _empty(written: dict, name: str) -> bool:
    """``name:`` written with nothing after it (or `null`), which the model takes for no field at all."""
    return name in written and written[name] is None


def _misspelt(written: dict) -> bool:
    """The point has a field a point does not have: its own line says so (no "missing" as well)."""
    return not set(written) <= set(models.Point.model_fields)


def _value_problems(point, written: dict, index: int) -> list[tuple[str, str]]:
    at = f"`points[{index + 1}]"
    counts = [name for name in COUNTS if name in _said(point, written)]
    if counts:
        names = " and ".join(f"`{name}`" for name in counts)
        return [(counts[0], f"{at}` has {names}, which an XmR chart (the default `chart`) does not use: its "
                            "points each have a `date` and a `value`; give the `value` instead, or set `chart: p` "
                            "(a proportion) or `chart: u` (a rate) for a count out of a total")]
    if _empty(written, "value"):
        return [("value", f"{at}.value` is empty; write the value, a number like 42, after `value:` (a point "
                          "whose value is not known yet is left out: remove the point)")]
    if point.value is None and "value" not in written and not _misspelt(written):
        return [("value", f"{at}.value` is missing; add `value:` with a number")]
    return []


def _counts_problems(chart: str, point, written: dict, index: int) -> list[tuple[str, str]]:
    at = f"`points[{index + 1}]"
    said = _said(point, written)
    if "value" in said:
        if point.numerator is not None and point.denominator is not None:
            return [("value", f"{at}.value` is not used on a {chart} chart: the value is worked out as "
                              "numerator / denominator; remove `value`")]
        return [("value", f"{at}.value` is not used on a {chart} chart, whose points each have a `numerator` "
                          "and a `denominator` (the value is worked out as numerator / denominator): give those "
                          f"instead of `value`, or remove `chart: {chart}` for a chart of values")]
    # A count written but refused (0, -1) is said by its field's own line, not as missing.
    unset = {name: "empty" if _empty(written, name) else "missing" for name in COUNTS
             if getattr(point, name) is None and (_empty(written, name) if name in written
                                                 else not _misspelt(written))}
    if len(unset) == 2 and len(set(unset.values())) == 1:   # the point has no counts: one mistake
        empty = "empty" in unset.values()
        return [("numerator" if empty else "date",
                 f"{at}` has no `numerator` or `denominator` ({'both are empty' if empty else 'neither is given'}); "
                 f"a {chart} chart's points each have both, the count and what it is out of: add them, or remove "
                 "the point if they are not known yet")]
    found = []
    for name in COUNTS:
        number = getattr(point, name)
        what = ("the count, a whole number" if name == "numerator"
                else "what the count is out of, a number above 0")
        if unset.get(name) == "empty":
            found.append((name, f"{at}.{name}` is empty; write {what}, after `{name}:` (a point whose counts "
                                "are not known yet is left out: remove the point)"))
        elif unset.get(name) == "missing":
            found.append((name, f"{at}.{name}` is missing; a {chart} chart's points each have `numerator` "
                                "and `denominator`"))
        elif number is not None and not number.is_integer() and (name == "numerator" or chart == "p"):
            found.append((name, f"{at}.{name}` must be a whole number (a count), not {number!r}"))
    if chart == "p" and None not in (point.numerator, point.denominator) and point.numerator > point.denominator:
        found.append(("numerator", f"{at}.numerator` {point.numerator:g} is more than its denominator "
                                   f"{point.denominator:g}: on a p chart the numerator counts the cases, out of the "
                                   "denominator's; correct one of them, or use `chart: u` for a rate"))
    return found


def _p_errors(measure, document) -> list[DataError]:
    """A p chart is a proportion: its target is one too, and it is shown in per cent."""
    if measure.chart != "p":
        return []
    errors = []
    if measure.target is not None and not 0 <= measure.target <= 1:
        errors.append(document.error(("target",), f"`target` on a p chart is a proportion between 0 and 1 "
                                     f"(0.9 for 90%), not {measure.target:g}"))
    if measure.unit not in (None, "%"):
        errors.append(document.error(("unit",), f'`unit` {measure.unit!r} does not apply to a p chart, which is '
                                     'shown in per cent: remove it, or write "%"'))
    return errors


def _baseline_errors(measure, document) -> list[DataError]:
    if measure.baseline is None or measure.baseline <= len(measure.points):
        return []
    count = len(measure.points)
    return [document.error(("baseline",), f"`baseline` is {measure.baseline:,}, more than the measure's "
                                          f"{count:,} point{'' if count == 1 else 's'}; give how many of the first "
                                          "points fix the limits, or remove `baseline` to use them all")]


def _rebase_errors(measure, document) -> list[DataError]:
    """Rebase dates in order, each once, after the first point."""
    dates = [point.date for point in measure.points]
    errors = []
    for index, when in enumerate(measure.rebase):
        if when <= dates[0]:
            errors.append(document.error(("rebase", index), f"`rebase` date {when} is on or before the first "
                                         f"point ({dates[0]}), so it changes nothing; remove it"))
    for index, (before, when) in enumerate(pairwise(measure.rebase), start=1):
        if when <= before:
            said = "is given twice" if when == before else f"is earlier than the one before it ({before})"
            errors.append(document.error(("rebase", index), f"`rebase` date {when} {said}; list each date once, "
                                         "oldest first"))
    return errors
