"""Strategic focus and prioritisation (data/strategic_focus.yml)."""

from __future__ import annotations

from ..data.models import CapabilityAssessment, StrategicFocus
from . import render_partial
from .capability import render_components


def render_strategic_focus(focus: StrategicFocus) -> str:
    return render_partial("strategic_focus.html", focus=focus)


def render_related_findings(focus: StrategicFocus, assessment: CapabilityAssessment) -> str:
    """The capability assessment's components that bear on the strategic focus, in full."""
    by_id = {component.id: component for component in assessment.components}
    return render_components([by_id[i] for i in focus.related_components], assessment)
