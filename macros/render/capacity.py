"""The dosage guidance (data/capacity_guidance.yml) and the capacity calculator.

The calculator scales the source's figures for its reference organisation
(15 to 20 internal experts and 150 to 200 quality coaches for 4,000 staff)
by a partner's headcount.  ``estimate`` is the one formula; the browser
script (overrides/assets/javascripts/capacity.js) repeats it, reading the
same numbers from the page's ``data-capacity-ratios`` attribute.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..data.models import CapacityGuidance, Role
from . import render_partial


@dataclass(frozen=True)
class Estimate:
    role: Role
    low: int
    high: int
    teams_low: int | None = None
    teams_high: int | None = None


def _scaled_up(headcount: int, count: int, reference: int) -> int:
    """headcount × count / reference, rounded up to a whole person (exact integer arithmetic)."""
    return -(-headcount * count // reference)


def estimate(guidance: CapacityGuidance, headcount: int) -> list[Estimate]:
    """How many people in each role the guidance implies for ``headcount`` staff,
    and how many teams they could support."""
    results = []
    for role in guidance.roles:
        low = _scaled_up(headcount, role.at_reference.low, guidance.reference_headcount)
        high = _scaled_up(headcount, role.at_reference.high, guidance.reference_headcount)
        teams = role.teams_each
        results.append(Estimate(role, low, high,
                                low * teams.low if teams else None, high * teams.high if teams else None))
    return results


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


def render_capacity_calculator(guidance: CapacityGuidance) -> str:
    return render_partial("capacity_calculator.html", guidance=guidance, rows=capacity_table(guidance),
                          ratios=calculator_ratios(guidance), span=span,
                          coach_roles=[r for r in guidance.roles if r.teams_each])
