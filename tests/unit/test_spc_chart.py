"""XmR chart geometry (macros/render/xmr_chart.py) and the SVG drawn from it.

The series are made by hand so that their statistics are known: the
comments work out means and limits; nothing expected is taken from the
code under test.
"""

import datetime as dt
import math
import re
from pathlib import Path

import pytest
from support.html import Page

from macros.analysis.spc import analyse
from macros.data.models.measures import Measure
from macros.render.measures import render_measure
from macros.render.xmr_chart import Label, month_starts, spread, xmr_chart


def month(index: int, day: int = 1) -> dt.date:
    """The first of each month from January 2024."""
    return dt.date(2024 + index // 12, index % 12 + 1, day)


def series(values, start: int = 0):
    return [(month(start + index), value) for index, value in enumerate(values)]


# Baseline 4 of [9, 11, 9, 11]: mean 10, moving ranges 2, 2, 2 so mr_bar 2;
# limits 10 ± 5.32 = 4.68 and 15.32. Then 16 (above the upper limit, improvement
# for "increase"), 10, 4 (below the lower limit, concern), 10, 12.
SIGNALLED = [9, 11, 9, 11, 16, 10, 4, 10, 12]
# Two segments: [10, 12, 10, 12, 10, 12] has mean 11 and mr_bar 2 (limits 5.68, 16.32);
# from July 2024 [30, 32, 30, 32, 30, 32], mean 31, mr_bar 2 (limits 25.68, 36.32).
REBASED = [10, 12, 10, 12, 10, 12, 30, 32, 30, 32, 30, 32]


def chart_of(values, target=None, **options):
    return xmr_chart(analyse(series(values), "increase", target, **options), target)


# Geometry


def test_points_run_left_to_right_in_date_order_on_a_time_scale():
    # January, February, then April: the gap of a missing month stays visible.
    # 1 Jan to 1 Feb is 31 days, 1 Feb to 1 Apr 60 days (2024 is a leap year).
    points = [(dt.date(2024, 1, 1), 5), (dt.date(2024, 2, 1), 7), (dt.date(2024, 4, 1), 6)]
    chart = xmr_chart(analyse(points, "increase"))
    xs = [point.x for point in chart.points]
    assert [point.date for point in chart.points] == [date for date, _ in points]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert (xs[2] - xs[1]) / (xs[1] - xs[0]) == pytest.approx(60 / 31)
    assert chart.left <= xs[0] and xs[-1] <= chart.right


def test_higher_values_are_drawn_higher():
    chart = chart_of(SIGNALLED)
    for a in chart.points:
        for b in chart.points:
            if a.value > b.value:
                assert a.y < b.y   # SVG y grows downwards
            elif a.value == b.value:
                assert a.y == pytest.approx(b.y)


def test_value_scale_covers_values_limits_and_target_with_round_ticks():
    # Limits 4.68 and 15.32 lie outside the values' own range only with 4 and 16;
    # a target of 25 reaches well above everything.
    chart = chart_of(SIGNALLED, target=25, baseline=4)
    ticks = [float(tick.label.replace(",", "")) for tick in chart.y_ticks]
    assert ticks == sorted(ticks)
    assert ticks[0] <= 4 and ticks[-1] >= 25
    steps = {round(after - before, 9) for before, after in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1, "ticks are evenly spaced"
    step = steps.pop()
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 9) in (1, 2, 5), f"step {step} is not a round number"
    assert all(round(tick / step, 9).is_integer() for tick in ticks)
    # Everything drawn lies between the top and bottom of the plot.
    ys = [point.y for point in chart.points] + [chart.target.y]
    ys += [level.y for segment in chart.segments for level in (segment.mean, segment.upper, segment.lower)]
    assert all(chart.top <= y <= chart.bottom for y in ys)
    # Tick positions agree with point positions: the tick at 10 is level with the points of value 10.
    ten = next(tick for tick in chart.y_ticks if float(tick.label) == 10)
    assert ten.y == pytest.approx(next(p.y for p in chart.points if p.value == 10))


def test_a_flat_series_still_gets_a_scale_around_its_value():
    chart = chart_of([5, 5, 5])   # no spread: mean 5, limits 5 and 5
    ticks = [float(tick.label) for tick in chart.y_ticks]
    assert ticks[0] < 5 < ticks[-1]
    assert len({point.y for point in chart.points}) == 1


def test_mean_and_limit_lines_span_their_own_segment_only():
    chart = xmr_chart(analyse(series(REBASED), "increase", rebase=[month(6)]))
    first, second = chart.segments
    xs = [point.x for point in chart.points]
    for segment, (start, end) in ((first, (0, 5)), (second, (6, 11))):
        for level in (segment.mean, segment.upper, segment.lower):
            assert (level.x1, level.x2) == (xs[start], xs[end])
    # A visible break at the rebase: the second segment's lines start after the first's end.
    assert second.mean.x1 > first.mean.x2
    assert (first.start, first.end, second.start, second.end) == (month(0), month(5), month(6), month(11))
    # Each segment at its own level: mean 11 then 31, higher drawn higher.
    assert second.mean.y < first.mean.y
    assert first.upper.y < first.mean.y < first.lower.y
    assert first.mean.value == pytest.approx(11) and second.mean.value == pytest.approx(31)


def test_the_target_line_is_there_only_with_a_target():
    without = chart_of(SIGNALLED)
    assert without.target is None
    assert "target" not in {label.kind for label in without.labels}
    chart = chart_of(SIGNALLED, target=13)
    assert chart.target is not None and chart.target.value == 13
    assert chart.target.x1 == chart.left and chart.target.x2 == chart.right
    # 13 lies between the values 12 and 16.
    ys = {point.value: point.y for point in chart.points}
    assert ys[16] < chart.target.y < ys[12]
    assert "target" in {label.kind for label in chart.labels}


def test_line_labels_name_the_latest_segments_lines_without_overlapping():
    chart = chart_of(SIGNALLED, target=10, baseline=4)   # the target sits on the mean
    kinds = {label.kind for label in chart.labels}
    assert kinds == {"upper", "mean", "lower", "target"}
    ys = sorted(label.y for label in chart.labels)
    assert all(after - before >= 12 for before, after in zip(ys, ys[1:], strict=False))
    # Crowded labels near the bottom are pushed apart and stay inside the plot.
    crowded = spread([Label(kind, 200.0, 0.0) for kind in ("a", "b", "c")], top=20, bottom=205)
    placed = [label.y for label in crowded]
    assert all(20 <= y <= 205 for y in placed)
    assert all(after - before >= 12 for before, after in zip(placed, placed[1:], strict=False))


def test_date_ticks_are_month_starts_thinned_to_fit():
    # 48 months cannot each have a label on a 720-wide chart.
    chart = chart_of([10 + (index % 3) for index in range(48)])
    dates = [tick.date for tick in chart.x_ticks]
    assert 3 <= len(dates) <= 10
    assert all(date.day == 1 for date in dates)
    assert month(0) <= dates[0] and dates[-1] <= month(47)
    gaps = {(after.year - before.year) * 12 + after.month - before.month
            for before, after in zip(dates, dates[1:], strict=False)}
    assert len(gaps) == 1 and gaps.pop() > 1, "evenly thinned"
    xs = [tick.x for tick in chart.x_ticks]
    assert xs == sorted(xs)
    # Six months: every month has its label.
    short = chart_of([10, 12, 11, 13, 12, 11])
    assert [tick.date for tick in short.x_ticks] == [month(index) for index in range(6)]


def test_month_starts_begin_at_the_first_whole_month():
    assert month_starts(dt.date(2024, 1, 15), dt.date(2024, 4, 1)) == [
        dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1)]
    assert month_starts(dt.date(2024, 11, 1), dt.date(2025, 1, 31)) == [
        dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 1)]


# The SVG


def page_of(measure: Measure) -> str:
    points = [(point.date, point.value) for point in measure.points]
    analysis = analyse(points, measure.improvement, measure.target, measure.baseline, measure.rebase)
    return render_measure(measure, analysis, "data.csv", [])


def measure(values, **fields) -> Measure:
    points = [{"date": date, "value": value} for date, value in series(values)]
    return Measure(**{"title": "Falls", "improvement": "increase", "points": points, **fields})


def svg_of(html: str) -> str:
    return re.search(r"<svg class=\"ogic-xmr__svg\".*?</svg>", html, re.S).group(0)


def test_the_svg_is_an_image_with_a_title_stating_the_message_and_a_description():
    html = page_of(measure(SIGNALLED, unit="patients", baseline=4, target=3))
    svg = Page(svg_of(html))
    root = svg.elements[0][1]
    assert root["role"] == "img"
    title_id, desc_id = root["aria-labelledby"].split()
    assert svg.find("title", id=title_id) and svg.find("desc", id=desc_id)
    title = Page(re.search(r"<title id=\"[^\"]+-title\">(.*?)</title>", html).group(1)).text
    # The latest point, 12 (above the mean of 10 but inside the limits), has no signal.
    assert title == "Falls: common cause variation, latest 12 patients (September 2024)"
    desc = Page(re.search(r"<desc[^>]*>(.*?)</desc>", html, re.S).group(1)).text
    assert "9 points, from January to September 2024" in desc
    # Whole-number values: the mean and limits get one decimal (4.68 and 15.32 rounded).
    mean = re.search(r"Mean (\d+\.\d), process limits 4\.7 to 15\.3", desc)
    assert mean and float(mean.group(1)) == 10
    assert "provisional" in desc and "4 points" in desc
    assert "Target 3 patients" in desc
    assert "One point above the upper process limit, in May 2024 (improvement)." in desc
    assert "One point below the lower process limit, in July 2024 (concern)." in desc


def test_lines_differ_by_dash_pattern_and_the_key_is_in_html():
    html = page_of(measure(SIGNALLED, baseline=4, target=13))
    page = Page(html)
    for kind in ("mean", "limit", "target"):
        assert page.find("line", **{"class": f"ogic-xmr__{kind}"}), kind
    key = re.search(r"<div class=\"ogic-xmr__key\">.*?</div>", html, re.S).group(0)
    key_text = Page(key).text
    for words in ("Mean", "process limits (dashed)", "Target", "Small circle: common cause",
                  "Triangle: special cause improvement", "Diamond: special cause concern"):
        assert words in key_text
    css = (Path(__file__).parents[2] / "overrides/assets/stylesheets/ogic.css").read_text(encoding="utf-8")
    dashes = {kind: re.search(rf"\.ogic-xmr__{kind} \{{[^}}]*\}}", css).group(0)
              for kind in ("mean", "limit", "target")}
    assert "dasharray" not in dashes["mean"]
    patterns = {re.search(r"stroke-dasharray: ([^;]+);", dashes[kind]).group(1) for kind in ("limit", "target")}
    assert len(patterns) == 2, "limits and target are dashed differently"


def marker_shapes(html: str) -> list[tuple[str, int]]:
    """Each point's marker: its element and, for a polygon, its number of corners."""
    elements = Page(svg_of(html)).elements
    shapes = []
    for index, (tag, attrs) in enumerate(elements):
        if tag == "g" and attrs.get("class") == "ogic-xmr__point":
            marker_tag, marker = elements[index + 1]
            corners = len(marker["points"].split()) if marker_tag == "polygon" else 0
            shapes.append((marker_tag, corners))
    return shapes


def test_marker_shape_tells_the_variation():
    # SIGNALLED for "increase": May 2024 (16) improvement, July 2024 (4) concern, the rest common.
    shapes = marker_shapes(page_of(measure(SIGNALLED, baseline=4)))
    assert len(shapes) == len(SIGNALLED)
    common, improvement, concern = shapes[0], shapes[4], shapes[6]
    assert common == ("circle", 0)
    assert improvement == ("polygon", 3)     # a triangle
    assert concern == ("polygon", 4)         # a diamond
    assert {shapes[index] for index in (0, 1, 2, 3, 5, 7, 8)} == {common}
    # A neutral measure marks the same two points with a square.
    neutral = marker_shapes(page_of(measure(SIGNALLED, baseline=4, improvement="neutral")))
    assert neutral[4] == neutral[6] == ("rect", 0)
    assert len({common, improvement, concern, neutral[4]}) == 4


def test_the_chart_requests_nothing_and_runs_no_script():
    html = page_of(measure(SIGNALLED, baseline=4, target=13))
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
