"""Measures' charts, from validated data (the loader has made sure each can be
charted: at least one point, in date order, with the fields its chart needs;
an XmR segment of a single point has a mean but no limits)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..data.models import Annotation, Measure, SpcSettings
from .spc import DEFAULT_RULES, Analysis, Rules, analyse


def rules_of(settings: SpcSettings | None) -> Rules:
    return DEFAULT_RULES if settings is None else Rules(settings.run_length, settings.trend_length)


def analyse_measure(measure: Measure, rules: Rules = DEFAULT_RULES) -> Analysis:
    if measure.chart == "xmr":
        points = [(point.date, point.value) for point in measure.points]
    else:
        points = [(point.date, point.numerator, point.denominator) for point in measure.points]
    return analyse(points, measure.improvement, target=measure.target, baseline=measure.baseline,
                   rebase=measure.rebase, screen=measure.screen_moving_ranges, chart=measure.chart, rules=rules)


@dataclass(frozen=True)
class MeasureCharts:
    """Every measure of a site with its analysis, worked out once per build and
    shared by its page, the overview, the matrix, the stories it supports and
    measures.json; and each measure's annotations, in date order."""

    charts: tuple[tuple[Measure, Analysis], ...]
    annotations: Mapping[str, tuple[Annotation, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, measures, settings: SpcSettings | None = None,
           more_annotations: Mapping[str, Sequence[Annotation]] | None = None) -> MeasureCharts:
        """``more_annotations``: notes from elsewhere (a project's PDSA cycles, say), by measure id,
        added to each measure's own."""
        rules = rules_of(settings)
        more = more_annotations or {}
        return cls(tuple((measure, analyse_measure(measure, rules)) for measure in measures),
                   {measure.id: tuple(sorted([*measure.annotations, *more.get(measure.id, ())],
                                             key=lambda note: note.date))
                    for measure in measures})

    def annotations_of(self, measure: Measure) -> tuple[Annotation, ...]:
        return self.annotations.get(measure.id, tuple(measure.annotations))

    def supporting(self, story_slug: str) -> list[tuple[Measure, Analysis]]:
        return [(m, a) for m, a in self.charts if story_slug in m.stories]
