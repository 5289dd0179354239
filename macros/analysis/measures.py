"""A measure's chart, from its validated data (the loader has made sure it
can be charted: at least two points in date order, two in every segment)."""

from __future__ import annotations

from ..data.models import Measure
from .spc import Analysis, analyse


def analyse_measure(measure: Measure) -> Analysis:
    return analyse([(point.date, point.value) for point in measure.points], measure.improvement,
                   target=measure.target, baseline=measure.baseline, rebase=measure.rebase,
                   screen=measure.screen_moving_ranges)
