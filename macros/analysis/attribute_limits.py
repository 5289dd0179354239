"""p and u charts' limits: each point its own, from its denominator.

p chart (a proportion, numerator out of denominator): p̄ = Σnumerator /
Σdenominator, limits p̄ ± 3·√(p̄(1 − p̄)/n) clipped to [0, 1]. u chart (a
rate per unit of exposure): ū = Σnumerator / Σdenominator, limits
ū ± 3·√(ū/n), the lower clipped at 0. n is the point's denominator; the
sums run over the segment, or its first ``baseline`` points; the two-sigma
band lies two thirds of the way from the mean to each limit (to the limit
as clipped, as the contract words it).

Everything rational is worked out exactly, as for XmR (macros/analysis/xmr_limits.py):
the mean, each value, a square root that is rational (p̄ = 1/2 and n = 81
give a lower limit of exactly 1/3, and 27 out of 81 lies on it, inside),
and the band of a clipped limit; a value on such a limit is never pushed
out of it by rounding. Only an irrational square root is a float, and no
value a count can give lies within a float's error of one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

from .xmr_limits import Limits, decimal_of, decimal_sum

SIGMAS = 3
TWO_THIRDS = Fraction(2, 3)


def _root(number: Fraction) -> Fraction | float:
    """√number: exact when it is rational, else the nearest float."""
    top, bottom = math.isqrt(number.numerator), math.isqrt(number.denominator)
    if top * top == number.numerator and bottom * bottom == number.denominator:
        return Fraction(top, bottom)
    return math.sqrt(number)


def _band(mean: Fraction, limit: Fraction | float) -> float:
    if isinstance(limit, Fraction):
        return float(mean + TWO_THIRDS * (limit - mean))
    return float(mean) + float(TWO_THIRDS) * (limit - float(mean))


def ratio(numerator: float, denominator: float) -> Fraction:
    """numerator / denominator, exactly, as the editor wrote them."""
    return Fraction(decimal_of(numerator)) / Fraction(decimal_of(denominator))


def mean_of(numerators: Sequence[float], denominators: Sequence[float]) -> Fraction:
    return (decimal_sum([decimal_of(n) for n in numerators])
            / decimal_sum([decimal_of(d) for d in denominators]))


def attribute_limits(chart: str, numerators: Sequence[float], denominators: Sequence[float],
                     baseline: int | None = None) -> list[Limits]:
    """Each point's limits on a ``p`` or ``u`` chart of one segment."""
    used = len(numerators) if baseline is None else min(baseline, len(numerators))
    mean = mean_of(numerators[:used], denominators[:used])
    spread = mean * (1 - mean) if chart == "p" else mean
    mean_float = float(mean)
    found: list[Limits] = []
    known: dict[float, Limits] = {}   # points with the same denominator share their limits
    for denominator in denominators:
        if denominator in known:
            found.append(known[denominator])
            continue
        sigma = _root(spread / Fraction(decimal_of(denominator)))
        upper: Fraction | float = mean + SIGMAS * sigma
        lower: Fraction | float = mean - SIGMAS * sigma
        if chart == "p" and upper > 1:
            upper = Fraction(1)
        if lower < 0:
            lower = Fraction(0)
        limits = Limits(mean_float, float(upper), float(lower), _band(mean, upper), _band(mean, lower), used)
        known[denominator] = limits
        found.append(limits)
    return found
