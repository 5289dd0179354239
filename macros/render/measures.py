"""Measures: a measure's own page, its data as CSV, and the overview table.

Python only gathers and orders: the rows of the table, the numbers rounded
for display, which side of the mean the latest signal is on. The markup and
every word are in templates/measure.html, xmr_chart.html,
measures_summary.html, measure_icons.html and measure_words.html.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..analysis.measures import MeasureCharts
from ..analysis.spc import SIDE_SIGNALS, Analysis, Episode, PointResult, Segment
from ..data.models.measures import Measure
from . import render_partial
from ..addresses import measure_url
from .xmr_chart import XmRChart, xmr_chart

MAX_DECIMALS = 4     # limits and means never show more decimals than this
CSV_HEADER = ("date", "value", "mean", "lower_limit", "upper_limit", "signals", "variation")


def _decimal(value: float) -> Decimal:
    # repr gives the shortest text that reads back as the same float: the value as written.
    return Decimal(repr(float(value))).normalize()


def given(value: float, thousands: bool = False) -> str:
    """A value as the editor wrote it (42, not 42.0), optionally with thousands separators."""
    return format(_decimal(value), ",f" if thousands else "f")


def limit_decimals(values: Sequence[float]) -> int:
    """One decimal more than the most precise value, so that limits and means read true."""
    decimals = max(max(0, -_decimal(value).as_tuple().exponent) for value in values)
    return min(decimals + 1, MAX_DECIMALS)


def rounded(value: float, decimals: int, thousands: bool = False) -> str:
    text = format(value, f"{',' if thousands else ''}.{decimals}f")
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text   # never "-0.0"


def latest_side(analysis: Analysis) -> str | None:
    """"high" or "low": the side of the latest point's signal (None for common cause).

    As macros/analysis/spc.py decides its variation: by its side of the mean
    when it has a side-based signal, else by the direction of its trend.
    """
    segment = analysis.latest
    point = segment.points[-1]
    if not point.signals:
        return None
    if SIDE_SIGNALS.intersection(point.signals):
        return "high" if point.value > segment.limits.mean else "low"
    rising = any(episode.rule == "trend" and episode.side == "up" and episode.end == point.date
                 for episode in segment.episodes)
    return "high" if rising else "low"


@dataclass(frozen=True)
class Row:
    """One point as the table shows it; the flags say which side of what it is on."""

    point: PointResult
    value: str
    mean: str
    lower: str
    upper: str
    above_mean: bool
    above_upper: bool
    trends: tuple[str, ...]     # "up"/"down": the trends the point is part of (both at a turn)


@dataclass(frozen=True)
class SegmentView:
    segment: Segment
    rows: tuple[Row, ...]
    mean: str
    lower: str
    upper: str
    end: dt.date


@dataclass(frozen=True)
class MeasureView:
    """Everything measure.html and xmr_chart.html show, gathered once."""

    measure: Measure
    analysis: Analysis
    chart: XmRChart
    segments: tuple[SegmentView, ...]
    latest: PointResult
    latest_value: str
    side: str | None
    target: str | None
    monthly: bool               # one point a month at most: dates are shown as "March 2024"
    episodes: tuple[Episode, ...]

    @property
    def rows(self) -> tuple[Row, ...]:
        """Every point's row, in date order (the order of chart.points)."""
        return tuple(row for segment in self.segments for row in segment.rows)


def is_monthly(dates: Sequence[dt.date]) -> bool:
    return len({(date.year, date.month) for date in dates}) == len(dates)


def _segment_view(segment: Segment, decimals: int) -> SegmentView:
    lim = segment.limits
    mean, lower, upper = (rounded(number, decimals, True) for number in (lim.mean, lim.lcl, lim.ucl))
    rows = tuple(
        Row(point, given(point.value, True), mean, lower, upper, point.value > lim.mean, point.value > lim.ucl,
            tuple(episode.side for episode in segment.episodes
                  if episode.rule == "trend" and episode.start <= point.date <= episode.end))
        for point in segment.points)
    return SegmentView(segment, rows, mean, lower, upper, segment.points[-1].date)


def measure_view(measure: Measure, analysis: Analysis) -> MeasureView:
    points = analysis.points
    decimals = limit_decimals([point.value for point in points])
    return MeasureView(
        measure=measure,
        analysis=analysis,
        chart=xmr_chart(analysis, measure.target, f"xmr-{measure.id or 'chart'}"),
        segments=tuple(_segment_view(segment, decimals) for segment in analysis.segments),
        latest=points[-1],
        latest_value=given(points[-1].value, True),
        side=latest_side(analysis),
        target=None if measure.target is None else given(measure.target, True),
        monthly=is_monthly([point.date for point in points]),
        episodes=tuple(episode for segment in analysis.segments for episode in segment.episodes),
    )


def render_measure(measure: Measure, analysis: Analysis, csv_url: str,
                   stories_links: Sequence[tuple[str, str]]) -> str:
    """The body of a measure's own page (its <h1> included).

    ``csv_url``: the relative link to its data as CSV (see measure_csv);
    ``stories_links``: (title, relative url) of each story it supports.
    """
    return render_partial("measure.html", view=measure_view(measure, analysis), csv_url=csv_url,
                          stories=list(stories_links))


def measure_csv(analysis: Analysis) -> str:
    """The points with their mean, limits, signals and variation, as CSV.

    Dates are ISO (YYYY-MM-DD), values as given, means and limits rounded as
    on the page; signals are the codes of measures.json joined by ";".
    """
    decimals = limit_decimals([point.value for point in analysis.points])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for segment in analysis.segments:
        lim = segment.limits
        for point in segment.points:
            writer.writerow([point.date.isoformat(), given(point.value), rounded(lim.mean, decimals),
                             rounded(lim.lcl, decimals), rounded(lim.ucl, decimals), ";".join(point.signals),
                             point.variation])
    return out.getvalue()


@dataclass(frozen=True)
class SummaryRow:
    """One measure in the overview table; ``group`` is the heading it is listed under."""

    title: str
    url: str
    unit: str | None
    improvement: str
    latest_date: dt.date
    latest_value: str
    monthly: bool
    variation: str
    side: str | None
    assurance: str | None
    target: str | None
    signals: int                # signal stretches since the limits were last set
    group: str | None = None
    group_id: str | None = None


def summary_row(measure: Measure, analysis: Analysis, url: str, group: str | None = None,
                group_id: str | None = None) -> SummaryRow:
    """``url``: relative link to the measure's page; ``group``: the heading to list it under
    (a story's or workstream's title), ``group_id`` that heading's anchor."""
    latest = analysis.points[-1]
    return SummaryRow(
        title=measure.title, url=url, unit=measure.unit, improvement=measure.improvement,
        latest_date=latest.date, latest_value=given(latest.value, True),
        monthly=is_monthly([point.date for point in analysis.points]),
        variation=analysis.variation, side=latest_side(analysis), assurance=analysis.assurance,
        target=None if measure.target is None else given(measure.target, True),
        signals=len(analysis.latest.episodes), group=group, group_id=group_id,
    )


def _anchor(group: str) -> str:
    return "measures-" + (re.sub(r"[^a-z0-9]+", "-", group.lower()).strip("-") or "group")


def render_measures_summary(rows: Sequence[SummaryRow], heading_level: int = 3,
                            public_heading: bool = False) -> str:
    """The overview: one table of measures per group, under a heading of ``heading_level``,
    groups in the order their first row comes; rows without a group go in one table
    without a heading. No rows: an empty state that says how to add a measure.
    ``public_heading``: the section's own heading, for the public home page
    (which shows the section only when it has measures)."""
    groups: dict[str | None, list[SummaryRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    ordered = [(group, members[0].group_id or (_anchor(group) if group else None), members)
               for group, members in groups.items()]
    return render_partial("measures_summary.html", groups=ordered, level=heading_level,
                          public_heading=public_heading)


def overview_rows(data, charts: MeasureCharts, root: str) -> list[SummaryRow]:
    """The overview's rows, grouped as a board reads them: by delivery-plan
    workstream, then by the first story a measure supports, then the rest;
    each measure once. ``root`` is the relative path from the page to the site root."""
    pillars = {pillar.id: pillar.name for pillar in data.delivery_plan.pillars}
    groups = {("workstream", w.id): f"{pillars[w.pillar]}: {w.name}" for w in data.delivery_plan.workstreams}
    groups |= {("story", story.slug): story.title for story in data.stories}
    order = list(groups)
    rows = []
    for measure, analysis in charts.charts:
        keys = [("workstream", measure.workstream)] + [("story", slug) for slug in measure.stories]
        key = next((key for key in keys if key in groups), None)
        row = summary_row(measure, analysis, root + measure_url(measure.id), groups.get(key),
                          f"measures-{key[1]}" if key else None)
        rows.append((order.index(key) if key else len(order), row))
    return [row for _, row in sorted(rows, key=lambda item: item[0])]
