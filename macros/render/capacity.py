"""The dosage guidance (data/capacity_guidance.yml) and the capacity calculator.

The calculator scales the source's figures for its reference organisation
(15 to 20 internal experts and 150 to 200 quality coaches for 4,000 staff)
by a partner's headcount.  ``estimate`` (macros/analysis/dosage.py) is the
one formula; the browser script (overrides/assets/javascripts/capacity.js)
repeats it, reading the same numbers from the page's
``data-capacity-ratios`` attribute.  Where organisations have capability
figures (data/capability/), the calculator offers their headcounts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..analysis.capability import in_organisation_order
from ..analysis.dosage import Estimate, estimate
from ..dates import long_date
from ..data.models import CapabilityFigures, CapacityGuidance, Organisation
from . import render_partial

__all__ = ["Estimate", "estimate", "capacity_table", "calculator_ratios", "render_capacity_calculator",
           "render_capacity_guidance", "organisation_choices"]


def capacity_table(guidance: CapacityGuidance) -> list[tuple[int, list[Estimate]]]:
    """The calculator without JavaScript: estimates for the typical headcounts."""
    return [(headcount, estimate(guidance, headcount)) for headcount in guidance.typical_headcounts]


def span(low: int, high: int) -> str:
    return f"{low:,}" if low == high else f"{low:,} to {high:,}"


def percent(value: float) -> str:
    return f"{value:g}%"


def calculator_ratios(guidance: CapacityGuidance) -> str:
    """What the browser script needs, as JSON for a data attribute."""
    return json.dumps({
        "reference_headcount": guidance.reference_headcount,
        "roles": [{"id": role.id, "name": role.name, "low": role.at_reference.low,
                   "high": role.at_reference.high,
                   "teams_each": [role.teams_each.low, role.teams_each.high] if role.teams_each else None}
                  for role in guidance.roles],
    }, separators=(",", ":"))


def render_capacity_guidance(guidance: CapacityGuidance) -> str:
    """The source's dosage figures for its reference organisation, with their source."""
    return render_partial("capacity_guidance.html", guidance=guidance, span=span, percent=percent)


def organisation_choices(figures: Sequence[CapabilityFigures],
                         organisations: dict[str, Organisation]) -> list[tuple[CapabilityFigures, str]]:
    """The organisations whose headcount the calculator can fill in, with their
    names, in the order of data/organisations.yml; not one of no staff (the
    calculator works for 1 or more, and for 0 the guidance asks for no one)."""
    return [(f, organisations[f.id].name) for f in in_organisation_order(figures, organisations) if f.headcount]


def render_capacity_calculator(guidance: CapacityGuidance,
                               choices: Sequence[tuple[CapabilityFigures, str]] = ()) -> str:
    return render_partial("capacity_calculator.html", guidance=guidance, rows=capacity_table(guidance),
                          ratios=calculator_ratios(guidance), span=span,
                          coach_roles=[r for r in guidance.roles if r.teams_each], choices=choices,
                          long_date=long_date)
