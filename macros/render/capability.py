"""The ICS Improvement Capability Self-Assessment (data/capability_assessment.yml)."""

from __future__ import annotations

from ..data.models import CapabilityAssessment, Component, Organisation
from . import render_partial
from .charts import range_chart
from .markdown import blocks, heading


def score_text(component: Component, assessment: CapabilityAssessment) -> str:
    """A component's score, or what the source does give: the range of all six."""
    if component.score is not None:
        return f"{component.score:g}"
    low, high = assessment.score_range.lowest, assessment.score_range.highest
    return f"To be agreed (the source gives only the range of all components, {low:g} to {high:g})"


def assessment_chart(assessment: CapabilityAssessment):
    low, high = assessment.score_range.lowest, assessment.score_range.highest
    known = [c for c in assessment.components if c.score is not None]
    description = (f"Chart of the {len(assessment.components)} components of the {assessment.tool}. "
                   f"A shaded band from {low:g} to {high:g} marks the range the source gives for all "
                   "components' scores. ")
    if known:
        description += "Bars show the components' own scores: " + "; ".join(
            f"{c.name} {c.score:g}" for c in known) + ". "
    unknown = len(assessment.components) - len(known)
    if unknown:
        description += (f"{unknown} component score{'s are' if unknown > 1 else ' is'} not given in the "
                        "source and to be agreed. ")
    description += "The table beside the chart gives the same information."
    rows = [(c.name, c.score, f"{c.score:g}" if c.score is not None else "score to be agreed")
            for c in assessment.components]
    return range_chart("chart-capability-assessment", f"{assessment.tool}: component scores", description,
                       low, high, rows, f"Shaded: {low:g} to {high:g}, the range of all components' scores")


def render_capability_summary(assessment: CapabilityAssessment, organisations: dict[str, Organisation]) -> str:
    return render_partial("capability_summary.html", assessment=assessment,
                          compiled_by=organisations[assessment.compiled_by])


def render_capability_chart(assessment: CapabilityAssessment) -> str:
    rows = [(c, score_text(c, assessment)) for c in assessment.components]
    return render_partial("capability_chart.html", assessment=assessment, chart=assessment_chart(assessment),
                          rows=rows)


def render_components(components: list[Component], assessment: CapabilityAssessment,
                      heading_level: int = 3) -> str:
    """Each component with its findings and recommendations, under its own heading."""
    parts = []
    for component in components:
        parts += [heading(heading_level, component.name, component.id),
                  render_partial("capability_component.html", component=component,
                                 score=score_text(component, assessment))]
    return blocks(*parts)


def render_capability_components(assessment: CapabilityAssessment) -> str:
    return render_components(assessment.components, assessment)
