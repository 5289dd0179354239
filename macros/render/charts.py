"""Chart geometry, worked out at build time for inline SVG.

Python only places things (coordinates, tick marks, wrapped labels); the
SVG markup is in macros/render/templates/chart_svg.html.  Charts are images to assistive technology (a title and
a description); the same numbers are always in a table beside them. The
ticks of a time series' axes are here too, for macros/render/spc_chart.py.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

WIDTH = 288          # the SVG's own coordinate width: a 320 px phone's column, so text keeps its size there
LEFT = 8             # where zero is (room for the "0" tick's label)
LINE = 16            # height of one line of label text
BAR = 14             # the height of a bar
ROW_GAP = 10
TOP = 8
AXIS_ROOM = 28       # below the rows, for tick labels
LABEL_CHARS = 38     # wrap labels at about this many characters (13 px text across 288 units)
CHAR_WIDTH = 7.2     # about the width of one 13 px character, to leave room for a bar's value
VALUE_TICKS = 5      # a time series' value axis: about this many ticks


@dataclass(frozen=True)
class Row:
    """A row: its label on its own lines, the bar under them (so the chart is
    narrow enough for a phone without shrinking its words)."""
    lines: tuple[str, ...]   # the label, wrapped
    y: float                 # top of the row
    height: float
    value: float | None = None
    display: str = ""        # the value as the table shows it
    bar_width: float = 0.0
    header: bool = False     # a group heading rather than a bar
    value_x: float = 0.0     # where the value's text starts
    bar_y: float = 0.0       # top of the bar


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    height: float
    width: int = WIDTH
    plot_left: int = LEFT
    plot_width: float = WIDTH - LEFT
    band: tuple[float, float] | None = None   # x from, x to (range charts)
    band_top: float = 0.0

    @property
    def axis_y(self) -> float:
        return self.height - AXIS_ROOM


def wrap(text: str, width: int = LABEL_CHARS) -> tuple[str, ...]:
    return tuple(textwrap.wrap(text, width)) or ("",)


def nice_step(maximum: float, target_ticks: int = 4) -> float:
    """A round tick interval (1, 2 or 5 times a power of ten)."""
    if maximum <= 0:
        return 1.0
    rough = maximum / target_ticks
    power = 10 ** math.floor(math.log10(rough))
    return next(power * m for m in (1, 2, 5, 10) if power * m >= rough)


def _ticks(maximum: float, step: float, plot_width: float) -> tuple[Tick, ...]:
    count = int(round(maximum / step))
    return tuple(Tick(LEFT + plot_width * i * step / maximum, f"{i * step:,.10g}")
                 for i in range(count + 1))


def _plot_width(displays: list[str]) -> float:
    """The bars' full length: the width less room for the longest value written after a bar."""
    return WIDTH - LEFT - 8 - CHAR_WIDTH * max((len(text) for text in displays), default=0)


def _bar_row(label: str, y: float, value: float | None, display: str, bar: float, value_x: float) -> Row:
    lines = wrap(label)
    bar_y = y + LINE * len(lines) + 2
    return Row(lines, y, bar_y + BAR - y, value, display, bar, value_x=value_x, bar_y=bar_y)


def bar_chart(chart_id: str, title: str, description: str,
              groups: list[tuple[str | None, list[tuple[str, float, str]]]]) -> Chart:
    """Horizontal bars in groups: ``[(group label or None, [(label, value, display), ...]), ...]``."""
    values = [value for _, bars in groups for _, value, _ in bars]
    step = nice_step(max(values, default=0))
    maximum = step * max(1, math.ceil(max(values, default=0) / step))
    plot_width = _plot_width([display for _, bars in groups for _, _, display in bars])
    rows, y = [], TOP
    for group, bars in groups:
        if group:
            lines = wrap(group)
            rows.append(Row(lines, y, LINE * len(lines), header=True))
            y += LINE * len(lines) + 4
        for label, value, display in bars:
            bar = plot_width * value / maximum
            rows.append(_bar_row(label, y, value, display, bar, LEFT + bar + 6))
            y += rows[-1].height + ROW_GAP
        y += 4
    height = y + AXIS_ROOM
    return Chart(chart_id, title, description, tuple(rows), _ticks(maximum, step, plot_width), height,
                 plot_width=plot_width)


def range_chart(chart_id: str, title: str, description: str, low: float, high: float,
                rows: list[tuple[str, float | None, str]], band_label: str) -> Chart:
    """One row per item: the range [low, high] every item lies in, drawn as a
    band, and a bar for each item whose own value is known."""
    maximum = float(max(1, math.ceil(max([high] + [v for _, v, _ in rows if v is not None]))))
    plot_width = _plot_width([display for _, _, display in rows])

    def x(v: float) -> float:
        return LEFT + plot_width * v / maximum

    header = wrap(band_label)
    placed, y = [Row(header, TOP, LINE * len(header), header=True)], TOP + LINE * len(header) + 6
    for label, value, display in rows:
        bar = x(value) - LEFT if value is not None else 0.0
        placed.append(_bar_row(label, y, value, display, bar, x(max(high, value or 0)) + 6))
        y += placed[-1].height + ROW_GAP
    return Chart(chart_id, title, description, tuple(placed), _ticks(maximum, 1.0, plot_width),
                 y + AXIS_ROOM, plot_width=plot_width, band=(x(low), x(high)),
                 band_top=TOP + LINE * len(header) + 2)


# Time series (macros/render/spc_chart.py, score_chart.py): round value ticks and month ticks,
# drawn by one partial (templates/chart_axes.html).


@dataclass(frozen=True)
class XTick:
    x: float
    date: dt.date       # the first of a month; the template writes it "Mar 2024"


@dataclass(frozen=True)
class YTick:
    y: float
    label: str          # the value, as the axis shows it


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


def date_ticks(first: dt.date, last: dt.date, x_of: Callable[[dt.date], float], label: float = 72) -> tuple[
        XTick, ...]:
    """Month starts, every 1, 2, 3, 4, 6, 12 ... months (counted from January), the
    most there are room for: no two closer than ``label``."""
    months = month_starts(first, last)
    chosen = months
    for every in (1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200):
        chosen = [month for month in months if (month.year * 12 + month.month - 1) % every == 0]
        xs = [x_of(month) for month in chosen]
        if all(after - before >= label for before, after in zip(xs, xs[1:], strict=False)):
            break
    if not chosen:    # the data span less than a month: name the month they are in
        chosen = [first]
    return tuple(XTick(x_of(date), date) for date in chosen)
