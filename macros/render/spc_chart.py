"""SPC chart geometry (XmR, p and u), worked out at build time for inline SVG.

Python only places things: each point by its date (a time scale, so gaps in
the data stay visible) and value, each segment's mean and process limits
across that segment only (a p or u chart's limits step from point to point),
a break and a "New limits" mark at each rebase, the baseline's points shaded,
the target, each annotation's line and numbered badge, round value ticks and
month-year date ticks; and every label moved just enough that no two
overlap. Lines and markers are whole paths, one per kind, so a long series
costs a few elements, not a few per point. The markup, the marker shapes'
meaning and every word are in templates/spc_chart.html; the statistics come
from macros/analysis/spc.py.

Two sizes: WIDE (720 units, for a column of 620 px or more) and NARROW (288
units, the latest NARROW_POINTS points), so that chart text is never drawn
smaller than 12 px, down to a 320 px phone (whose column is 288 px). CSS
shows the one that fits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis.spc import Analysis
from .charts import XTick, YTick, date_ticks, tick_label, value_ticks

TOP = 44             # above the plot: the unit (y 12) and the annotations' badges (y 30)
BADGE_Y = 30
BADGE_R = 8
BOTTOM_ROOM = 40     # below the plot, for the date ticks
INSET = 12           # keeps the first and last markers clear of the plot's edges
CHAR_WIDTH = 7.5     # about the width of one 12px character, to size the left margin
TEXT_WIDTH = 6.6     # the average width of one 12px character, to keep labels apart
LABEL_GAP = 15       # least vertical distance between two line labels
MARKER_ROOM = 5      # common-cause points get a marker only when at least this far apart
NARROW_POINTS = 36   # the narrow chart shows the latest this many points
MARK = 10            # half the length of the mean's mark through a segment of a single point


@dataclass(frozen=True)
class Size:
    width: int
    height: int
    right_room: int      # right of the plot, for the "Upper limit", "Mean", ... labels
    date_label: int      # horizontal room one "Sep 2024" tick label needs
    short: bool          # "Upper" rather than "Upper limit"


WIDE = Size(720, 360, 92, 72, False)
NARROW = Size(288, 300, 56, 64, True)


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
    mean: Level
    upper: str          # path of the upper limit (a step path on a p or u chart); "" when it has none
    lower: str
    line: str           # path joining the segment's points
    provisional: bool


@dataclass(frozen=True)
class Label:
    """A label at the right end of a line of the latest segment, or of the target."""

    kind: str           # upper, mean, lower or target
    y: float
    value: float


@dataclass(frozen=True)
class Text:
    """A label inside the plot's top edge (Baseline, New limits), from x to x + width."""

    kind: str
    word: str
    x: float
    width: float


@dataclass(frozen=True)
class Badge:
    """An annotation: its line at ``line_x``, its numbered badge at ``x`` (moved aside if crowded)."""

    number: int
    line_x: float
    x: float


@dataclass(frozen=True)
class SpcChart:
    id: str
    size: Size
    left: float                      # the plot's left edge (the value axis)
    right: float
    bottom: float
    segments: tuple[PlacedSegment, ...]
    markers: tuple[tuple[str, str], ...]    # (variation, path of every marker of it)
    target: Level | None
    y_ticks: tuple[YTick, ...]
    x_ticks: tuple[XTick, ...]
    labels: tuple[Label, ...]
    bands: tuple[tuple[float, float], ...]  # the baselines' points, x from and to
    rebases: tuple[float, ...]              # x of each break between segments
    texts: tuple[Text, ...]
    badges: tuple[Badge, ...]
    unit: str | None                 # the unit drawn above the value axis (None: too long to fit, or none)
    first: int                       # index of the first point drawn
    shown: int                       # how many points are drawn
    every_marker: bool               # False: points apart by less than MARKER_ROOM, common cause has none

    top: float = TOP

    @property
    def width(self) -> int:
        return self.size.width

    @property
    def height(self) -> int:
        return self.size.height


def spread(labels: Sequence[Label], top: float, bottom: float, gap: float = LABEL_GAP) -> tuple[Label, ...]:
    """The labels moved apart just enough not to overlap, kept between top and bottom."""
    placed = sorted(labels, key=lambda label: label.y)
    ys = spaced([label.y for label in placed], [gap] * len(placed), top, bottom)
    return tuple(Label(label.kind, y, label.value) for label, y in zip(placed, ys, strict=True))


def spaced(wanted: Sequence[float], sizes: Sequence[float], low: float, high: float) -> list[float]:
    """Positions as near ``wanted`` (in order) as they can be while each is at least its
    ``size`` after the one before, all within low..high where there is room."""
    found = list(wanted)
    for index in range(1, len(found)):
        found[index] = max(found[index], found[index - 1] + sizes[index - 1])
    if found and found[-1] > high:
        found[-1] = high
        for index in range(len(found) - 2, -1, -1):
            found[index] = min(found[index], found[index + 1] - sizes[index])
    if found and found[0] < low:
        found = [position + low - found[0] for position in found]
    return found


def _f(number: float) -> str:
    return f"{number:.1f}"


def _step_path(xs: Sequence[float], ys: Sequence[float]) -> str:
    """A horizontal line per point, from halfway to the point before to halfway to the next
    (a single point's as long as its mean's mark)."""
    if len(xs) == 1:
        return f"M{_f(xs[0] - MARK)} {_f(ys[0])}H{_f(xs[0] + MARK)}"
    parts = [f"M{_f(xs[0])} {_f(ys[0])}"]
    for index in range(1, len(xs)):
        if ys[index] != ys[index - 1]:
            parts.append(f"H{_f((xs[index - 1] + xs[index]) / 2)}V{_f(ys[index])}")
    parts.append(f"H{_f(xs[-1])}")
    return "".join(parts)


def _marker(x: float, y: float, variation: str, direction: int) -> str:
    if variation == "common":
        return f"M{_f(x - 3.5)} {_f(y)}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0"
    # A triangle pointing the way the signal points: up for high or rising, down for low or falling.
    tip, base = (-7, 5) if direction > 0 else (7, -5)
    return f"M{_f(x)} {_f(y + tip)}L{_f(x + 7)} {_f(y + base)}L{_f(x - 7)} {_f(y + base)}Z"


def spc_chart(analysis: Analysis, target: float | None = None, chart_id: str = "spc-chart", size: Size = WIDE,
              scale: float = 1.0, annotations: Sequence[dt.date] = (), latest: int | None = None,
              unit: str | None = None) -> SpcChart:
    """Where everything of the chart of ``analysis`` goes. ``scale`` multiplies every
    value (100 draws a p chart in per cent); ``annotations`` are the dates of the
    measure's notes, numbered from 1 in this order; ``latest`` draws only the latest
    that many points; ``unit`` is written above the value axis if it fits (the
    caption and the table always name it)."""
    every = analysis.points
    first = max(0, len(every) - latest) if latest else 0
    points = every[first:]
    numbers = [point.value * scale for point in points]
    limits = {point.limits for point in points if point.limits.known}
    numbers += [lim.ucl * scale for lim in limits] + [lim.lcl * scale for lim in limits]
    if target is not None:
        numbers.append(target * scale)
    tick_values = value_ticks(numbers)
    lines = [lim.lcl * scale for lim in limits] + ([target * scale] if target is not None else [])
    if tick_values[0] != 0 and len(tick_values) > 1 and tick_values[0] in lines:
        # A line on the lowest tick would lie on the axis, unseen: one step more below it.
        tick_values = [2 * tick_values[0] - tick_values[1], *tick_values]
    low, high = tick_values[0], tick_values[-1]
    left = 12 + CHAR_WIDTH * max(len(tick_label(value)) for value in tick_values)
    right, bottom = size.width - size.right_room, size.height - BOTTOM_ROOM
    start, end = points[0].date, points[-1].date
    days = (end - start).days

    def x_of(date: dt.date) -> float:
        if not days:   # a single point: in the middle
            return (left + right) / 2
        return left + INSET + (right - left - 2 * INSET) * (date - start).days / days

    def y_of(value: float) -> float:
        return bottom - (bottom - TOP) * (value * scale - low) / (high - low)

    xs = [x_of(point.date) for point in points]
    close = min((b - a for a, b in zip(xs, xs[1:], strict=False)), default=right - left)
    paths: dict[str, list[str]] = {"common": [], "improvement": [], "concern": [], "neutral": []}
    segments, bands, rebases = [], [], []
    offset = 0                          # the segment's first point's index in analysis.points
    for segment in analysis.segments:
        skipped = max(0, first - offset)    # its points before the first drawn
        offset += len(segment.points)
        seg_points = segment.points[skipped:]
        if not seg_points:
            continue
        seg_xs = xs[offset - len(seg_points) - first:offset - first]
        ys = [y_of(point.value) for point in seg_points]
        for x, y, point in zip(seg_xs, ys, seg_points, strict=True):
            if point.variation != "common" or close >= MARKER_ROOM:
                paths[point.variation].append(_marker(x, y, point.variation, point.direction))
        lim = segment.limits
        # A segment of one point: its mean a short mark through it, and (XmR) no limits to draw.
        x1, x2 = (seg_xs[0], seg_xs[-1]) if len(seg_xs) > 1 else (seg_xs[0] - MARK, seg_xs[0] + MARK)
        segments.append(PlacedSegment(
            segment.start, Level(x1, x2, y_of(lim.mean), lim.mean * scale),
            _step_path(seg_xs, [y_of(point.limits.ucl) for point in seg_points]) if lim.known else "",
            _step_path(seg_xs, [y_of(point.limits.lcl) for point in seg_points]) if lim.known else "",
            "M" + "L".join(f"{_f(x)} {_f(y)}" for x, y in zip(seg_xs, ys, strict=True)), lim.provisional))
        used = lim.points_used   # the baseline's points, when fewer than the segment's
        if skipped < used < len(segment.points):
            bands.append((seg_xs[0] - 3, seg_xs[used - skipped - 1] + 3))
        if not skipped and len(segments) > 1:
            rebases.append((segments[-2].mean.x2 + seg_xs[0]) / 2)
    latest_limits = points[-1].limits
    wanted = [Label(kind, y_of(value), value * scale) for kind, value in
              (("upper", latest_limits.ucl), ("mean", latest_limits.mean), ("lower", latest_limits.lcl))
              if value is not None]
    target_line = None
    if target is not None:
        target_line = Level(left, right, y_of(target), target * scale)
        wanted.append(Label("target", target_line.y, target * scale))
    return SpcChart(
        id=chart_id, size=size, left=left, right=right, bottom=bottom, segments=tuple(segments),
        markers=tuple((kind, "".join(found)) for kind, found in paths.items() if found), target=target_line,
        y_ticks=tuple(YTick(y_of(value / scale), tick_label(value)) for value in tick_values),
        x_ticks=date_ticks(start, end, x_of, size.date_label),
        labels=spread(wanted, TOP, bottom), bands=tuple(bands), rebases=tuple(rebases),
        texts=_texts(bands[:1], rebases, left, right),
        badges=_badges([(number, x_of(date)) for number, date in enumerate(annotations, start=1)
                        if start <= date <= end], left, right),
        unit=unit if unit and len(unit) * TEXT_WIDTH <= size.width - left - 4 else None,
        first=first, shown=len(points), every_marker=close >= MARKER_ROOM)


# The words drawn inside the plot's top edge (here, for their widths).
TEXT_WORDS = {"baseline": "Baseline", "rebase": "New limits"}


def _texts(bands, rebases, left: float, right: float) -> tuple[Text, ...]:
    wanted = sorted([("baseline", x1 + 4) for x1, _ in bands] + [("rebase", x + 4) for x in rebases],
                    key=lambda item: item[1])
    widths = [len(TEXT_WORDS[kind]) * TEXT_WIDTH for kind, _ in wanted]
    xs = spaced([x for _, x in wanted], [width + 8 for width in widths], left + 2, right - (widths[-1] if widths
                                                                                            else 0) - 2)
    return tuple(Text(kind, TEXT_WORDS[kind], x, width) for (kind, _), x, width in zip(wanted, xs, widths, strict=True))


def _badges(wanted: list[tuple[int, float]], left: float, right: float) -> tuple[Badge, ...]:
    """Badges along the top, apart; only the latest that fit when there are too many."""
    room = int((right - left) // (2 * BADGE_R + 4))
    kept = wanted[-room:] if room else []
    xs = spaced([x for _, x in kept], [2 * BADGE_R + 4] * len(kept), left + BADGE_R, right - BADGE_R)
    return tuple(Badge(number, line_x, x) for (number, line_x), x in zip(kept, xs, strict=True))
