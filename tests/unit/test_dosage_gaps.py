"""The dosage guidance's arithmetic in one place (macros/analysis/dosage.py): what it asks for a
headcount, rounded up to whole people, and the gap to what an organisation has; and the
register's sums for the system (macros/analysis/capability.py).

The guidance here is the source's own worked example: an organisation of 4,000 staff aims for
15 to 20 internal experts and 150 to 200 quality coaches. Every expectation is worked by hand
in the comments.
"""

import datetime as dt

import pytest

from macros.analysis import dosage
from macros.analysis.capability import capability_register, system_standing
from macros.data.models import CapabilityFigures, CapacityGuidance, Organisation
from macros.render import capacity

GUIDANCE = CapacityGuidance.model_validate({
    "reference_headcount": 4000, "source": "The guidance's worked example", "typical_headcounts": [4000],
    "roles": [{"id": "internal-experts", "name": "Internal experts", "percent": 0.4,
               "at_reference": {"low": 15, "high": 20}},
              {"id": "quality-coaches", "name": "Quality coaches", "percent": 5,
               "at_reference": {"low": 150, "high": 200}, "teams_each": {"low": 3, "high": 4}}]})


def gap(headcount: int, role: str, have: int) -> dosage.Gap:
    [found] = dosage.gaps(GUIDANCE, headcount, {role: have})
    return found


@pytest.mark.parametrize("experts, more, meets, above", [
    (0, (15, 20), False, False),    # 15 - 0 to reach the low end, 20 - 0 the high end
    (15, None, True, False),        # exactly the low end: the range is met, no gap
    (17, None, True, False),        # within 15 to 20
    (25, None, True, True),         # above 20: no gap either
    (14, (1, 6), False, False),     # one short of 15, six of 20
])
def test_internal_experts_in_the_guidances_own_organisation_of_4000(experts, more, meets, above):
    found = gap(4000, "internal-experts", experts)
    assert (found.asked.low, found.asked.high, found.have) == (15, 20, experts)
    assert (found.more, found.meets, found.above) == (more, meets, above)


@pytest.mark.parametrize("coaches, more, above", [
    (150, None, False),   # the low end
    (200, None, False),   # the high end: still within the range, not above it
    (120, (30, 80), False),  # 150 - 120 and 200 - 120
    (201, None, True),
])
def test_quality_coaches_in_the_guidances_own_organisation_of_4000(coaches, more, above):
    found = gap(4000, "quality-coaches", coaches)
    assert (found.asked.low, found.asked.high) == (150, 200)
    assert (found.more, found.above) == (more, above)


@pytest.mark.parametrize("headcount, experts, coaches", [
    (3712, (14, 19), (140, 186)),   # 13.92 -> 14, 18.56 -> 19; 139.2 -> 140, 185.6 -> 186
    (4001, (16, 21), (151, 201)),   # 15.00375 -> 16, 20.005 -> 21: any fraction of a person rounds up
    (8000, (30, 40), (300, 400)),   # exact: no rounding
    (1000, (4, 5), (38, 50)),       # 3.75 -> 4, 5; 37.5 -> 38, 50
    (1, (1, 1), (1, 1)),            # 0.00375 and 0.005 -> 1; 0.0375 and 0.05 -> 1
])
def test_other_headcounts_are_asked_for_in_proportion_rounded_up_to_whole_people(headcount, experts, coaches):
    for role, expected in (("internal-experts", experts), ("quality-coaches", coaches)):
        asked = gap(headcount, role, 0).asked
        assert (asked.low, asked.high) == expected, role


def test_the_gap_for_the_example_in_contributing():
    # 3,712 staff with 9 experts: 14 - 9 = 5 and 19 - 9 = 10 more; 140 coaches meet the low end, 140.
    assert gap(3712, "internal-experts", 9).more == (5, 10)
    assert gap(3712, "quality-coaches", 140).more is None


def test_gaps_are_given_only_for_the_roles_counted_in_the_guidances_order():
    found = dosage.gaps(GUIDANCE, 4000, {"quality-coaches": 1, "internal-experts": 2, "not-a-role": 3})
    assert [(g.role.id, g.have) for g in found] == [("internal-experts", 2), ("quality-coaches", 1)]


def test_the_calculator_and_the_register_use_the_one_formula():
    assert capacity.estimate is dosage.estimate and capacity.Estimate is dosage.Estimate


def figures(org_id: str, headcount: int, experts: int, coaches: int, as_of=dt.date(2024, 3, 31), **extra):
    return CapabilityFigures.model_validate({"headcount": headcount, "as_of": as_of, "internal_experts": experts,
                                            "quality_coaches": coaches, **extra}).model_copy(update={"id": org_id})


def test_the_system_sums_headcount_and_counts_and_asks_for_the_summed_headcount():
    system = system_standing([figures("a", 4000, 17, 120, dt.date(2024, 3, 31)),
                              figures("b", 1000, 0, 60, dt.date(2024, 1, 31))], "The system", GUIDANCE)
    # 4,000 + 1,000 staff; 17 + 0 experts; 120 + 60 coaches.
    assert (system.headcount, [g.have for g in system.gaps], system.organisations) == (5000, [17, 180], 2)
    experts, coaches = system.gaps
    # 5,000 staff: 18.75 -> 19 to 25 experts, so 2 to 8 more; 187.5 -> 188 to 250 coaches, so 8 to 70 more.
    assert (experts.asked.low, experts.asked.high, experts.more) == (19, 25, (2, 8))
    assert (coaches.asked.low, coaches.asked.high, coaches.more) == (188, 250, (8, 70))
    assert (system.first, system.last, system.one_date) == (dt.date(2024, 1, 31), dt.date(2024, 3, 31), False)


def test_the_systems_range_comes_from_its_headcount_not_from_adding_up_the_organisations_ranges():
    three = [figures(org_id, 100, 0, 0) for org_id in ("a", "b", "c")]
    # Each of 100 staff is asked 0.375 -> 1 to 0.5 -> 1 expert, 3 in all; 300 staff are asked 1.125 -> 2 to 1.5 -> 2.
    assert [(g.asked.low, g.asked.high) for g in system_standing(three[:1], "s", GUIDANCE).gaps][0] == (1, 1)
    experts = system_standing(three, "s", GUIDANCE).gaps[0]
    assert (experts.asked.low, experts.asked.high) == (2, 2)
    assert system_standing(three, "s", GUIDANCE).one_date


def test_the_register_follows_the_organisations_order_and_names_each_champions_organisation():
    organisations = {"first-org": Organisation(id="first-org", name="First Org"),
                     "second-org": Organisation(id="second-org", name="Second Org")}
    champion = {"name": "C", "role": "R", "email": "c@example.org", "consent": True}
    register = capability_register(
        [figures("second-org", 10, 0, 0, champions=[champion]),
         figures("first-org", 20, 1, 1, champions=[{**champion, "name": "D", "organisation": "second-org"}])],
        organisations, GUIDANCE, "The system")
    assert [s.name for s in register.organisations] == ["First Org", "Second Org"]
    assert register.system.headcount == 30 and register.system.name == "The system"
    assert [(c.champion.name, c.organisation) for c in register.champions] == [("D", "Second Org"),
                                                                              ("C", "Second Org")]


def test_with_no_figures_there_is_no_system_and_nothing_is_made_up():
    register = capability_register([], {}, GUIDANCE)
    assert (register.organisations, register.system, register.champions) == ((), None, ())
