"""A measure's own page and its data as CSV.

Python only gathers and orders: the rows of the table, the numbers written
for display, the signal stretches latest first, the annotations numbered as
the chart numbers them. The markup and every word are in
templates/measure.html, spc_chart.html, measure_icons.html and
measure_words.html. The overview and the summary-icon matrix are in
macros/render/measures_overview.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..analysis.signal_stretches import Stretch, analysis_stretches
from ..analysis.spc import Analysis, PointResult, Rules, Segment
from ..data.models.measures import Annotation, Measure
from . import render_partial
from .numbers import Numbers, given, limit_decimals, rounded
from .spc_chart import NARROW, NARROW_POINTS, WIDE, SpcChart, spc_chart

TABLE_ROWS = 200     # a longer series shows its latest this many values; the CSV has them all


def is_monthly(dates: Sequence[dt.date]) -> bool:
    return len({(date.year, date.month) for date in dates}) == len(dates)


@dataclass(frozen=True)
class Row:
    """One point as the table shows it."""

    point: PointResult
    date: str                          # as the table writes it: "March 2024", or "4 March 2024"
    value: str
    mean: str
    lower: str | None                  # None: no limits (an XmR segment of a single point)
    upper: str | None
    side: int                          # +1 above the mean, -1 below, 0 on it
    notes: tuple[tuple[int, Annotation], ...]   # (number, annotation) of the notes placed at this point

    @property
    def kind(self) -> tuple:
        """What the row's signals' words depend on: rows alike share them."""
        return self.point.signals, self.side, self.point.trend


@dataclass(frozen=True)
class SegmentView:
    segment: Segment
    rows: tuple[Row, ...]              # the rows the table shows (a long series: the latest only)
    mean: str
    lower: str | None                  # the latest point's limits (each point's own on a p or u chart);
    upper: str | None                  # None: no limits (an XmR segment of a single point)
    used: int                          # how many points the limits rest on


@dataclass(frozen=True)
class MeasureView:
    """Everything measure.html and spc_chart.html show, gathered once."""

    measure: Measure
    analysis: Analysis
    numbers: Numbers
    unit: str | None                   # "%" on a p chart
    wide: SpcChart
    narrow: SpcChart
    segments: tuple[SegmentView, ...]  # in date order
    stretches: tuple[tuple[SegmentView, tuple[Stretch, ...]], ...]   # latest segment first, latest stretch first
    annotations: tuple[tuple[int, Annotation], ...]
    latest: PointResult
    latest_value: str
    target: str | None
    monthly: bool                      # one point a month at most: dates are shown as "March 2024"
    hidden_rows: int                   # points left out of the table (a long series)
    rules: Rules

    @property
    def several(self) -> bool:
        return len(self.segments) > 1

    @property
    def has_limits(self) -> bool:
        """False when no segment has limits yet (an XmR chart of a single point)."""
        return any(view.upper is not None for view in self.segments)

    @property
    def signals(self) -> int:
        """Signal stretches since the limits were last set: what the overview counts."""
        return len(self.stretches[0][1])

    @property
    def side(self) -> str | None:
        return side_name(self.latest.direction)


def side_name(direction: int) -> str | None:
    return {1: "high", -1: "low"}.get(direction)


def placed_notes(points: Sequence[PointResult], annotations: Sequence[Annotation]) -> dict[int, list]:
    """Each annotation, numbered from 1, at the index of the latest point on or before its date,
    so that the table, read down, stays in date order (a note of 3 June after the value of June,
    before July's); one dated before the first point or after the latest has no point (the list of
    notes has it). ``annotations``: in date order."""
    placed: dict[int, list] = {}
    index = 0
    for number, note in enumerate(annotations, start=1):
        if not points[0].date <= note.date <= points[-1].date:
            continue
        while index + 1 < len(points) and points[index + 1].date <= note.date:
            index += 1
        placed.setdefault(index, []).append((number, note))
    return placed


def date_text(date: dt.date, monthly: bool) -> str:
    """As measure_words.html's date_text writes it, for the table's many rows."""
    return date.strftime("%B %Y") if monthly else f"{date.day} {date:%B %Y}"


def _limit(numbers: Numbers, number: float | None) -> str | None:
    return None if number is None else numbers.limit(number)


def _segment_views(analysis: Analysis, numbers: Numbers, notes: dict[int, list], first_row: int, monthly: bool):
    views, offset = [], 0
    written: dict[int, tuple[str, str, str]] = {}   # by id(limits): an XmR segment's points share theirs
    for segment in analysis.segments:
        lim = segment.limits
        rows = []
        for index, point in enumerate(segment.points, start=offset):
            if index < first_row:
                continue
            own = point.limits
            if id(own) not in written:
                written[id(own)] = (numbers.limit(own.mean), _limit(numbers, own.lcl), _limit(numbers, own.ucl))
            rows.append(Row(point, date_text(point.date, monthly), numbers.value(point.value), *written[id(own)],
                            (point.value > own.mean) - (point.value < own.mean), tuple(notes.get(index, ()))))
        offset += len(segment.points)
        views.append(SegmentView(segment, tuple(rows), numbers.limit(lim.mean), _limit(numbers, lim.lcl),
                                 _limit(numbers, lim.ucl), lim.points_used))
    return tuple(views)


def measure_view(measure: Measure, analysis: Analysis, annotations: Sequence[Annotation] = ()) -> MeasureView:
    points = analysis.points
    numbers = Numbers.of(analysis)
    notes = placed_notes(points, annotations)
    first_row = max(0, len(points) - TABLE_ROWS)
    monthly = is_monthly([point.date for point in points])
    segments = _segment_views(analysis, numbers, notes, first_row, monthly)
    by_segment = {id(view.segment): view for view in segments}
    chart_id = f"spc-{measure.id or 'chart'}"
    dates = [note.date for note in annotations]
    unit = "%" if analysis.chart == "p" else measure.unit
    axis = "per cent" if unit == "%" else unit
    return MeasureView(
        measure=measure, analysis=analysis, numbers=numbers, unit=unit,
        wide=spc_chart(analysis, measure.target, f"{chart_id}-wide", WIDE, numbers.scale, dates, unit=axis),
        narrow=spc_chart(analysis, measure.target, f"{chart_id}-narrow", NARROW, numbers.scale, dates,
                         latest=NARROW_POINTS, unit=axis),
        segments=segments,
        stretches=tuple((by_segment[id(segment)], tuple(found))
                        for segment, found in analysis_stretches(analysis, measure.improvement)),
        annotations=tuple(enumerate(annotations, start=1)),
        latest=points[-1],
        latest_value=numbers.value(points[-1].value),
        target=None if measure.target is None else numbers.target(measure.target),
        monthly=monthly,
        hidden_rows=first_row,
        rules=analysis.rules,
    )


def render_measure(measure: Measure, analysis: Analysis, csv_url: str, stories_links: Sequence[tuple[str, str]],
                   annotations: Sequence[Annotation] = (), staff: bool = True,
                   glossary_href: str | None = None, list_href: str | None = None,
                   project_hrefs: Mapping[str, str] | None = None) -> str:
    """The body of a measure's own page (its <h1> included).

    ``csv_url``: the relative link to its data as CSV (see measure_csv);
    ``stories_links``: (title, relative url) of each story it supports;
    ``annotations``: its notes in date order; ``staff``: the play book, not
    the public site; ``glossary_href``: the glossary's entry for its kind of
    chart, where the site's glossary has one; ``list_href``: the page listing
    every measure; ``project_hrefs``: project id -> its page, for each project
    this site has a page for (a PDSA cycle's note links to its project's).
    """
    view = measure_view(measure, analysis, annotations)
    return render_partial("measure.html", view=view, csv_url=csv_url, stories=list(stories_links), staff=staff,
                          glossary_href=glossary_href, list_href=list_href, project_hrefs=project_hrefs or {})


def csv_header(chart: str) -> tuple[str, ...]:
    counts = ("numerator", "denominator") if chart != "xmr" else ()
    return ("date", "value", *counts, "mean", "lower_limit", "upper_limit", "signals", "variation", "notes")


def measure_csv(analysis: Analysis, annotations: Sequence[Annotation] = ()) -> str:
    """Every point with its mean, limits, signals, variation and notes, as CSV.

    Dates are ISO (YYYY-MM-DD); values as given (a p or u chart's value is
    numerator / denominator, a p chart's a proportion as in measures.json);
    means and limits rounded as on the page, a p chart's as proportions (no
    limits, empty cells: an XmR segment of a single point has none);
    signals are the codes of measures.json joined by ";".
    """
    points = analysis.points
    decimals = (limit_decimals([point.value for point in points]) if analysis.chart == "xmr"
                else Numbers.of(analysis).decimals + (2 if analysis.chart == "p" else 0))
    notes = placed_notes(points, annotations)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header(analysis.chart))
    written: dict[int, tuple[str, str, str]] = {}   # by id(limits): an XmR segment's points share theirs
    for index, point in enumerate(points):
        lim = point.limits
        if id(lim) not in written:
            written[id(lim)] = (rounded(lim.mean, decimals), *("" if number is None else rounded(number, decimals)
                                                               for number in (lim.lcl, lim.ucl)))
        counts = [given(point.numerator), given(point.denominator)] if analysis.chart != "xmr" else []
        writer.writerow([point.date.isoformat(), given(point.value), *counts, *written[id(lim)],
                         ";".join(point.signals), point.variation,
                         "; ".join(note.text for _, note in notes.get(index, ()))])
    return out.getvalue()
