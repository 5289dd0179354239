"""The ICS Improvement Capability Self-Assessment (data/capability_assessment.yml)."""

from __future__ import annotations

from ..data.models import CapabilityAssessment, Component, Organisation
from . import render_partial
from .charts import range_chart
from .markdown import blocks, heading


def assessment_chart(assessment: CapabilityAssessment):
    """The range all components' scores lie in, as a band, and a bar for each
    component whose own score is known (the words: capability_chart.html)."""
    low, high = assessment.score_range.lowest, assessment.score_range.highest
    rows = [(c.name, c.score, f"{c.score:g}" if c.score is not None else "to be confirmed")
            for c in assessment.components]
    return range_chart("chart-capability-assessment", f"{assessment.tool}: component scores", "",
                       low, high, rows, f"Shaded: {low:g} to {high:g}, the range of all components' scores")


def render_capability_summary(assessment: CapabilityAssessment, organisations: dict[str, Organisation]) -> str:
    return render_partial("capability_summary.html", assessment=assessment,
                          compiled_by=organisations[assessment.compiled_by])


def render_capability_chart(assessment: CapabilityAssessment) -> str:
    return render_partial("capability_chart.html", assessment=assessment, chart=assessment_chart(assessment))


def render_components(components: list[Component], assessment: CapabilityAssessment,
                      heading_level: int = 3) -> str:
    """Each component with its findings and recommendations, under its own
    heading; first, once, the range that scores still to be confirmed lie in."""
    parts = [render_partial("capability_unscored.html", assessment=assessment,
                            unscored=sum(component.score is None for component in components))]
    for component in components:
        parts += [heading(heading_level, component.name, component.id),
                  render_partial("capability_component.html", component=component, assessment=assessment)]
    return blocks(*parts)


def render_capability_components(assessment: CapabilityAssessment) -> str:
    return render_components(assessment.components, assessment)
