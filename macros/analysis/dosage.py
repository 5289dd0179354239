"""The dosage guidance's arithmetic (data/capacity_guidance.yml), in one place.

The guidance gives, for its reference organisation (4,000 staff), how many
people each role needs: 15 to 20 internal experts and 150 to 200 quality
coaches.  For any headcount, ``estimate`` scales those figures in proportion
and rounds up to whole people; ``gaps`` compares the result with what an
organisation has.  The capacity calculator (macros/render/capacity.py) and
the capability register (macros/analysis/capability.py) both use these; the
browser script overrides/assets/javascripts/capacity.js repeats
``estimate``'s formula for headcounts typed into the page; keep them the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..data.models import CapacityGuidance, Role


@dataclass(frozen=True)
class Estimate:
    """What the guidance asks of one role for a headcount: ``low`` to ``high``
    people, and how many teams they could support (roles that support teams)."""

    role: Role
    low: int
    high: int
    teams_low: int | None = None
    teams_high: int | None = None


def scaled_up(headcount: int, count: int, reference: int) -> int:
    """headcount × count / reference, rounded up to a whole person (exact integer arithmetic)."""
    return -(-headcount * count // reference)


def estimate(guidance: CapacityGuidance, headcount: int) -> list[Estimate]:
    """How many people in each role the guidance implies for ``headcount`` staff,
    and how many teams they could support."""
    results = []
    for role in guidance.roles:
        low = scaled_up(headcount, role.at_reference.low, guidance.reference_headcount)
        high = scaled_up(headcount, role.at_reference.high, guidance.reference_headcount)
        teams = role.teams_each
        results.append(Estimate(role, low, high,
                                low * teams.low if teams else None, high * teams.high if teams else None))
    return results


@dataclass(frozen=True)
class Gap:
    """One role: what an organisation has, what the guidance asks for its
    headcount, and how many more it needs to reach the low and the high end."""

    asked: Estimate
    have: int

    @property
    def role(self) -> Role:
        return self.asked.role

    @property
    def meets(self) -> bool:
        """True when it has at least the low end: then there is no gap."""
        return self.have >= self.asked.low

    @property
    def above(self) -> bool:
        return self.have > self.asked.high

    @property
    def more(self) -> tuple[int, int] | None:
        """How many more people reach the low end and the high end; None when it already meets the range."""
        if self.meets:
            return None
        return self.asked.low - self.have, self.asked.high - self.have


def gaps(guidance: CapacityGuidance, headcount: int, have: Mapping[str, int]) -> list[Gap]:
    """For each role of the guidance whose id is in ``have`` (role id -> how many
    the organisation has), in the guidance's order."""
    return [Gap(asked, have[asked.role.id]) for asked in estimate(guidance, headcount) if asked.role.id in have]
