"""Measures' charts, from validated data (the loader has made sure each can be
charted: at least two points in date order, two in every segment)."""

from __future__ import annotations

from dataclasses import dataclass

from ..data.models import Measure
from .spc import Analysis, analyse


def analyse_measure(measure: Measure) -> Analysis:
    return analyse([(point.date, point.value) for point in measure.points], measure.improvement,
                   target=measure.target, baseline=measure.baseline, rebase=measure.rebase,
                   screen=measure.screen_moving_ranges)


@dataclass(frozen=True)
class MeasureCharts:
    """Every measure of a site with its analysis, worked out once per build and
    shared by its page, the overview, the stories it supports and measures.json."""

    charts: tuple[tuple[Measure, Analysis], ...]

    @classmethod
    def of(cls, measures) -> "MeasureCharts":
        return cls(tuple((measure, analyse_measure(measure)) for measure in measures))

    def supporting(self, story_slug: str) -> list[tuple[Measure, Analysis]]:
        return [(m, a) for m, a in self.charts if story_slug in m.stories]
