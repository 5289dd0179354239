"""The XmR chart's centre line and process limits, from a segment's values.

Worked out exactly on the decimals editors write, as a spreadsheet user
expects, then given as floats: binary fractions cannot put a point on the
wrong side of them (a mean of 0 is 0, not -2e-18; a limit of 2 is 2, not
1.9999999999999998).  Callers round for display.  The sums are taken in
``decimal`` (exact for any number an editor can write, and fast), and only
the two divisions in ``fractions``.
"""

from __future__ import annotations

import decimal
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
# Enough digits that no sum of editors' numbers is ever rounded; Inexact
# trapped all the same, so a rounded sum could never pass unnoticed.
_EXACT = decimal.Context(prec=400, Emax=999999, Emin=-999999, traps=[decimal.Inexact, decimal.InvalidOperation])


@dataclass(frozen=True)
class Limits:
    """The centre line, process limits and two-sigma band that apply to a point.

    An XmR chart's points share their segment's; a p or u chart's points
    each have their own limits and band around the segment's mean.
    """

    mean: float
    ucl: float | None             # None: an XmR segment of one point, which has no moving range
    lcl: float | None
    upper_band: float | None
    lower_band: float | None
    points_used: int
    mr_bar: float | None = None   # XmR only: the mean moving range

    @classmethod
    def of(cls, mean: float | Fraction, mr_bar: float | Fraction, points_used: int) -> Limits:
        """XmR limits: mean ± 2.66 × mean moving range; the band at two thirds of that."""
        mean, mr_bar = exact(mean), exact(mr_bar)
        spread, band = LIMIT_FACTOR * mr_bar, Fraction(2, 3) * LIMIT_FACTOR * mr_bar
        return cls(float(mean), float(mean + spread), float(mean - spread), float(mean + band),
                   float(mean - band), points_used, float(mr_bar))

    @property
    def provisional(self) -> bool:
        return self.points_used < STABLE_POINTS

    @property
    def known(self) -> bool:
        """Whether there are limits at all: an XmR segment of a single point has only its mean."""
        return self.ucl is not None


def exact(number: float | Fraction | decimal.Decimal) -> Fraction:
    """The decimal an editor wrote, exactly: the shortest that gives this float."""
    return number if isinstance(number, Fraction) else Fraction(decimal_of(number))


def decimal_of(number: float | decimal.Decimal) -> decimal.Decimal:
    # repr gives the shortest text that reads back as the same float: the number as written.
    return number if isinstance(number, decimal.Decimal) else decimal.Decimal(repr(float(number)))


def decimal_sum(numbers: Sequence[decimal.Decimal]) -> Fraction:
    total = decimal.Decimal(0)
    for number in numbers:
        total = _EXACT.add(total, number)
    return Fraction(total)


def moving_ranges(values: Sequence[float | decimal.Decimal]) -> list[decimal.Decimal]:
    """|x(i) - x(i-1)| of each pair of neighbours, exactly."""
    decimals = [decimal_of(value) for value in values]
    return [abs(_EXACT.subtract(after, before)) for before, after in pairwise(decimals)]


def mean_moving_range(values: Sequence[float | decimal.Decimal], screen: bool = False) -> Fraction:
    if len(values) < 2:
        raise ValueError(f"limits need at least 2 points to have a moving range; got {len(values)}")
    ranges = moving_ranges(values)
    mr_bar = decimal_sum(ranges) / len(ranges)
    if screen:
        # One pass, as NHSRplotthedots does, so that one wild jump cannot widen
        # the limits enough to hide itself (it also drops a range exactly on
        # the threshold; we keep it). At least one range is <= the mean, so some remain.
        kept = [mr for mr in ranges if Fraction(mr) <= SCREEN_FACTOR * mr_bar]
        mr_bar = decimal_sum(kept) / len(kept)
    return mr_bar


def limits(values: Sequence[float], screen: bool = False) -> Limits:
    """Limits from exactly these values (already cut to the baseline); from a
    single value, its mean only (no moving range, so no limits)."""
    decimals = [decimal_of(value) for value in values]
    if len(decimals) == 1:
        return Limits(float(decimals[0]), None, None, None, None, 1)
    mr_bar = mean_moving_range(decimals, screen)
    return Limits.of(decimal_sum(decimals) / len(decimals), mr_bar, len(decimals))
