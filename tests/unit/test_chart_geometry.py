"""Chart geometry worked out at build time: bars in proportion, labels that wrap, round ticks.

Plain functions on numbers made up here; the built charts are checked in
tests/build/test_charts_in_pages.py.
"""

import itertools

import pytest

from macros.render.charts import CHAR_WIDTH, LABEL_CHARS, WIDTH, bar_chart, nice_step, range_chart


def test_bar_lengths_are_in_proportion_and_rows_do_not_overlap():
    chart = bar_chart("c", "t", "d", [("Group", [("A", 100, "100"), ("B", 50, "50"), ("C", 0, "0")])])
    bars = [row for row in chart.rows if not row.header]
    assert [row.display for row in bars] == ["100", "50", "0"]
    assert bars[1].bar_width == pytest.approx(bars[0].bar_width / 2)
    assert bars[2].bar_width == 0
    assert chart.ticks[0].label == "0" and chart.ticks[-1].x >= chart.plot_left + bars[0].bar_width
    assert all(a.y + a.height <= b.y for a, b in itertools.pairwise(chart.rows))


def test_long_labels_wrap_instead_of_running_off_the_chart():
    chart = range_chart("c", "t", "d", 2.1, 2.7, [("A component with a name long enough to need two lines", None,
                                                   "score to be agreed")], "band")
    row = chart.rows[-1]
    assert len(row.lines) == 2 and all(len(line) <= LABEL_CHARS for line in row.lines)
    assert row.bar_y >= row.y + 2 * 16  # the bar under both lines of its label


@pytest.mark.parametrize("chart", [
    bar_chart("c", "t", "d", [("Group", [("A", 3712, "3712"), ("B", 5, "+128 in addition")])]),
    range_chart("c", "t", "d", 2.1, 2.7, [("A", 2.9, "2.9"), ("B", None, "score to be agreed")], "band")])
def test_charts_are_a_phones_width_and_every_value_fits_inside(chart):
    assert chart.width == WIDTH <= 288  # a 320 px phone's column: drawn at its own size, text is not shrunk
    for row in chart.rows:
        if not row.header:
            assert row.value_x + CHAR_WIDTH * len(row.display) <= chart.width


def test_a_range_chart_draws_known_scores_as_bars_inside_the_band():
    chart = range_chart("c", "t", "d", 2.1, 2.7, [("A", 2.4, "2.4"), ("B", None, "score to be agreed")], "band")
    a, b = chart.rows[1:]
    assert chart.band[0] < chart.plot_left + a.bar_width < chart.band[1]
    assert b.bar_width == 0


@pytest.mark.parametrize("maximum, step", [(3700, 1000), (350, 100), (45, 20), (7, 2), (0, 1)])
def test_ticks_fall_on_round_numbers(maximum, step):
    assert nice_step(maximum) == step
