"""Signal stretches (macros/analysis/signal_stretches.py): one per change, worked out by hand."""

import datetime as dt

from macros.analysis.signal_stretches import analysis_stretches, latest_first, segment_stretches
from macros.analysis.spc import analyse


def month(index: int) -> dt.date:
    return dt.date(2024 + index // 12, index % 12 + 1, 1)


def stretches_of(values, improvement="increase", baseline=4):
    result = analyse([(month(i), v) for i, v in enumerate(values)], improvement, baseline=baseline)
    return segment_stretches(result.latest, improvement)


# Baseline [11, 9, 11, 9]: mean 10, limits 4.68 and 15.32, band 6.4533 and 13.5467; it ends
# below the mean, so nothing after it joins it in a run.
BASE = [11, 9, 11, 9]


def test_two_of_three_with_an_ordinary_point_between_is_one_stretch():
    # 14, 12, 14: near the upper limit, above the mean, near: one stretch of 3 points, 2 signalled.
    [stretch] = stretches_of(BASE + [14, 12, 14])
    assert (stretch.start, stretch.end, stretch.points) == (month(4), month(6), 3)
    assert stretch.rules == (("two-of-three", 2),) and stretch.variation == "improvement"
    assert (stretch.direction, stretch.side, stretch.latest) == (1, 1, True)


def test_signals_two_ordinary_points_apart_are_two_stretches():
    # 16 (above the upper limit), 10, 10, 16: two stretches; with one point between, one.
    assert len(stretches_of(BASE + [16, 10, 10, 16])) == 2
    [joined] = stretches_of(BASE + [16, 10, 16])
    assert joined.rules == (("outside-limits", 2),) and joined.points == 3


def test_signals_on_opposite_sides_are_separate_stretches_even_side_by_side():
    # 16 above the upper limit, then 4 below the lower one.
    high, low = stretches_of(BASE + [16, 4])
    assert (high.variation, low.variation) == ("improvement", "concern")
    assert (high.direction, low.direction) == (1, -1)


def test_a_run_with_a_point_beyond_the_limit_in_it_is_one_stretch_counting_each_rule():
    # Mean 10: seven points above it, the fourth (16) above the upper limit.
    [stretch] = stretches_of(BASE + [11, 12, 11, 16, 11, 12, 11])
    assert stretch.rules == (("outside-limits", 1), ("run", 7))
    assert stretch.main == "run" and stretch.points == 7


def test_the_issues_twenty_points_read_as_two_changes_not_twelve():
    # A 20-point series whose upper half sits near the upper limit most months: the old rules
    # gave a sentence per point; as stretches it is one change up and, later, one down.
    values = BASE + [14, 12, 14, 12.5, 14, 12, 14, 13, 14, 10, 10, 6, 8, 6, 9, 10]
    found = stretches_of(values)
    assert [(s.start, s.end, s.direction) for s in found] == [(month(4), month(12), 1), (month(15), month(17), -1)]


def test_latest_first_then_the_strongest():
    early, late = stretches_of(BASE + [16, 10, 10, 10, 4])
    assert latest_first([early, late]) == [late, early]
    result = analyse([(month(i), v) for i, v in enumerate(BASE + [16, 10, 10, 10, 4])], "increase", baseline=4)
    ((segment, ordered),) = analysis_stretches(result, "increase")
    assert segment is result.latest and ordered == [late, early]


def test_every_segment_has_its_own_stretches_latest_segment_first():
    result = analyse([(month(i), v) for i, v in enumerate(BASE + [16, 10] + BASE + [4, 10])], "increase",
                     baseline=4, rebase=[month(6)])
    (latest, [low]), (first, [high]) = analysis_stretches(result, "increase")
    assert latest is result.segments[1] and first is result.segments[0]
    assert (high.variation, low.variation) == ("improvement", "concern")


# A rise from below the mean to beyond the upper limit: 7, 7.5 ... 9.8 below the mean (a run of 7,
# none beyond the band at 6.4533), then 16 and 17 beyond the upper limit (so not two of three).
CROSSING = BASE + [7, 7.5, 8, 8.5, 9, 9.5, 9.8, 16, 17]


def test_each_signal_of_a_stretch_is_on_its_own_side_of_the_mean():
    stretch = stretches_of(CROSSING)[-1]  # the latest: months 4 to 12, a trend of 9 rising
    assert (stretch.start, stretch.end, stretch.variation) == (month(4), month(12), "improvement")
    assert stretch.lead == ("trend", 1, 9)
    assert set(stretch.parts) == {("trend", 1, 9), ("run", -1, 7), ("outside-limits", 1, 2)}
