"""p and u charts: each point's own limits, worked out by hand in the comments.

p: p̄ = Σnumerator / Σdenominator, limits p̄ ± 3·√(p̄(1 − p̄)/n) within [0, 1];
u: ū = Σnumerator / Σdenominator, limits ū ± 3·√(ū/n), the lower at least 0;
the two-sigma band two thirds of the way from the mean to each limit.
"""

import datetime as dt
import math

import pytest

from macros.analysis.attribute_limits import attribute_limits
from macros.analysis.spc import analyse


def month(index: int) -> dt.date:
    return dt.date(2024 + index // 12, index % 12 + 1, 1)


def counted(numerators, denominators):
    return [(month(i), n, d) for i, (n, d) in enumerate(zip(numerators, denominators, strict=True))]


def limits_of(lims):
    """Each point's lower limit, lower band, upper band and upper limit, one flat list."""
    return [number for lim in lims for number in (lim.lcl, lim.lower_band, lim.upper_band, lim.ucl)]


def flat(rows):
    return [number for row in rows for number in row]


# p̄ = (20 + 1 + 70 + 34) / (100 + 25 + 400 + 100) = 125 / 625 = 0.2; p̄(1 − p̄) = 0.16.
# n = 100: σ = √0.0016 = 0.04: limits 0.08 and 0.32, band 0.12 and 0.28.
# n = 25: σ = 0.08: 0.2 − 0.24 < 0, so the lower limit is 0 and its band 0.2 − (2/3)0.2 = 1/15;
#   upper limit 0.44, band 0.36.
# n = 400: σ = 0.02: limits 0.14 and 0.26, band 0.16 and 0.24.
P_NUMERATORS, P_DENOMINATORS = [20, 1, 70, 34], [100, 25, 400, 100]


def test_p_limits_are_each_points_own():
    lims = attribute_limits("p", P_NUMERATORS, P_DENOMINATORS)
    assert {lim.mean for lim in lims} == {0.2}
    assert limits_of(lims) == pytest.approx(flat([(0.08, 0.12, 0.28, 0.32), (0, 1 / 15, 0.36, 0.44),
                                             (0.14, 0.16, 0.24, 0.26), (0.08, 0.12, 0.28, 0.32)]))
    assert lims[1].lcl == 0  # clipped exactly
    assert {lim.points_used for lim in lims} == {4}


def test_a_p_chart_flags_points_by_their_own_limits():
    # Values 0.2 (on the mean), 0.04 (n = 25: below its band 1/15, above its limit 0:
    # near it), 0.175 (n = 400: inside its band), 0.34 (n = 100: above its limit 0.32).
    result = analyse(counted(P_NUMERATORS, P_DENOMINATORS), "decrease", chart="p")
    assert [point.value for point in result.points] == [0.2, 0.04, 0.175, 0.34]
    assert [point.signals for point in result.points] == [(), (), (), ("outside-limits",)]
    assert result.variation == "concern"
    assert [(p.numerator, p.denominator) for p in result.points] == list(zip(P_NUMERATORS, P_DENOMINATORS,
                                                                             strict=True))
    assert result.chart == "p"
    # The latest point's limits stand for the segment's: the measure's ucl and lcl.
    assert (result.latest.limits.lcl, result.latest.limits.ucl) == pytest.approx((0.08, 0.32))


def test_a_value_on_a_rational_limit_is_inside_it():
    # p̄ = (27 + 54) / 162 = 1/2, n = 81: σ = √(1/4 / 81) = 1/18, limits 1/2 ∓ 1/6 = 1/3 and 2/3,
    # exactly the two values. (In floats the lower limit is 0.33333333333333337, above 1/3.)
    result = analyse(counted([27, 54], [81, 81]), "increase", chart="p")
    assert [point.signals for point in result.points] == [(), ()]
    assert (result.latest.limits.lcl, result.latest.limits.ucl) == (1 / 3, 2 / 3)


def test_a_limit_that_is_rational_is_exact():
    # p̄ = 18 / 36 = 0.5, n = 9: σ = √(0.25 / 9) = 1/6, limits 0.5 ± 0.5 = 0 and 1 exactly,
    # bands 1/6 and 5/6. 9 out of 9 sits on the upper limit: inside it, but near it.
    result = analyse(counted([9, 0, 9, 0], [9] * 4), "increase", chart="p")
    assert (result.latest.limits.lcl, result.latest.limits.ucl) == (0, 1)
    assert [point.signals for point in result.points] == [()] * 4  # sides alternate: no two-of-three
    same_side = analyse(counted([9, 9, 8, 0, 2], [9] * 5), "increase", chart="p")
    # p̄ = 28 / 45; 9/9 twice is on the upper limit (clipped to 1): near it, two of three.
    assert same_side.points[0].limits.ucl == 1
    assert [point.signals for point in same_side.points][:2] == [("two-of-three",)] * 2


def test_a_p_limit_above_1_is_1():
    # p̄ = 0.9, n = 4: σ = √(0.09 / 4) = 0.15, 0.9 + 0.45 > 1: the limit is 1 and its band
    # 0.9 + (2/3)(0.1) = 0.9667; the lower limit 0.45, band 0.6.
    [lim, _] = attribute_limits("p", [4, 5], [4, 6])   # 9 / 10 = 0.9; the second n = 6
    assert (lim.lcl, lim.lower_band, lim.upper_band, lim.ucl) == pytest.approx((0.45, 0.6, 0.9 + 0.2 / 3, 1))


# u: ū = (4 + 20 + 0 + 8) / (1 + 4 + 1 + 2) = 32 / 8 = 4.
# n = 1: σ = 2: 4 − 6 < 0, lower limit 0, band 4 − (2/3)4 = 4/3; upper 10, band 8.
# n = 4: σ = 1: limits 1 and 7, band 2 and 6.
# n = 2: σ = √2: lower 4 − 4.2426 < 0 so 0 (band 4/3); upper 4 + 3√2, band 4 + 2√2.
U_NUMERATORS, U_DENOMINATORS = [4, 20, 0, 8], [1, 4, 1, 2]


def test_u_limits_are_each_points_own():
    lims = attribute_limits("u", U_NUMERATORS, U_DENOMINATORS)
    root2 = math.sqrt(2)
    assert limits_of(lims) == pytest.approx(flat([(0, 4 / 3, 8, 10), (1, 2, 6, 7), (0, 4 / 3, 8, 10),
                                             (0, 4 / 3, 4 + 2 * root2, 4 + 3 * root2)]))


def test_a_u_chart_value_is_the_rate():
    # Values 4 (on the mean), 5, 0 (n = 1: on its lower limit 0, below its band: near), 4.
    result = analyse(counted(U_NUMERATORS, U_DENOMINATORS), "decrease", chart="u", target=11)
    assert [point.value for point in result.points] == [4, 5, 0, 4]
    assert [point.signals for point in result.points] == [()] * 4
    # Assurance on the latest point's limits (0 to 8.24): 11 is above the upper limit.
    assert result.assurance == "pass"


def test_a_u_chart_has_no_upper_bound():
    # ū = 300 / 2 = 150, n = 1: σ = √150; no clipping above 1.
    [lim, _] = attribute_limits("u", [100, 200], [1, 1])
    assert lim.ucl == pytest.approx(150 + 3 * math.sqrt(150)) and lim.ucl > 1


def test_the_baseline_fixes_the_mean_for_p_and_u():
    # Baseline 2 of the u series: ū = (4 + 20) / (1 + 4) = 4.8; every point around it.
    lims = attribute_limits("u", U_NUMERATORS, U_DENOMINATORS, baseline=2)
    assert {lim.mean for lim in lims} == {4.8} and {lim.points_used for lim in lims} == {2}
    assert lims[1].ucl == pytest.approx(4.8 + 3 * math.sqrt(4.8 / 4))


def test_a_rebase_gives_p_its_own_mean_per_segment():
    # [1/10, 3/10] then [8/10, 6/10]: means 4/20 = 0.2 and 14/20 = 0.7.
    result = analyse(counted([1, 3, 8, 6], [10] * 4), "increase", chart="p", rebase=[month(2)])
    assert [segment.limits.mean for segment in result.segments] == [0.2, 0.7]


def test_decimal_counts_are_taken_as_written():
    # Exposure in thousands of bed days: 1.5 and 2.5; ū = (3 + 5) / 4 = 2: both values are 2, on the mean.
    result = analyse(counted([3, 5], [1.5, 2.5]), "decrease", chart="u")
    assert [point.value for point in result.points] == [2, 2]
    assert result.latest.limits.mean == 2
