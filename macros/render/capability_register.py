"""The capability register page (``{{ capability_register() }}``, staff play
book only): each partner organisation's figures (data/capability/), what
the dosage guidance asks for its headcount and the gap, the system's sums,
a chart and table per role, and the named QI champions.

Python only gathers (macros/analysis/capability.py) and places
(macros/render/register_chart.py); the markup and every word are in
templates/capability_register.html, capability_register_chart.html and
register_words.html.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..analysis.capability import capability_register
from ..dates import long_date
from ..data.models import CapabilityFigures, CapacityGuidance, Organisation
from . import render_partial
from .capacity import span
from .register_chart import register_chart

SYSTEM_NAME = "The system"


def render_capability_register(figures: Sequence[CapabilityFigures], organisations: Mapping[str, Organisation],
                               guidance: CapacityGuidance) -> str:
    register = capability_register(figures, organisations, guidance, SYSTEM_NAME)
    charts = []
    if register.system is not None:
        charts = [register_chart(f"capability-chart-{gap.role.id}", gap.role.id, register.organisations,
                                 register.system) for gap in register.system.gaps]
    return render_partial("capability_register.html", register=register, charts=charts, span=span,
                          long_date=long_date)
