"""XmR chart geometry, worked out at build time for inline SVG.

Python only places things: each point by its date (a time scale, so gaps in
the data stay visible) and value, each segment's mean and process limits
across that segment only (so a rebase shows as a break in the lines), an
optional target line, round value ticks and month-year date ticks.  The
markup, the marker shapes and every word are in
macros/render/templates/xmr_chart.html; the statistics come from
macros/analysis/spc.py.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..analysis.spc import Analysis
from .charts import nice_step

WIDTH = 720          # the SVG's own coordinate width; CSS scales it to fit
HEIGHT = 340
RIGHT_ROOM = 92      # right of the plot, for the "Upper limit", "Mean", ... labels
TOP = 24             # above the plot, for the unit
BOTTOM_ROOM = 40     # below the plot, for the date ticks
INSET = 12           # keeps the first and last markers clear of the plot's edges
CHAR_WIDTH = 7.5     # about the width of one 12px character, to size the left margin
LABEL_GAP = 15       # least vertical distance between two line labels
DATE_LABEL = 72      # horizontal room one "Sep 2024" tick label needs
VALUE_TICKS = 5      # about this many value ticks


@dataclass(frozen=True)
class YTick:
    y: float
    label: str


@dataclass(frozen=True)
class XTick:
    x: float
    date: dt.date       # the first of a month; the template writes it "Mar 2024"


@dataclass(frozen=True)
class Level:
    """A horizontal line at ``value`` from x1 to x2."""

    x1: float
    x2: float
    y: float
    value: float


@dataclass(frozen=True)
class PlacedSegment:
    start: dt.date
    end: dt.date
    mean: Level
    upper: Level
    lower: Level
    line: str           # the polyline joining the segment's points: "x,y x,y ..."
    provisional: bool


@dataclass(frozen=True)
class PlacedPoint:
    x: float
    y: float
    date: dt.date
    value: float
    signals: tuple[str, ...]
    variation: str      # common, improvement, concern or neutral: picks the marker's shape


@dataclass(frozen=True)
class Label:
    """A label at the right end of a line of the latest segment, or of the target."""

    kind: str           # upper, mean, lower or target
    y: float
    value: float


@dataclass(frozen=True)
class XmRChart:
    id: str
    points: tuple[PlacedPoint, ...]
    segments: tuple[PlacedSegment, ...]
    target: Level | None
    y_ticks: tuple[YTick, ...]
    x_ticks: tuple[XTick, ...]
    labels: tuple[Label, ...]
    left: float                      # the plot's left edge (the value axis)
    right: float = WIDTH - RIGHT_ROOM
    top: float = TOP
    bottom: float = HEIGHT - BOTTOM_ROOM
    width: int = WIDTH
    height: int = HEIGHT


def value_ticks(numbers: Sequence[float], ticks: int = VALUE_TICKS) -> list[float]:
    """Round values, evenly spaced (1, 2 or 5 times a power of ten apart), covering every number."""
    low, high = min(numbers), max(numbers)
    if high == low:   # a flat series with no spread: centre it
        pad = abs(high) / 10 or 1.0
        low, high = low - pad, high + pad
    step = nice_step(high - low, ticks)
    # Whole multiples of the step, so that zero is exactly 0 and labels stay round.
    return [index * step for index in range(math.floor(low / step), math.ceil(high / step) + 1)]


def tick_label(value: float) -> str:
    return f"{value:,.10g}"


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from ``first`` to ``last``, both included."""
    year, month = first.year, first.month
    if first.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    found = []
    while (year, month) <= (last.year, last.month):
        found.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def date_ticks(first: dt.date, last: dt.date, x_of: Callable[[dt.date], float], room: float) -> tuple[XTick, ...]:
    """Month starts, every 1, 2, 3, 4, 6, 12 ... months (counted from January), as many as fit."""
    months = month_starts(first, last)
    fits = max(2, int(room // DATE_LABEL))
    chosen = months
    for every in (1, 2, 3, 4, 6, 12, 24, 60, 120):
        chosen = [month for month in months if (month.year * 12 + month.month - 1) % every == 0]
        if len(chosen) <= fits:
            break
    if not chosen:    # the data span less than a month: name the month they are in
        chosen = [first]
    return tuple(XTick(x_of(date), date) for date in chosen)


def spread(labels: Sequence[Label], top: float, bottom: float, gap: float = LABEL_GAP) -> tuple[Label, ...]:
    """The labels moved apart just enough not to overlap, kept between top and bottom."""
    placed = sorted(labels, key=lambda label: label.y)
    ys = [label.y for label in placed]
    for index in range(1, len(ys)):
        ys[index] = max(ys[index], ys[index - 1] + gap)
    if ys and ys[-1] > bottom:
        ys[-1] = bottom
        for index in range(len(ys) - 2, -1, -1):
            ys[index] = min(ys[index], ys[index + 1] - gap)
    if ys and ys[0] < top:
        ys = [y + top - ys[0] for y in ys]
    return tuple(Label(label.kind, y, label.value) for label, y in zip(placed, ys, strict=True))


def xmr_chart(analysis: Analysis, target: float | None = None, chart_id: str = "xmr-chart") -> XmRChart:
    """Where everything of the chart of ``analysis`` goes; ``target`` draws a target line."""
    points = analysis.points
    limits = [segment.limits for segment in analysis.segments]
    numbers = [point.value for point in points] + [lim.ucl for lim in limits] + [lim.lcl for lim in limits]
    if target is not None:
        numbers.append(target)
    tick_values = value_ticks(numbers)
    low, high = tick_values[0], tick_values[-1]
    left = 12 + CHAR_WIDTH * max(len(tick_label(value)) for value in tick_values)
    right, bottom = WIDTH - RIGHT_ROOM, HEIGHT - BOTTOM_ROOM

    first, last = points[0].date, points[-1].date
    days = (last - first).days or 1

    def x_of(date: dt.date) -> float:
        return left + INSET + (right - left - 2 * INSET) * (date - first).days / days

    def y_of(value: float) -> float:
        return bottom - (bottom - TOP) * (value - low) / (high - low)

    placed_points, segments = [], []
    for segment in analysis.segments:
        xs = [x_of(point.date) for point in segment.points]
        placed = [PlacedPoint(x, y_of(point.value), point.date, point.value, point.signals, point.variation)
                  for x, point in zip(xs, segment.points, strict=True)]
        placed_points += placed
        lim = segment.limits
        x1, x2 = xs[0], xs[-1]
        segments.append(PlacedSegment(
            segment.start, segment.points[-1].date,
            Level(x1, x2, y_of(lim.mean), lim.mean), Level(x1, x2, y_of(lim.ucl), lim.ucl),
            Level(x1, x2, y_of(lim.lcl), lim.lcl),
            " ".join(f"{point.x:.1f},{point.y:.1f}" for point in placed), lim.provisional))

    latest = segments[-1]
    wanted = [Label(kind, level.y, level.value)
              for kind, level in (("upper", latest.upper), ("mean", latest.mean), ("lower", latest.lower))]
    target_line = None
    if target is not None:
        target_line = Level(left, right, y_of(target), target)
        wanted.append(Label("target", target_line.y, target))

    return XmRChart(
        id=chart_id,
        points=tuple(placed_points),
        segments=tuple(segments),
        target=target_line,
        y_ticks=tuple(YTick(y_of(value), tick_label(value)) for value in tick_values),
        x_ticks=date_ticks(first, last, x_of, right - left),
        labels=spread(wanted, TOP, bottom),
        left=left,
    )
