"""The capability register: what each partner organisation has
(data/capability/<organisation-id>.yml), what the dosage guidance asks for
its headcount and the gap (macros/analysis/dosage.py), and the same for the
system as a whole: the sums over the organisations that have figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..data.models import CapabilityFigures, CapacityGuidance, Champion, Organisation, TrainedCount
from .dosage import Gap, gaps


@dataclass(frozen=True)
class Standing:
    """One organisation's figures against the guidance, or the system's (``figures`` None)."""

    name: str
    headcount: int
    first: dt.date       # the date the figures are from; for the system, the earliest ...
    last: dt.date        # ... and the latest (the same when all are from one date)
    gaps: tuple[Gap, ...]
    figures: CapabilityFigures | None = None
    organisations: int = 1  # how many organisations' figures it sums

    @property
    def one_date(self) -> bool:
        return self.first == self.last


@dataclass(frozen=True)
class NamedChampion:
    champion: Champion
    organisation: str    # the name of the organisation they work for


@dataclass(frozen=True)
class Register:
    organisations: tuple[Standing, ...]   # in the order of data/organisations.yml
    system: Standing | None               # None when no organisation has figures
    champions: tuple[NamedChampion, ...]

    def trained(self) -> list[tuple[str, TrainedCount]]:
        """Each organisation's trained counts, with its name."""
        return [(s.name, t) for s in self.organisations for t in s.figures.trained]


def in_organisation_order(figures: Sequence[CapabilityFigures],
                          organisations: Mapping[str, Organisation]) -> list[CapabilityFigures]:
    """The figures of known organisations, in the order of data/organisations.yml."""
    order = {org_id: index for index, org_id in enumerate(organisations)}
    return sorted((f for f in figures if f.id in organisations), key=lambda f: order[f.id])


def standing(figures: CapabilityFigures, name: str, guidance: CapacityGuidance) -> Standing:
    return Standing(name, figures.headcount, figures.as_of, figures.as_of,
                    tuple(gaps(guidance, figures.headcount, figures.counts())), figures)


def system_standing(all_figures: Sequence[CapabilityFigures], name: str,
                    guidance: CapacityGuidance) -> Standing:
    """The sums of headcount and of each count over ``all_figures`` (at least one), against what the
    guidance asks for the summed headcount; dated from the earliest to the latest figures."""
    headcount = sum(f.headcount for f in all_figures)
    have: Counter[str] = Counter()
    for figures in all_figures:
        have.update(figures.counts())
    dates = [f.as_of for f in all_figures]
    return Standing(name, headcount, min(dates), max(dates), tuple(gaps(guidance, headcount, have)),
                    organisations=len(all_figures))


def capability_register(figures: Sequence[CapabilityFigures], organisations: Mapping[str, Organisation],
                        guidance: CapacityGuidance, system_name: str = "The system") -> Register:
    ordered = in_organisation_order(figures, organisations)
    rows = tuple(standing(f, organisations[f.id].name, guidance) for f in ordered)
    champions = tuple(NamedChampion(c, _works_for(c.organisation or f.id, organisations))
                      for f in ordered for c in f.champions)
    return Register(rows, system_standing(ordered, system_name, guidance) if ordered else None, champions)


def _works_for(org_id: str, organisations: Mapping[str, Organisation]) -> str:
    return organisations[org_id].name if org_id in organisations else org_id
