"""How a measure's numbers are written for readers: a value as the editor wrote
it (42, not 42.0), limits and means one decimal finer than the values, a p
chart in per cent, a u chart to about three significant figures; never -0."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..analysis.spc import Analysis

MAX_DECIMALS = 4     # limits and means never show more decimals than this


def _decimal(value: float) -> Decimal:
    # repr gives the shortest text that reads back as the same float: the value as written.
    return Decimal(repr(float(value))).normalize()


def given(value: float, thousands: bool = False) -> str:
    """A value as the editor wrote it (42, not 42.0), optionally with thousands separators."""
    text = repr(float(value))
    if "e" in text or "n" in text:   # 1e-07, 1e+16: rare, and Decimal writes them out in full
        return format(_decimal(value), ",f" if thousands else "f")
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, fraction = digits.partition(".")
    if thousands:
        whole = f"{int(whole):,}"
    if fraction == "0":
        return sign + whole if whole != "0" else "0"   # never "-0"
    return f"{sign}{whole}.{fraction}"


def _places(value: float) -> int:
    text = repr(float(value))
    if "e" in text or "n" in text:
        return max(0, -_decimal(value).as_tuple().exponent)
    fraction = text.partition(".")[2]
    return 0 if fraction == "0" else len(fraction)


def limit_decimals(values: Sequence[float]) -> int:
    """One decimal more than the most precise value, so that limits and means read true."""
    return min(max(_places(value) for value in values) + 1, MAX_DECIMALS)


def rounded(value: float, decimals: int, thousands: bool = False) -> str:
    text = format(value, f"{',' if thousands else ''}.{decimals}f")
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text   # never "-0.0"


@dataclass(frozen=True)
class Numbers:
    """How a chart's numbers are written: values as given and limits one decimal
    finer (XmR); in per cent (p); to about three significant figures (u)."""

    chart: str
    decimals: int

    @classmethod
    def of(cls, analysis: Analysis) -> Numbers:
        if analysis.chart == "xmr":
            return cls("xmr", limit_decimals([point.value for point in analysis.points]))
        mean = analysis.latest.limits.mean * (100 if analysis.chart == "p" else 1)
        if analysis.chart == "p":
            return cls("p", 1 if mean >= 1 or mean == 0 else 2)
        return cls("u", 1 if mean == 0 else min(MAX_DECIMALS, max(1, 2 - math.floor(math.log10(mean)))))

    @property
    def scale(self) -> float:
        return 100.0 if self.chart == "p" else 1.0

    def value(self, number: float, thousands: bool = True) -> str:
        return given(number, thousands) if self.chart == "xmr" else self.limit(number, thousands)

    def limit(self, number: float, thousands: bool = True) -> str:
        return rounded(number * self.scale, self.decimals, thousands)

    def count(self, number: float) -> str:
        """A p or u chart's numerator or denominator, as the editor wrote it."""
        return given(number, True)

    def target(self, number: float) -> str:
        """A target as the editor wrote it (on a p chart, 0.9 is 90)."""
        return format((_decimal(number) * (100 if self.chart == "p" else 1)).normalize(), ",f")
