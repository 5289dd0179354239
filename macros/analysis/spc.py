"""Statistical process control charts read the NHS England "Making Data Count" way.

Three charts: XmR (individual values), p (a proportion: numerator out of
denominator) and u (a rate: numerator per unit of denominator). Each
segment (the whole series, or the stretch from one rebase date to the
next) gets its own mean and limits, built from its first ``baseline``
points or from all of them, and every rule looks only inside its segment.
On an XmR chart a segment's points share its limits; on a p or u chart
each point has its own (macros/analysis/attribute_limits.py).

The rules, as the contract words them and NHSRplotthedots (the NHS-R
Community's package) implements them: a point beyond a limit; a run of
``run_length`` points strictly on one side of the mean; a trend of
``trend_length`` points each strictly higher (or lower) than the one
before; two of three points in a row beyond the two-sigma band but inside
the limits, all three on one side of the mean. The lengths come from
data/spc.yml (``Rules``; 7 and 7 by default).

A point can carry several signals that disagree: a rising trend whose
points sit below the mean, say. Its direction (and so its variation) is
that of its first signal in NHSRplotthedots' order: outside the limits,
trend, two-of-three, run. A point at the turn between a rising and a
falling trend takes the direction of the trend that starts there, as
NHSRplotthedots does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..data.models.measures import Improvement, segment_starts
from .attribute_limits import attribute_limits, ratio
from .xmr_limits import Limits, limits

CHARTS = ("xmr", "p", "u")
RUN_LENGTHS = (6, 7, 8)
TREND_LENGTHS = (6, 7)
SIGNALS = ("outside-limits", "run", "trend", "two-of-three")
# NHSRplotthedots' order: the first of these a point carries decides its direction.
PRECEDENCE = ("outside-limits", "trend", "two-of-three", "run")


@dataclass(frozen=True)
class Rules:
    """How many points make a run and a trend (data/spc.yml)."""

    run_length: int = 7
    trend_length: int = 7


DEFAULT_RULES = Rules()


@dataclass(frozen=True)
class PointResult:
    date: dt.date
    value: float
    signals: tuple[str, ...]
    variation: str
    limits: Limits              # the mean, limits and band that apply to this point
    direction: int = 0          # +1 a signal on the high (or rising) side, -1 low (falling), 0 none
    trend: int = 0              # +1 in a rising trend, -1 in a falling one, 0 in none
    numerator: float | None = None     # p and u charts
    denominator: float | None = None


@dataclass(frozen=True)
class Segment:
    start: dt.date
    points: tuple[PointResult, ...]

    @property
    def limits(self) -> Limits:
        """The latest point's: the segment's own on an XmR chart."""
        return self.points[-1].limits

    @property
    def end(self) -> dt.date:
        return self.points[-1].date


@dataclass(frozen=True)
class Analysis:
    chart: str
    segments: tuple[Segment, ...]
    points: tuple[PointResult, ...]    # every segment's, in date order
    variation: str
    assurance: str | None
    rules: Rules = DEFAULT_RULES

    @property
    def latest(self) -> Segment:
        return self.segments[-1]


def _sign(number: float) -> int:
    return (number > 0) - (number < 0)


def _each(lims: Limits | Sequence[Limits], count: int) -> Sequence[Limits]:
    return [lims] * count if isinstance(lims, Limits) else lims


def stretches(keys: Sequence[int]) -> list[tuple[int, int, int]]:
    """(first, last, key) of each maximal stretch of equal keys."""
    found: list[tuple[int, int, int]] = []
    first = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[first]:
            found.append((first, index - 1, keys[first]))
            first = index
    return found


def outside_limits(values: Sequence[float], lims: Limits | Sequence[Limits]) -> list[bool]:
    return [lim.known and (value > lim.ucl or value < lim.lcl)
            for value, lim in zip(values, _each(lims, len(values)), strict=True)]


def runs(values: Sequence[float], mean: float, length: int = 7) -> list[bool]:
    # A point on the mean has side 0: it joins no run and ends the one before.
    flags = [False] * len(values)
    for first, last, side in stretches([_sign(value - mean) for value in values]):
        if side and last - first + 1 >= length:
            flags[first : last + 1] = [True] * (last - first + 1)
    return flags


def monotone(values: Sequence[float], direction: int, length: int = 7) -> list[bool]:
    """The points of every rising (+1) or falling (-1) trend of ``length`` or more points."""
    # Step i joins point i-1 to point i; a tie is step 0 and breaks the trend.
    steps = [0] + [_sign(after - before) for before, after in pairwise(values)]
    flags = [False] * len(values)
    for first, last, step in stretches(steps):
        # length points make length - 1 steps; the point before the first step counts too.
        if step == direction and last - first + 1 >= length - 1:
            flags[first - 1 : last + 1] = [True] * (last - first + 2)
    return flags


def trends(values: Sequence[float], length: int = 7) -> list[int]:
    """+1 for a point in a rising trend, -1 in a falling one, 0 in none."""
    up, down = monotone(values, 1, length), monotone(values, -1, length)
    # A turning point is in both: the trend that starts there wins.
    return [
        _sign(values[index + 1] - values[index]) if rising and falling else int(rising) - int(falling)
        for index, (rising, falling) in enumerate(zip(up, down, strict=True))
    ]


def near_limits(values: Sequence[float], lims: Limits | Sequence[Limits]) -> list[int]:
    """+1 for a point beyond the upper band but not above the upper limit, -1 for the
    lower, 0 otherwise."""
    return [0 if not lim.known else 1 if lim.upper_band < value <= lim.ucl
            else -1 if lim.lcl <= value < lim.lower_band else 0
            for value, lim in zip(values, _each(lims, len(values)), strict=True)]


def two_of_three(values: Sequence[float], lims: Limits | Sequence[Limits]) -> list[bool]:
    """Points near a limit (beyond the two-sigma band, inside the limits) in some three
    points in a row that all lie strictly on one side of the mean and hold two or
    more such points: NHSRplotthedots' rule (its points beyond a limit do not count)."""
    each = _each(lims, len(values))
    near = near_limits(values, each)
    sides = [_sign(value - lim.mean) for value, lim in zip(values, each, strict=True)]
    flags = [False] * len(values)
    for first in range(len(values) - 2):
        window = range(first, first + 3)
        if sides[first] and all(sides[index] == sides[first] for index in window) \
                and sum(bool(near[index]) for index in window) >= 2:
            for index in window:
                flags[index] = flags[index] or bool(near[index])
    return flags


def better(direction: int, improvement: Improvement) -> str:
    """The variation of a signal on the high (+1) or low (-1) side."""
    if improvement == "neutral":
        return "neutral"
    wanted = 1 if improvement == "increase" else -1
    return "improvement" if direction == wanted else "concern"


def point_direction(signals: Sequence[str], side: int, trend: int) -> int:
    """side: sign of (value - mean); trend: the point's trend direction (+1/-1/0)."""
    first = next((rule for rule in PRECEDENCE if rule in signals), None)
    return 0 if first is None else trend if first == "trend" else side


def point_variation(signals: Sequence[str], side: int, trend: int, improvement: Improvement) -> str:
    """A point's variation: common cause without a signal, else which way its deciding signal points."""
    direction = point_direction(signals, side, trend)
    return "common" if not direction else better(direction, improvement)


def assurance(lim: Limits, target: float | None, improvement: Improvement) -> str | None:
    if target is None or improvement == "neutral" or not lim.known:
        return None
    # Pass is checked before fail: with mr_bar 0 and target on the mean both hold.
    if improvement == "increase":
        return "pass" if target <= lim.lcl else "fail" if target >= lim.ucl else "hit-and-miss"
    return "pass" if target >= lim.ucl else "fail" if target <= lim.lcl else "hit-and-miss"


def analyse_segment(dates: Sequence[dt.date], values: Sequence[float], lims: Sequence[Limits],
                    improvement: Improvement, rules: Rules = DEFAULT_RULES,
                    counts: Sequence[tuple[float, float]] | None = None) -> Segment:
    """``lims``: each point's limits; ``counts``: each point's (numerator, denominator) on a p or u chart."""
    mean = lims[0].mean
    directions = trends(values, rules.trend_length)
    flags = {
        "outside-limits": outside_limits(values, lims),
        "run": runs(values, mean, rules.run_length),
        "trend": [direction != 0 for direction in directions],
        "two-of-three": two_of_three(values, lims),
    }
    points = []
    for index, (date, value, lim) in enumerate(zip(dates, values, lims, strict=True)):
        signals = tuple(rule for rule in SIGNALS if flags[rule][index])
        side = _sign(value - mean)
        numerator, denominator = counts[index] if counts else (None, None)
        points.append(PointResult(date, value, signals, point_variation(signals, side, directions[index], improvement),
                                  lim, point_direction(signals, side, directions[index]), directions[index],
                                  numerator, denominator))
    return Segment(dates[0], tuple(points))


def analyse(
    points: Sequence[tuple],
    improvement: Improvement,
    target: float | None = None,
    baseline: int | None = None,
    rebase: Sequence[dt.date] = (),
    screen: bool = False,
    chart: str = "xmr",
    rules: Rules = DEFAULT_RULES,
) -> Analysis:
    """``points``: (date, value) for an XmR chart, (date, numerator, denominator) for p and u."""
    if improvement not in ("increase", "decrease", "neutral"):
        raise ValueError(f"improvement must be increase, decrease or neutral, not {improvement!r}")
    if chart not in CHARTS:
        raise ValueError(f"chart must be xmr, p or u, not {chart!r}")
    if rules.run_length not in RUN_LENGTHS or rules.trend_length not in TREND_LENGTHS:
        raise ValueError(f"run_length must be 6, 7 or 8 and trend_length 6 or 7; got {rules}")
    if baseline is not None and baseline < 2:
        raise ValueError(f"a baseline needs at least 2 points to have a moving range; got {baseline}")
    if not points:
        raise ValueError("a chart needs points")
    dates = [point[0] for point in points]
    if any(after <= before for before, after in pairwise(dates)):
        raise ValueError("the points' dates must be strictly increasing")
    counts = None if chart == "xmr" else [(float(point[1]), float(point[2])) for point in points]
    if counts and any(d <= 0 or n < 0 or (chart == "p" and n > d) for n, d in counts):
        raise ValueError("every denominator must be above 0 and every numerator 0 or more "
                         "(and no more than the denominator on a p chart)")
    values = [float(point[1]) for point in points] if counts is None else [float(ratio(*c)) for c in counts]
    found = []
    for first, end in pairwise([*segment_starts(dates, rebase), len(points)]):
        used = slice(first, end if baseline is None else min(end, first + baseline))
        if counts is None:
            lims: Sequence[Limits] = [limits(values[used], screen)] * (end - first)
        else:
            numerators, denominators = zip(*counts[first:end], strict=True)
            lims = attribute_limits(chart, numerators, denominators, baseline)
        found.append(analyse_segment(dates[first:end], values[first:end], lims, improvement, rules,
                                     counts[first:end] if counts else None))
    latest = found[-1]
    every = tuple(point for segment in found for point in segment.points)
    return Analysis(chart, tuple(found), every, latest.points[-1].variation,
                    assurance(latest.limits, target, improvement), rules)
