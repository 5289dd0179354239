"""XmR (individuals) charts read the NHS England "Making Data Count" way.

Each segment (the whole series, or the stretch from one rebase date to the
next) gets its own mean and limits, built from its first ``baseline`` points
or from all of them, and every rule looks only inside its segment.

A point can carry several signals that disagree: a rising trend whose points
sit below the mean, say. Its variation then follows the point's side of the
mean whenever it has a side-based signal (outside-limits, run,
two-of-three); the trend's direction decides only when trend is the point's
only signal. That is this project's choice: NHSRplotthedots agrees for
points outside the limits but lets a trend outrank a run or two-of-three.
A point at the turn between a rising and a falling trend takes the
direction of the trend that starts there, as NHSRplotthedots does.

The mean and limits are worked out in macros/analysis/xmr_limits.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from .xmr_limits import Limits, limits

Improvement = Literal["increase", "decrease", "neutral"]

RUN_LENGTH = 7
TREND_LENGTH = 7
SIGNALS = ("outside-limits", "run", "trend", "two-of-three")
SIDE_SIGNALS = frozenset({"outside-limits", "run", "two-of-three"})


@dataclass(frozen=True)
class PointResult:
    date: dt.date
    value: float
    signals: tuple[str, ...]
    variation: str


@dataclass(frozen=True)
class Episode:
    """A maximal stretch of consecutive points carrying one signal on one side."""

    rule: str
    side: str  # "above"/"below", or "up"/"down" for a trend
    start: dt.date
    end: dt.date
    length: int
    variation: str


@dataclass(frozen=True)
class Segment:
    start: dt.date
    limits: Limits
    points: tuple[PointResult, ...]
    episodes: tuple[Episode, ...]


@dataclass(frozen=True)
class Analysis:
    segments: tuple[Segment, ...]
    variation: str
    assurance: str | None

    @property
    def latest(self) -> Segment:
        return self.segments[-1]

    @property
    def points(self) -> tuple[PointResult, ...]:
        return tuple(point for segment in self.segments for point in segment.points)


def _sign(number: float) -> int:
    return (number > 0) - (number < 0)


def _stretches(keys: Sequence[int]) -> list[tuple[int, int, int]]:
    """(first, last, key) of each maximal stretch of equal keys."""
    found: list[tuple[int, int, int]] = []
    first = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[first]:
            found.append((first, index - 1, keys[first]))
            first = index
    return found


def outside_limits(values: Sequence[float], lim: Limits) -> list[bool]:
    return [value > lim.ucl or value < lim.lcl for value in values]


def runs(values: Sequence[float], mean: float, length: int = RUN_LENGTH) -> list[bool]:
    # A point on the mean has side 0: it joins no run and ends the one before.
    flags = [False] * len(values)
    for first, last, side in _stretches([_sign(value - mean) for value in values]):
        if side and last - first + 1 >= length:
            flags[first : last + 1] = [True] * (last - first + 1)
    return flags


def _monotone(values: Sequence[float], direction: int, length: int) -> list[bool]:
    # Step i joins point i-1 to point i; a tie is step 0 and breaks the trend.
    steps = [0] + [_sign(after - before) for before, after in pairwise(values)]
    flags = [False] * len(values)
    for first, last, step in _stretches(steps):
        # length points make length - 1 steps; the point before the first step counts too.
        if step == direction and last - first + 1 >= length - 1:
            flags[first - 1 : last + 1] = [True] * (last - first + 2)
    return flags


def trends(values: Sequence[float], length: int = TREND_LENGTH) -> list[int]:
    """+1 for a point in a rising trend, -1 in a falling one, 0 in none."""
    up, down = _monotone(values, 1, length), _monotone(values, -1, length)
    # A turning point is in both: the trend that starts there wins.
    return [
        _sign(values[index + 1] - values[index]) if rising and falling else int(rising) - int(falling)
        for index, (rising, falling) in enumerate(zip(up, down, strict=True))
    ]


def two_of_three(values: Sequence[float], lim: Limits) -> list[bool]:
    # Points beyond a limit are beyond the band too, so they count, and the
    # third point of the window may be anywhere: the project's rules. NHSRplotthedots
    # counts only points between band and limit, and wants all three on one side of the mean.
    sides = [1 if value > lim.upper_band else -1 if value < lim.lower_band else 0 for value in values]
    flags = [False] * len(values)
    for first in range(max(len(values) - 2, 1)):
        window = range(first, min(first + 3, len(values)))
        for side in (1, -1):
            if sum(sides[index] == side for index in window) >= 2:
                for index in window:
                    flags[index] = flags[index] or sides[index] == side
    return flags


def _better(direction: int, improvement: Improvement) -> str:
    if improvement == "neutral":
        return "neutral"
    wanted = 1 if improvement == "increase" else -1
    return "improvement" if direction == wanted else "concern"


def point_variation(signals: Sequence[str], side: int, trend: int, improvement: Improvement) -> str:
    """side: sign of (value - mean); trend: the point's trend direction (+1/-1/0)."""
    if not signals:
        return "common"
    return _better(side if SIDE_SIGNALS.intersection(signals) else trend, improvement)


def assurance(lim: Limits, target: float | None, improvement: Improvement) -> str | None:
    if target is None or improvement == "neutral":
        return None
    # Pass is checked before fail: with mr_bar 0 and target on the mean both hold.
    if improvement == "increase":
        return "pass" if target <= lim.lcl else "fail" if target >= lim.ucl else "hit-and-miss"
    return "pass" if target >= lim.ucl else "fail" if target <= lim.lcl else "hit-and-miss"


def segment_starts(dates: Sequence[dt.date], rebase: Sequence[dt.date] = ()) -> list[int]:
    """Index of each segment's first point: 0, and the first point on or after each rebase date.

    A rebase date after the last point starts nothing (yet).
    """
    starts = {0}
    for when in rebase:
        first = next((index for index, date in enumerate(dates) if date >= when), None)
        if first is not None:
            starts.add(first)
    return sorted(starts)


def episodes(
    dates: Sequence[dt.date], values: Sequence[float], lim: Limits, improvement: Improvement
) -> list[Episode]:
    """Every signal stretch of one segment, in order of first date then rule."""
    sides = [_sign(value - lim.mean) for value in values]
    by_side = (("outside-limits", outside_limits(values, lim)), ("run", runs(values, lim.mean)),
               ("two-of-three", two_of_three(values, lim)))
    keyed = [(rule, [side * hit for side, hit in zip(sides, hits, strict=True)]) for rule, hits in by_side]
    # Rising and falling trends may share their turning point, so each is found on its own.
    keyed += [("trend", [direction * hit for hit in _monotone(values, direction, TREND_LENGTH)])
              for direction in (1, -1)]
    found = []
    for rule, keys in keyed:
        names = ("up", "down") if rule == "trend" else ("above", "below")
        for first, last, key in _stretches(keys):
            if key:
                found.append(Episode(rule, names[key < 0], dates[first], dates[last], last - first + 1,
                                     _better(key, improvement)))
    return sorted(found, key=lambda episode: (episode.start, SIGNALS.index(episode.rule)))


def analyse_segment(
    dates: Sequence[dt.date], values: Sequence[float], improvement: Improvement,
    baseline: int | None = None, screen: bool = False,
) -> Segment:
    lim = limits(values[:baseline] if baseline is not None else values, screen)
    directions = trends(values)
    flags = {
        "outside-limits": outside_limits(values, lim),
        "run": runs(values, lim.mean),
        "trend": [direction != 0 for direction in directions],
        "two-of-three": two_of_three(values, lim),
    }
    points = []
    for index, (date, value) in enumerate(zip(dates, values, strict=True)):
        signals = tuple(rule for rule in SIGNALS if flags[rule][index])
        variation = point_variation(signals, _sign(value - lim.mean), directions[index], improvement)
        points.append(PointResult(date, value, signals, variation))
    return Segment(dates[0], lim, tuple(points), tuple(episodes(dates, values, lim, improvement)))


def analyse(
    points: Sequence[tuple[dt.date, float]],
    improvement: Improvement,
    target: float | None = None,
    baseline: int | None = None,
    rebase: Sequence[dt.date] = (),
    screen: bool = False,
) -> Analysis:
    if improvement not in ("increase", "decrease", "neutral"):
        raise ValueError(f"improvement must be increase, decrease or neutral, not {improvement!r}")
    if baseline is not None and baseline < 2:
        raise ValueError(f"a baseline needs at least 2 points to have a moving range; got {baseline}")
    if not points:
        raise ValueError("a chart needs points")
    dates = [date for date, _ in points]
    values = [float(value) for _, value in points]
    if any(after <= before for before, after in pairwise(dates)):
        raise ValueError("the points' dates must be strictly increasing")
    starts = segment_starts(dates, rebase)
    found = []
    for first, end in pairwise([*starts, len(points)]):
        if end - first < 2:
            raise ValueError(f"the segment starting {dates[first]} has only 1 point; a segment needs at least 2")
        found.append(analyse_segment(dates[first:end], values[first:end], improvement, baseline, screen))
    latest = found[-1]
    return Analysis(tuple(found), latest.points[-1].variation, assurance(latest.limits, target, improvement))
