"""XmR charts the Making Data Count way, on small series worked out by hand.

Every expected number below is worked by hand in a comment, never produced by
the code under test.
"""

import datetime as dt

import pytest

from macros.data.models.measures import segment_starts
from macros.analysis.spc import (
    Rules,
    analyse,
    assurance,
    near_limits,
    outside_limits,
    point_direction,
    point_variation,
    runs,
    trends,
    two_of_three,
)
from macros.analysis.xmr_limits import Limits, limits, mean_moving_range, moving_ranges


def month(index: int) -> dt.date:
    """The first of each month from January 2024."""
    return dt.date(2024 + index // 12, index % 12 + 1, 1)


def series(values):
    return [(month(index), value) for index, value in enumerate(values)]


# Limits.of(100, 75, 20): 2.66 * 75 = 199.5, (2/3) * 2.66 * 75 = 133, all exact in binary,
# so ucl 299.5, lcl -99.5, upper band 233, lower band -33.
WIDE = Limits.of(100, 75, 20)

# Baseline [9, 11, 9, 11]: mean 40 / 4 = 10; moving ranges 2, 2, 2, so mr_bar 2;
# ucl 10 + 5.32 = 15.32, lcl 4.68; band 10 ± 3.5467 (13.5467 and 6.4533).
BASE = [9, 11, 9, 11]

# Baseline 4, then: 16 above the ucl; 10 on the mean; 4 below the lcl; 10; a run of
# seven above (10.5/11); 10; 14 and 14 beyond the upper band with 12 between them;
# 10; a falling trend 13..7 crossing the mean (no run, nothing beyond the band); 7.5.
MIXED = BASE + [16, 10, 4, 10, 10.5, 11, 10.5, 11, 10.5, 11, 10.5, 10, 14, 12, 14, 10,
                13, 12, 11, 10, 9, 8, 7, 7.5]
MIXED_SIGNALS = (
    [()] * 4 + [("outside-limits",), (), ("outside-limits",), ()] + [("run",)] * 7
    + [(), ("two-of-three",), (), ("two-of-three",), ()] + [("trend",)] * 7 + [()]
)


# Limits


def test_moving_ranges_are_absolute_differences_of_neighbours():
    assert moving_ranges([3, 1, 4, 4]) == [2, 3, 0]


def test_limits_worked_by_hand():
    # mean 60 / 5 = 12; moving ranges 2, 1, 4, 3, mr_bar 10 / 4 = 2.5;
    # 2.66 * 2.5 = 6.65: ucl 18.65, lcl 5.35; (2/3) * 6.65 = 4.4333: bands 16.4333, 7.5667.
    lim = limits([10, 12, 11, 15, 12])
    assert lim.mean == 12
    assert lim.mr_bar == 2.5
    assert lim.ucl == pytest.approx(18.65)
    assert lim.lcl == pytest.approx(5.35)
    assert lim.upper_band == pytest.approx(16.433333333)
    assert lim.lower_band == pytest.approx(7.566666667)
    assert lim.points_used == 5
    assert lim.provisional


def test_limits_of_a_mean_and_mr_bar():
    assert (WIDE.ucl, WIDE.lcl, WIDE.upper_band, WIDE.lower_band) == (299.5, -99.5, 233, -33)


def test_limits_need_a_point():
    with pytest.raises(ValueError, match="at least 2 points"):
        limits([])


def test_a_single_value_has_its_mean_and_no_limits():
    lim = limits([5])
    assert (lim.mean, lim.ucl, lim.lcl, lim.upper_band, lim.lower_band, lim.points_used) == (5, None, None, None,
                                                                                           None, 1)
    assert not lim.known and lim.provisional


def test_screening_drops_a_moving_range_above_3_267_times_the_mean():
    # Moving ranges: eight of 1, then 30 (10 -> 40). Mean 38 / 9 = 4.222; 3.267 * 4.222 = 13.79,
    # so 30 is dropped and mr_bar is 8 / 8 = 1. Unscreened it stays 38 / 9.
    values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 40]
    assert mean_moving_range(values) == pytest.approx(38 / 9)
    assert mean_moving_range(values, screen=True) == 1
    # The mean is not screened: (5 * 10 + 4 * 11 + 40) / 10 = 13.4; ucl 13.4 + 2.66 = 16.06.
    screened = limits(values, screen=True)
    assert screened.mean == pytest.approx(13.4)
    assert screened.ucl == pytest.approx(16.06)


def test_screening_threshold_is_3_267_times_the_mean_moving_range():
    # Nine ranges of 1, then 4.3: mean 13.3 / 10 = 1.33, threshold 3.267 * 1.33 = 4.345: kept.
    assert mean_moving_range([0, 1] * 5 + [5.3], screen=True) == pytest.approx(1.33)
    # Nine ranges of 1, then 4.4: mean 1.34, threshold 4.378: dropped, mr_bar 9 / 9 = 1.
    assert mean_moving_range([0, 1] * 5 + [5.4], screen=True) == 1


def test_screening_keeps_ranges_when_none_is_wild():
    # Ranges 2, 1, 4, 3 (mean 2.5; 3.267 * 2.5 = 8.17): none dropped.
    assert mean_moving_range([10, 12, 11, 15, 12], screen=True) == 2.5


@pytest.mark.parametrize(("used", "provisional"), [(2, True), (14, True), (15, False), (40, False)])
def test_limits_are_provisional_below_15_points(used, provisional):
    assert Limits.of(0, 1, used).provisional is provisional


# Outside limits


def test_outside_limits_is_strict_on_both_sides():
    # ucl 299.5, lcl -99.5: a point exactly on a limit is inside.
    assert outside_limits([299.5, 299.6, -99.5, -99.6, 100], WIDE) == [False, True, False, True, False]


def test_a_point_on_a_limit_is_inside_though_float_arithmetic_lands_short_of_it():
    # 20 points summing to -16: mean -0.8. Moving ranges sum to 20 over 19: mr_bar 20/19, and
    # 2.66 * 20/19 = 2.8 exactly, so the upper limit is -0.8 + 2.8 = 2 (in binary floats
    # 1.9999999999999998). The two points of 2 sit on the limit: no signal.
    values = [0, -2, -3, -4, -3, -3, -2, -1, -2, -1, 0, 1, 2, 1, -1, 0, 0, -1, 1, 2]
    result = analyse(series(values), "decrease")
    assert (result.latest.limits.mean, result.latest.limits.ucl) == (-0.8, 2)
    assert [point.signals for point in result.points if point.value == 2] == [(), ()]
    assert result.variation == "common"


def test_a_mean_of_exactly_zero_puts_points_of_zero_on_it():
    # The values sum to 0 in decimals (-0.8 - 0.9 - 0.2 + 0.9 + 0.1 + 0.2 + 0.1 + 0.3 + 0.2 + 0.1 = 0),
    # though not in binary floats: the mean is 0, the three 0.0 points sit on it, and no run
    # of 7 on one side forms (the nine points from the fifth are 0.1, 0, 0.2, 0, 0.1, 0.3, 0, 0.2, 0.1).
    values = [-0.8, -0.9, -0.2, 0.9, 0.1, 0.0, 0.2, 0.0, 0.1, 0.3, 0.0, 0.2, 0.1]
    result = analyse(series(values), "increase")
    assert result.latest.limits.mean == 0
    assert not any("run" in point.signals for point in result.points)


# Runs


def test_six_points_on_one_side_are_no_run():
    assert runs([1] * 6, 0) == [False] * 6


def test_seven_points_on_one_side_are_a_run():
    assert runs([1] * 7, 0) == [True] * 7
    assert runs([-3] * 7, 0) == [True] * 7


def test_a_run_marks_only_its_own_points():
    assert runs([-1, 1, 1, 1, 1, 1, 1, 1, -1], 0) == [False] + [True] * 7 + [False]


def test_a_point_on_the_mean_breaks_a_run():
    # 3 above, one on the mean, 4 above: neither part reaches 7.
    assert runs([1, 1, 1, 0, 1, 1, 1, 1], 0) == [False] * 8
    assert runs([1] * 7 + [0], 0) == [True] * 7 + [False]


def test_runs_above_and_below_that_adjoin_are_both_runs():
    assert runs([2] * 7 + [-2] * 7, 0) == [True] * 14


def test_run_length_can_be_changed():
    assert runs([1] * 8, 0, length=9) == [False] * 8


# Trends


def test_five_increases_are_no_trend():
    assert trends([1, 2, 3, 4, 5, 6]) == [0] * 6


def test_six_increases_are_a_trend_including_the_first_point():
    assert trends([1, 2, 3, 4, 5, 6, 7]) == [1] * 7


def test_six_decreases_are_a_falling_trend():
    assert trends([7, 6, 5, 4, 3, 2, 1]) == [-1] * 7


def test_a_trend_marks_only_its_own_points():
    # 5 -> 1 is a decrease, so the trend starts at 1.
    assert trends([5, 1, 2, 3, 4, 5, 6, 7, 7]) == [0] + [1] * 7 + [0]


def test_a_tie_breaks_a_trend():
    # 1 2 3 3 4 5 6 7: the steps either side of the tie are 2 and 5 increases.
    assert trends([1, 2, 3, 3, 4, 5, 6, 7]) == [0] * 8
    # Seven points then a tie: the trend stands, the tied point is not part of it.
    assert trends([1, 2, 3, 4, 5, 6, 7, 7]) == [1] * 7 + [0]


def test_the_turning_point_takes_the_direction_of_the_trend_that_starts_there():
    # 1..7 rises (points 0-6), 7..1 falls (points 6-12): point 6 is in both.
    assert trends([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1]) == [1] * 6 + [-1] * 7


def test_trend_length_can_be_changed():
    assert trends([1, 2, 3, 4, 5], length=5) == [1] * 5


# Two of three (NHSRplotthedots' rule, the contract's from 2026-12-04)


def test_near_a_limit_is_beyond_the_band_but_inside_the_limits():
    # WIDE: band 233 / -33, limits 299.5 / -99.5; on the band or beyond a limit is not near.
    assert near_limits([233, 234, 299.5, 299.6, -33, -34, -99.5, -99.6, 100], WIDE) == [
        0, 1, 1, 0, 0, -1, -1, 0, 0]


def test_two_near_the_limit_in_three_on_one_side_flag_those_two_not_the_one_between():
    # 234 and 234 near the upper limit; 101 between them, just above the mean.
    assert two_of_three([234, 101, 234], WIDE) == [True, False, True]


def test_any_two_of_the_three_will_do():
    # NHSRplotthedots' own cases: (1, 0, 1), (0, 1, 1) and (1, 1, 0) near, all above.
    assert two_of_three([234, 101, 234], WIDE) == [True, False, True]
    assert two_of_three([101, 234, 234], WIDE) == [False, True, True]
    assert two_of_three([234, 234, 101], WIDE) == [True, True, False]


def test_the_third_point_must_be_on_the_same_side_of_the_mean():
    # 99 is below the mean (100): no window of three lies on one side.
    assert two_of_three([234, 99, 234], WIDE) == [False] * 3
    assert two_of_three([234, 234, 99], WIDE) == [False] * 3


def test_a_point_on_the_mean_is_on_neither_side():
    assert two_of_three([234, 234, 100], WIDE) == [False] * 3


def test_two_near_the_limit_three_apart_are_no_signal():
    assert two_of_three([234, 101, 101, 234], WIDE) == [False] * 4


def test_a_point_exactly_on_the_band_is_not_near_the_limit():
    assert two_of_three([233, 234, 233], WIDE) == [False] * 3
    assert two_of_three([-33, -34, -33], WIDE) == [False] * 3


def test_two_of_three_below():
    assert two_of_three([-34, -34, 99], WIDE) == [True, True, False]


def test_points_beyond_a_limit_do_not_count():
    # 300 is above the ucl (299.5): outside the limits, not near them; with one near
    # point beside it there are not two near points in the window.
    assert two_of_three([300, 234, 101], WIDE) == [False] * 3
    assert two_of_three([300, 234, 234], WIDE) == [False, True, True]
    # A point exactly on the limit is inside it, and so near it.
    assert two_of_three([299.5, 234, 101], WIDE) == [True, True, False]


def test_every_near_point_of_overlapping_windows_is_flagged():
    # NHSRplotthedots' case (0, 0, 1, 0, 1, 0, 0) near, all above: the two flagged.
    assert two_of_three([101, 101, 234, 101, 234, 101, 101], WIDE) == [False, False, True, False, True,
                                                                       False, False]
    # (0, 0, 1, 1, 0, 0, 0): two windows hold them both.
    assert two_of_three([101, 101, 234, 234, 101, 101, 101], WIDE) == [False, False, True, True, False,
                                                                       False, False]


def test_two_of_three_needs_three_points():
    assert two_of_three([234], WIDE) == [False]
    assert two_of_three([234, 234], WIDE) == [False, False]


def test_each_point_may_have_its_own_band():
    # Two points' limits (a p or u chart): the second point's band is lower, so 150 is near it.
    tight = Limits(100, 160, 40, 140, 60, 20)
    assert two_of_three([150, 150, 150], [WIDE, tight, tight]) == [False, True, True]


# Direction and variation of a point


@pytest.mark.parametrize("improvement", ["increase", "decrease", "neutral"])
def test_no_signal_is_common_cause(improvement):
    assert point_variation((), 1, 0, improvement) == "common"


@pytest.mark.parametrize(
    ("signals", "side", "trend", "improvement", "expected"),
    [
        (("run",), 1, 0, "increase", "improvement"),
        (("run",), -1, 0, "increase", "concern"),
        (("run",), -1, 0, "decrease", "improvement"),
        (("outside-limits",), 1, 0, "decrease", "concern"),
        (("two-of-three",), -1, 0, "neutral", "neutral"),
        (("trend",), -1, 1, "increase", "improvement"),
        (("trend",), 1, -1, "increase", "concern"),
        (("trend",), 1, -1, "decrease", "improvement"),
        (("trend",), 0, 1, "decrease", "concern"),
        (("trend",), 0, 1, "neutral", "neutral"),
        # Signals disagree: NHSRplotthedots' order decides, outside-limits, trend,
        # two-of-three, run.
        (("run", "trend"), -1, 1, "increase", "improvement"),
        (("outside-limits", "trend"), 1, -1, "increase", "improvement"),
        (("trend", "two-of-three"), -1, 1, "decrease", "concern"),
        (("run", "two-of-three"), 1, 0, "decrease", "concern"),
    ],
)
def test_point_variation(signals, side, trend, improvement, expected):
    assert point_variation(signals, side, trend, improvement) == expected


def test_a_points_direction_is_that_of_its_first_signal_in_nhsrplotthedots_order():
    assert point_direction((), 1, 1) == 0
    assert point_direction(("run", "trend"), -1, 1) == 1
    assert point_direction(("outside-limits", "run", "trend"), -1, 1) == -1
    assert point_direction(("run", "two-of-three"), 1, 0) == 1


# Assurance


@pytest.mark.parametrize(
    ("target", "improvement", "expected"),
    [
        # ucl 299.5, lcl -99.5
        (-100, "increase", "pass"),
        (-99.5, "increase", "pass"),
        (100, "increase", "hit-and-miss"),
        (299.5, "increase", "fail"),
        (300, "increase", "fail"),
        (300, "decrease", "pass"),
        (299.5, "decrease", "pass"),
        (100, "decrease", "hit-and-miss"),
        (-99.5, "decrease", "fail"),
        (-100, "decrease", "fail"),
        (100, "neutral", None),
        (None, "increase", None),
        (None, "decrease", None),
    ],
)
def test_assurance(target, improvement, expected):
    assert assurance(WIDE, target, improvement) == expected


@pytest.mark.parametrize("improvement", ["increase", "decrease"])
def test_assurance_checks_pass_before_fail_when_the_limits_meet(improvement):
    # mr_bar 0: ucl = lcl = 5 = target, so both pass and fail hold; pass wins.
    assert assurance(Limits.of(5, 0, 20), 5, improvement) == "pass"


# Segments


DATES = [month(index) for index in range(6)]  # 1 January .. 1 June 2024


@pytest.mark.parametrize(
    ("rebase", "expected"),
    [
        ([], [0]),
        ([dt.date(2024, 3, 1)], [0, 2]),
        ([dt.date(2024, 2, 15)], [0, 2]),  # the first point on or after it: 1 March
        ([dt.date(2024, 1, 1)], [0]),
        ([dt.date(2023, 6, 1)], [0]),
        ([dt.date(2024, 7, 1)], [0]),  # after the last point: starts nothing yet
        ([dt.date(2024, 5, 1), dt.date(2024, 3, 1), dt.date(2024, 2, 15)], [0, 2, 4]),
    ],
)
def test_segment_starts(rebase, expected):
    assert list(segment_starts(DATES, rebase)) == expected


# Whole analyses


@pytest.mark.parametrize(
    ("improvement", "above", "below", "falling"),
    [
        ("increase", "improvement", "concern", "concern"),
        ("decrease", "concern", "improvement", "improvement"),
        ("neutral", "neutral", "neutral", "neutral"),
    ],
)
def test_every_rule_in_one_series(improvement, above, below, falling):
    result = analyse(series(MIXED), improvement, baseline=4)
    (segment,) = result.segments
    assert (segment.limits.mean, segment.limits.mr_bar, segment.limits.points_used) == (10, 2, 4)
    assert segment.limits.ucl == pytest.approx(15.32)
    assert segment.limits.lcl == pytest.approx(4.68)
    assert [point.signals for point in segment.points] == MIXED_SIGNALS
    variations = [point.variation for point in segment.points]
    assert variations == (
        ["common"] * 4 + [above, "common", below, "common"] + [above] * 7
        + ["common", above, "common", above, "common"] + [falling] * 7 + ["common"]
    )
    assert result.variation == "common"  # the last point, 7.5, has no signal


def test_a_point_carries_every_signal_it_meets_in_order():
    # Baseline [0.5, -0.5, 0.5, -0.5]: mean 0, mr_bar 1, ucl 2.66, upper band 1.7733.
    # Then 1..7: -0.5 -> 7 rises 7 times (trend from point 3); 1..7 is a run of 7 above;
    # only 2 lies between band and limit (near it), so no two-of-three; 3..7 are above the ucl.
    values = [0.5, -0.5, 0.5, -0.5, 1, 2, 3, 4, 5, 6, 7]
    result = analyse(series(values), "increase", baseline=4)
    assert [point.signals for point in result.points] == (
        [(), (), (), ("trend",)] + [("run", "trend")] * 2 + [("outside-limits", "run", "trend")] * 5
    )
    # Point 3 is below the mean but only in a rising trend: improvement for an increase.
    assert [point.variation for point in result.points] == ["common"] * 3 + ["improvement"] * 8
    falling = analyse(series(values), "decrease", baseline=4)
    assert [point.variation for point in falling.points] == ["common"] * 3 + ["concern"] * 8
    assert falling.variation == "concern"
    assert [point.direction for point in result.points] == [0] * 3 + [1] * 8
    assert [point.trend for point in result.points] == [0] * 3 + [1] * 8


def test_the_trend_decides_when_a_run_and_a_trend_disagree():
    # Baseline mean 10, mr_bar 2 (upper band 13.5467); then 10 on the mean, then
    # 13 falling to 10.25: seven points above the mean that are also a falling trend.
    # NHSRplotthedots ranks the trend above the run: a fall, concern for an increase.
    values = BASE + [10, 13, 12.5, 12, 11.5, 11, 10.5, 10.25]
    result = analyse(series(values), "increase", baseline=4)
    assert [point.signals for point in result.points] == [()] * 5 + [("run", "trend")] * 7
    assert [point.variation for point in result.points] == ["common"] * 5 + ["concern"] * 7
    assert [point.direction for point in result.points] == [0] * 5 + [-1] * 7
    assert result.variation == "concern"


def test_run_and_trend_lengths_come_from_the_rules():
    # Mean of [1, 2, 3, 4, 5, 6, 7, 8, 20, 20, 20, 20, 20, 20] is 162 / 14; 1..8 rise:
    # 8 points (a trend of 6 or 7, not 8); the six 20s are above the mean, the eight
    # before below it: a run of 6 above (rule 6 only) and of 8 below (any rule).
    values = [1, 2, 3, 4, 5, 6, 7, 8, 20, 20, 20, 20, 20, 20]
    six = analyse(series(values), "increase", rules=Rules(run_length=6, trend_length=6))
    assert ["run" in point.signals for point in six.points] == [True] * 14
    eight = analyse(series(values), "increase", rules=Rules(run_length=8, trend_length=7))
    assert ["run" in point.signals for point in eight.points] == [True] * 8 + [False] * 6
    # 8 -> 20 is a ninth rising point: 1..20 is a trend of 9 points, whatever the length.
    assert ["trend" in point.signals for point in eight.points] == [True] * 9 + [False] * 5
    assert eight.rules == Rules(8, 7)
    short = analyse(series([5, 1, 2, 3, 4, 5, 6, 2]), "increase", rules=Rules(trend_length=6))
    assert ["trend" in point.signals for point in short.points] == [False] + [True] * 6 + [False]
    assert not any("trend" in point.signals for point in analyse(series([5, 1, 2, 3, 4, 5, 6, 2]),
                                                                    "increase").points)


def test_a_short_series_has_no_run_and_no_trend():
    # Six rising points: five increases; mean 3.5, mr_bar 1, limits 0.84 and 6.16.
    result = analyse(series([1, 2, 3, 4, 5, 6]), "increase")
    assert [point.signals for point in result.points] == [()] * 6
    assert result.variation == "common"


def test_limits_use_every_point_without_a_baseline():
    # mean 12, mr_bar 2.5 (see test_limits_worked_by_hand); ucl 18.65, lcl 5.35.
    result = analyse(series([10, 12, 11, 15, 12]), "increase", target=20)
    assert (result.latest.limits.mean, result.latest.limits.points_used) == (12, 5)
    assert result.assurance == "fail"  # 20 >= 18.65
    assert analyse(series([10, 12, 11, 15, 12]), "increase", target=5).assurance == "pass"  # 5 <= 5.35
    assert analyse(series([10, 12, 11, 15, 12]), "increase", target=12).assurance == "hit-and-miss"
    assert analyse(series([10, 12, 11, 15, 12]), "neutral", target=12).assurance is None


def test_a_baseline_longer_than_the_segment_uses_the_whole_segment():
    assert analyse(series([10, 12, 11, 15, 12]), "increase", baseline=10).latest.limits.points_used == 5


def test_the_baseline_fixes_the_limits_for_the_points_after_it():
    # Baseline [9, 11, 9, 11]: mean 10, ucl 15.32; the later 30 is outside and does not move them.
    result = analyse(series(BASE + [30]), "increase", baseline=4)
    assert result.latest.limits.mean == 10
    assert result.points[-1].signals == ("outside-limits",)


@pytest.mark.parametrize(("count", "baseline", "provisional"), [
    (14, None, True), (15, None, False), (20, 14, True), (20, 15, False),
])
def test_provisional_limits(count, baseline, provisional):
    values = [10, 12] * 10
    result = analyse(series(values[:count]), "increase", baseline=baseline)
    assert result.latest.limits.provisional is provisional


def test_rebasing_gives_each_segment_its_own_limits_and_rules():
    # One segment: 1..8 is a rising trend of 8 points; mean 4.5, mr_bar 1, so limits
    # 1.84 and 7.16 (1 and 8 outside) and bands 2.7267 and 6.2733: only 2 and 7 are near
    # a limit, one in each window of three on a side, so no two-of-three.
    whole = analyse(series([1, 2, 3, 4, 5, 6, 7, 8]), "increase")
    assert whole.latest.limits.mean == 4.5
    ends = ("outside-limits", "trend")
    assert [point.signals for point in whole.points] == [ends] + [("trend",)] * 6 + [ends]
    # Rebased at the fifth point (1 May 2024): [1, 2, 3, 4] and [5, 6, 7, 8], four rising
    # points each, so no trend; means 2.5 and 6.5; mr_bar 1 each (the 4 -> 5 step belongs to neither).
    split = analyse(series([1, 2, 3, 4, 5, 6, 7, 8]), "increase", rebase=[dt.date(2024, 5, 1)])
    assert [segment.start for segment in split.segments] == [month(0), month(4)]
    assert [segment.limits.mean for segment in split.segments] == [2.5, 6.5]
    assert [segment.limits.mr_bar for segment in split.segments] == [1, 1]
    assert [point.signals for point in split.points] == [()] * 8
    assert [point.date for point in split.points] == [month(index) for index in range(8)]


def test_moving_ranges_never_cross_a_rebase():
    # [9, 11, 9, 11] then [20, 24, 20, 24, 22]: the 11 -> 20 step is in neither segment.
    # Second segment: mean 110 / 5 = 22; ranges 4, 4, 4, 2, mr_bar 3.5; 2.66 * 3.5 = 9.31,
    # so ucl 31.31, lcl 12.69.
    result = analyse(series(BASE + [20, 24, 20, 24, 22]), "increase", rebase=[month(4)], target=12)
    first, second = result.segments
    assert (first.limits.mean, first.limits.mr_bar) == (10, 2)
    assert (second.limits.mean, second.limits.mr_bar) == (22, 3.5)
    assert second.limits.lcl == pytest.approx(12.69)
    # Assurance on the latest limits: 12 <= 12.69 passes (on the first it would be hit-and-miss).
    assert result.assurance == "pass"
    assert result.latest is second


def test_the_baseline_applies_to_each_segment():
    # [9, 11, 9, 11, 30]: baseline mean 10, mr_bar 2, ucl 15.32: 30 is above.
    # [20, 24, 20, 24, 0]: baseline mean 22, mr_bar 4, lcl 22 - 10.64 = 11.36: 0 is below.
    result = analyse(series(BASE + [30, 20, 24, 20, 24, 0]), "decrease", baseline=4, rebase=[month(5)])
    assert [segment.limits.mean for segment in result.segments] == [10, 22]
    assert [segment.limits.points_used for segment in result.segments] == [4, 4]
    assert [point.signals for point in result.points] == (
        [()] * 4 + [("outside-limits",)] + [()] * 4 + [("outside-limits",)]
    )
    assert [result.points[4].variation, result.points[9].variation] == ["concern", "improvement"]
    assert result.variation == "improvement"


# Refusals


@pytest.mark.parametrize(
    ("points", "options", "message"),
    [
        ([], {}, "needs points"),
        (series([1, 2, 3]), {"baseline": 1}, "baseline needs at least 2"),
        ([(month(1), 1), (month(0), 2)], {}, "strictly increasing"),
        ([(month(0), 1), (month(0), 2)], {}, "strictly increasing"),
        (series([1, 2]), {"improvement": "up"}, "increase, decrease or neutral"),
        (series([1, 2]), {"chart": "c"}, "chart must be xmr, p or u"),
        (series([1, 2]), {"rules": Rules(run_length=5)}, "run_length must be 6, 7 or 8"),
        (series([1, 2]), {"rules": Rules(trend_length=8)}, "trend_length 6 or 7"),
        ([(month(0), 1, 0), (month(1), 1, 2)], {"chart": "u"}, "every denominator must be above 0"),
        ([(month(0), 3, 2), (month(1), 1, 2)], {"chart": "p"}, "no more than the denominator"),
    ],
)
def test_refuses(points, options, message):
    options = {"improvement": "increase", **options}
    with pytest.raises(ValueError, match=message):
        analyse(points, **options)


# A segment of a single point: a measure's first value, or a rebase on its latest date.


def test_a_single_point_is_charted_with_its_mean_and_no_limits():
    result = analyse(series([7]), "increase", target=5)
    [segment] = result.segments
    lim = segment.limits
    assert (lim.mean, lim.ucl, lim.lcl, lim.provisional) == (7, None, None, True)
    assert [(point.value, point.signals, point.variation) for point in result.points] == [(7, (), "common")]
    assert (result.variation, result.assurance) == ("common", None)  # no limits: nothing to assure against


def test_a_rebase_on_the_latest_point_starts_a_segment_without_limits():
    # Before it: 1, 2, 3, mean 2, moving ranges 1 and 1, limits 2 ± 2.66. After it: 40 alone.
    result = analyse(series([1, 2, 3, 40]), "increase", rebase=[month(3)])
    first, latest = result.segments
    assert (first.limits.mean, first.limits.ucl, first.limits.lcl) == (2, pytest.approx(4.66), pytest.approx(-0.66))
    assert (latest.start, latest.limits.mean, latest.limits.ucl, latest.limits.lcl) == (month(3), 40, None, None)
    assert result.points[-1].signals == () and result.variation == "common"


def test_a_one_point_segment_of_a_p_chart_has_its_own_limits():
    # p = 10 / 100 = 0.1; σ = √(0.1 × 0.9 / 100) = 0.03: limits 0.01 and 0.19 (a p chart needs no moving range).
    result = analyse([(month(0), 12, 100), (month(1), 8, 100), (month(2), 10, 100)], "decrease", chart="p",
                     rebase=[month(2)])
    lim = result.latest.limits
    assert (lim.mean, lim.lcl, lim.ucl) == (pytest.approx(0.1), pytest.approx(0.01), pytest.approx(0.19))
