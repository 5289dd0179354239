"""Measures at a glance: the overview (a table on a wide screen, cards on a
phone) and the summary-icon matrix a Board reads first (every measure placed
by its variation and its assurance, as NHS England's Making Data Count
summary shows them). Markup and words: templates/measures_summary.html and
measures_matrix.html."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis.measures import MeasureCharts
from ..analysis.signal_stretches import segment_stretches
from ..analysis.spc import Analysis
from ..data.models.measures import Measure
from . import render_partial
from ..addresses import measure_url
from .measures import is_monthly, side_name
from .numbers import Numbers

# The matrix: what needs attention first, top left.
VARIATION_ROWS = ("concern", "common", "neutral", "improvement")
ASSURANCE_COLUMNS = ("fail", "hit-and-miss", "pass", None)


@dataclass(frozen=True)
class SummaryRow:
    """One measure in the overview and the matrix; ``group`` is the heading it is listed under."""

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
    numbers = Numbers.of(analysis)
    return SummaryRow(
        title=measure.title, url=url, unit="%" if analysis.chart == "p" else measure.unit,
        improvement=measure.improvement, latest_date=latest.date, latest_value=numbers.value(latest.value),
        monthly=is_monthly([point.date for point in analysis.points]),
        variation=analysis.variation, side=side_name(latest.direction), assurance=analysis.assurance,
        target=None if measure.target is None else numbers.target(measure.target),
        signals=len(segment_stretches(analysis.latest, measure.improvement)), group=group, group_id=group_id,
    )


def _anchor(group: str) -> str:
    return "measures-" + (re.sub(r"[^a-z0-9]+", "-", group.lower()).strip("-") or "group")


def render_measures_summary(rows: Sequence[SummaryRow], heading_level: int = 3,
                            public_heading: bool = False) -> str:
    """The overview: the measures of each group under a heading of ``heading_level``,
    groups in the order their first row comes; rows without a group last, without
    a heading. No rows: an empty state that says how to add a measure.
    ``public_heading``: the section's own heading, for the public home page
    (which shows the section only when it has measures)."""
    groups: dict[str | None, list[SummaryRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    ordered = [(group, members[0].group_id or (_anchor(group) if group else None), members)
               for group, members in groups.items()]
    # Each icon drawn once on the page, as a symbol every row uses.
    variations = sorted({(row.variation, row.side) for row in rows}, key=str)
    assurances = sorted({row.assurance for row in rows if row.assurance})
    return render_partial("measures_summary.html", groups=ordered, level=heading_level,
                          public_heading=public_heading, variations=variations, assurances=assurances)


def overview_rows(data, charts: MeasureCharts, root: str, staff: bool = True) -> list[SummaryRow]:
    """The overview's rows, grouped as a board reads them: by delivery-plan
    workstream, then by the first story a measure supports, then the rest;
    each measure once. The public site groups by story only: a workstream's
    pillar code means nothing to a member of the public. ``root`` is the
    relative path from the page to the site root."""
    groups: dict[tuple[str, str], str] = {}
    if staff:
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


def matrix_cells(rows: Sequence[SummaryRow]) -> list[tuple[str, list[tuple[str | None, list[SummaryRow]]]]]:
    """The matrix: one row per variation (a neutral row only when a measure is neutral),
    one column per assurance (none last: no target, or not assessed), each cell's
    measures in title order."""
    variations = [v for v in VARIATION_ROWS if v != "neutral" or any(row.variation == v for row in rows)]
    return [(variation, [(assurance, sorted((row for row in rows if (row.variation, row.assurance)
                                             == (variation, assurance)), key=lambda row: row.title.lower()))
                         for assurance in ASSURANCE_COLUMNS])
            for variation in variations]


def render_measures_matrix(rows: Sequence[SummaryRow], heading_level: int = 2) -> str:
    """Every measure by variation × assurance, with links: a table on a wide
    screen or on paper, a list of the filled cells on a phone."""
    return render_partial("measures_matrix.html", cells=matrix_cells(rows), count=len(rows), level=heading_level)
