"""The XmR chart's centre line and process limits, from a segment's values.

Worked out exactly on the decimals editors write, as a spreadsheet user
expects, then given as floats: binary fractions cannot put a point on the
wrong side of them (a mean of 0 is 0, not -2e-18; a limit of 2 is 2, not
1.9999999999999998).  Callers round for display.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise

# 3 / d2, with d2 = 1.128 the bias constant for moving ranges of two points:
# three sigma of the individuals, as MDC and NHSRplotthedots round it.
LIMIT_FACTOR = Fraction("2.66")
# D4 for ranges of two points: the upper limit of the moving-range chart,
# above which NHSRplotthedots screens a moving range out.
SCREEN_FACTOR = Fraction("3.267")
# MDC calls limits from fewer points than this provisional.
STABLE_POINTS = 15


@dataclass(frozen=True)
class Limits:
    mean: float
    mr_bar: float
    ucl: float
    lcl: float
    upper_band: float
    lower_band: float
    points_used: int

    @classmethod
    def of(cls, mean: float | Fraction, mr_bar: float | Fraction, points_used: int) -> Limits:
        mean, mr_bar = _exact(mean), _exact(mr_bar)
        spread, band = LIMIT_FACTOR * mr_bar, Fraction(2, 3) * LIMIT_FACTOR * mr_bar
        return cls(*(float(number) for number in (mean, mr_bar, mean + spread, mean - spread,
                                                   mean + band, mean - band)), points_used)

    @property
    def provisional(self) -> bool:
        return self.points_used < STABLE_POINTS


def _exact(number: float | Fraction) -> Fraction:
    """The decimal an editor wrote, exactly: the shortest that gives this float."""
    return number if isinstance(number, Fraction) else Fraction(repr(number))


def _mean(numbers: Sequence[Fraction]) -> Fraction:
    return sum(numbers, Fraction(0)) / len(numbers)


def moving_ranges(values: Sequence[float]) -> list[Fraction]:
    return [abs(_exact(after) - _exact(before)) for before, after in pairwise(values)]


def mean_moving_range(values: Sequence[float], screen: bool = False) -> Fraction:
    ranges = moving_ranges(values)
    if not ranges:
        raise ValueError(f"limits need at least 2 points to have a moving range; got {len(values)}")
    mr_bar = _mean(ranges)
    if screen:
        # One pass, as NHSRplotthedots does, so that one wild jump cannot widen
        # the limits enough to hide itself (it also drops a range exactly on
        # the threshold; we keep it). At least one range is <= the mean, so some remain.
        mr_bar = _mean([mr for mr in ranges if mr <= SCREEN_FACTOR * mr_bar])
    return mr_bar


def limits(values: Sequence[float], screen: bool = False) -> Limits:
    """Limits from exactly these values (already cut to the baseline)."""
    mr_bar = mean_moving_range(values, screen)
    return Limits.of(_mean([_exact(value) for value in values]), mr_bar, len(values))
