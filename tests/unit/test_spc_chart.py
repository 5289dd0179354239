"""SPC chart geometry (macros/render/spc_chart.py) and the SVG drawn from it.

The series are made by hand so that their statistics are known: the
comments work out means and limits; nothing expected is taken from the
code under test. The last tests measure every label of many drawn charts
and find no two that overlap.
"""

import datetime as dt
import math
import random
import re
from pathlib import Path

import pytest
from support.html import Page

from macros.analysis.spc import analyse
from macros.data.models.measures import Annotation, Measure
from macros.render.measures import render_measure
from macros.render.charts import month_starts
from macros.render.spc_chart import NARROW, Label, spread, spc_chart


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


def chart_of(values, target=None, improvement="increase", **options):
    return spc_chart(analyse(series(values), improvement, target, **options), target)


def line_points(chart) -> list[tuple[float, float]]:
    """Every drawn point (x, y), from the segments' line paths ("M x y L x y ...")."""
    return [(float(x), float(y)) for segment in chart.segments
            for x, y in re.findall(r"([\d.]+) ([\d.]+)", segment.line)]


# Geometry


def test_points_run_left_to_right_in_date_order_on_a_time_scale():
    # January, February, then April: the gap of a missing month stays visible.
    # 1 Jan to 1 Feb is 31 days, 1 Feb to 1 Apr 60 days (2024 is a leap year).
    points = [(dt.date(2024, 1, 1), 5), (dt.date(2024, 2, 1), 7), (dt.date(2024, 4, 1), 6)]
    chart = spc_chart(analyse(points, "increase"))
    xs = [x for x, _ in line_points(chart)]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert (xs[2] - xs[1]) / (xs[1] - xs[0]) == pytest.approx(60 / 31, rel=1e-2)
    assert chart.left <= xs[0] and xs[-1] <= chart.right


def test_higher_values_are_drawn_higher():
    chart = chart_of(SIGNALLED)
    ys = dict(zip(range(len(SIGNALLED)), (y for _, y in line_points(chart)), strict=True))
    for a, va in enumerate(SIGNALLED):
        for b, vb in enumerate(SIGNALLED):
            if va > vb:
                assert ys[a] < ys[b]   # SVG y grows downwards


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
    ys = [y for _, y in line_points(chart)] + [chart.target.y] + [s.mean.y for s in chart.segments]
    assert all(chart.top <= y <= chart.bottom for y in ys)
    # Tick positions agree with point positions: the tick at 10 is level with the points of value 10.
    ten = next(tick for tick in chart.y_ticks if float(tick.label) == 10)
    assert ten.y == pytest.approx(line_points(chart)[5][1], abs=0.06)


def test_a_p_chart_is_drawn_in_per_cent():
    # p̄ = 0.2: drawn at 20 on a scale of per cent.
    analysis = analyse([(month(i), n, 100) for i, n in enumerate([20, 10, 30])], "decrease", chart="p")
    chart = spc_chart(analysis, 0.25, scale=100)
    assert chart.segments[0].mean.value == pytest.approx(20)
    assert chart.target.value == pytest.approx(25)
    assert max(float(tick.label) for tick in chart.y_ticks) <= 100


def test_a_flat_series_still_gets_a_scale_around_its_value():
    chart = chart_of([5, 5, 5])   # no spread: mean 5, limits 5 and 5
    ticks = [float(tick.label) for tick in chart.y_ticks]
    assert ticks[0] < 5 < ticks[-1]
    assert len({y for _, y in line_points(chart)}) == 1


def test_mean_and_limit_lines_span_their_own_segment_with_a_mark_between():
    chart = chart_of(REBASED, rebase=[month(6)])
    first, second = chart.segments
    xs = [x for x, _ in line_points(chart)]
    for segment, (start, end) in ((first, (0, 5)), (second, (6, 11))):
        assert (segment.mean.x1, segment.mean.x2) == pytest.approx((xs[start], xs[end]), abs=0.06)
        assert segment.upper.startswith(f"M{xs[start]:.1f} ") and segment.upper.endswith(f"H{xs[end]:.1f}")
    assert second.mean.x1 > first.mean.x2
    assert [first.start, second.start] == [month(0), month(6)]
    assert second.mean.y < first.mean.y
    assert first.mean.value == pytest.approx(11) and second.mean.value == pytest.approx(31)
    # The rebase is marked halfway between the last point before it and the first after.
    assert chart.rebases == pytest.approx(((xs[5] + xs[6]) / 2,), abs=0.1)
    assert [text.word for text in chart.texts] == ["New limits"]


def test_the_baseline_is_shaded_and_labelled():
    chart = chart_of(SIGNALLED, baseline=4)
    xs = [x for x, _ in line_points(chart)]
    [(x1, x2)] = chart.bands
    assert x1 < xs[0] and xs[3] < x2 < xs[4]
    assert [text.word for text in chart.texts] == ["Baseline"]
    assert chart_of(SIGNALLED).bands == ()


def test_the_target_line_is_there_only_with_a_target():
    without = chart_of(SIGNALLED)
    assert without.target is None
    assert "target" not in {label.kind for label in without.labels}
    chart = chart_of(SIGNALLED, target=13)
    assert chart.target.x1 == chart.left and chart.target.x2 == chart.right
    ys = {value: y for value, (_, y) in zip(SIGNALLED, line_points(chart), strict=True)}
    assert ys[16] < chart.target.y < ys[12]
    assert "target" in {label.kind for label in chart.labels}


@pytest.mark.parametrize("target", [4])
def test_a_target_on_the_lowest_tick_is_drawn_above_the_axis_not_on_it(target):
    # Values 6 to 9 (lower limit about 4.6) with a target of 4: the round ticks would start at 4, on the axis.
    chart = chart_of([6, 7, 8, 9, 8, 7, 6, 7], target=target, improvement="decrease")
    assert chart.target.y < chart.bottom - 1
    assert float(chart.y_ticks[0].label) < target


def test_a_zero_target_keeps_the_axis_at_zero():
    chart = chart_of([3, 4, 5, 4, 3, 4], target=0, improvement="decrease")
    assert float(chart.y_ticks[0].label) == 0


def test_markers_point_the_way_their_signal_points():
    # SIGNALLED for "decrease": 16 (high) is concern, 4 (low) improvement.
    chart = chart_of(SIGNALLED, improvement="decrease", baseline=4)
    markers = dict(chart.markers)
    assert set(markers) == {"common", "improvement", "concern"}

    def pointing(path: str) -> list[str]:
        found = []
        for tip, base in re.findall(r"M[\d.]+ ([\d.]+)L[\d.]+ ([\d.]+)", path):
            found.append("up" if float(tip) < float(base) else "down")
        return found
    assert pointing(markers["improvement"]) == ["down"]   # lower is better, and 4 is low
    assert pointing(markers["concern"]) == ["up"]
    assert markers["common"].count("a3.5") == 2 * 7       # seven circles, two arcs each


def test_a_crowded_chart_draws_only_the_line_where_there_is_no_signal():
    values = [10 + (i % 3) for i in range(400)]
    chart = spc_chart(analyse([(dt.date(2020, 1, 1) + dt.timedelta(days=i), v) for i, v in enumerate(values)],
                              "increase"))
    assert not chart.every_marker and "common" not in dict(chart.markers)


def test_the_narrow_chart_shows_the_latest_points():
    values = [10 + (i % 3) for i in range(48)]
    chart = spc_chart(analyse(series(values), "increase"), size=NARROW, latest=36)
    assert (chart.first, chart.shown) == (12, 36)
    assert len(line_points(chart)) == 36
    assert chart.width == 288


def test_annotations_are_numbered_badges_kept_apart():
    # Three notes in three days: their badges move apart, each keeps its line at its date.
    analysis = analyse(series([10, 12, 11, 13, 12, 11]), "increase")
    dates = [dt.date(2024, 3, 1), dt.date(2024, 3, 2), dt.date(2024, 3, 3), dt.date(2025, 1, 1)]
    chart = spc_chart(analysis, annotations=dates)
    assert [badge.number for badge in chart.badges] == [1, 2, 3]   # the fourth is after the last point
    xs = [badge.x for badge in chart.badges]
    assert all(b - a >= 16 for a, b in zip(xs, xs[1:], strict=False))
    assert chart.badges[0].line_x < chart.badges[1].line_x < chart.badges[2].line_x < chart.badges[0].line_x + 10


def test_line_labels_name_the_latest_segments_lines_without_overlapping():
    chart = chart_of(SIGNALLED, target=10, baseline=4)   # the target sits on the mean
    assert {label.kind for label in chart.labels} == {"upper", "mean", "lower", "target"}
    ys = sorted(label.y for label in chart.labels)
    assert all(after - before >= 12 for before, after in zip(ys, ys[1:], strict=False))
    crowded = spread([Label(kind, 200.0, 0.0) for kind in ("a", "b", "c")], top=20, bottom=205)
    placed = [label.y for label in crowded]
    assert all(20 <= y <= 205 for y in placed)
    assert all(after - before >= 12 for before, after in zip(placed, placed[1:], strict=False))


def test_date_ticks_are_month_starts_thinned_to_fit():
    chart = chart_of([10 + (index % 3) for index in range(48)])
    dates = [tick.date for tick in chart.x_ticks]
    assert 3 <= len(dates) <= 10
    assert all(date.day == 1 for date in dates)
    assert month(0) <= dates[0] and dates[-1] <= month(47)
    gaps = {(after.year - before.year) * 12 + after.month - before.month
            for before, after in zip(dates, dates[1:], strict=False)}
    assert len(gaps) == 1 and gaps.pop() > 1, "evenly thinned"
    short = chart_of([10, 12, 11, 13, 12, 11])
    assert [tick.date for tick in short.x_ticks] == [month(index) for index in range(6)]


def test_month_starts_begin_at_the_first_whole_month():
    assert month_starts(dt.date(2024, 1, 15), dt.date(2024, 4, 1)) == [
        dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1)]
    assert month_starts(dt.date(2024, 11, 1), dt.date(2025, 1, 31)) == [
        dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 1)]


# The SVG


def measure(values, **fields) -> Measure:
    points = [{"date": date, "value": value} for date, value in series(values)]
    return Measure(**{"title": "Falls", "improvement": "increase", "points": points, **fields})


def page_of(m: Measure) -> str:
    points = [(p.date, p.value) if m.chart == "xmr" else (p.date, p.numerator, p.denominator) for p in m.points]
    analysis = analyse(points, m.improvement, m.target, m.baseline, m.rebase, chart=m.chart)
    return render_measure(m, analysis, "data.csv", [], m.annotations)


def svgs_of(html: str) -> list[str]:
    return re.findall(r"<svg class=\"ogic-spc__svg\".*?</svg>", html, re.S)


def test_each_drawing_is_an_image_with_a_title_stating_the_message_and_a_description():
    html = page_of(measure(SIGNALLED, unit="patients", baseline=4, target=3))
    for svg_html in svgs_of(html):
        svg = Page(svg_html)
        root = svg.elements[0][1]
        assert root["role"] == "img"
        title_id, desc_id = root["aria-labelledby"].split()
        assert svg.find("title", id=title_id) and svg.find("desc", id=desc_id)
        title = Page(re.search(r"<title id=\"[^\"]+\">(.*?)</title>", svg_html).group(1)).text
        # The latest point, 12 (above the mean of 10 but inside the limits), has no signal.
        assert title == "Falls: no sign of change, latest 12 patients (September 2024)"
        desc = Page(re.search(r"<desc[^>]*>(.*?)</desc>", svg_html, re.S).group(1)).text
        assert "An XmR chart of 9 values, from January to September 2024" in desc
        # Whole-number values: the mean and limits get one decimal (4.68 and 15.32 rounded).
        assert re.search(r"Mean 10\.0, process limits 4\.7 to 15\.3", desc)
        assert "provisional" in desc and "4 values" in desc
        assert "Target 3 patients" in desc
    ids = [attrs["id"] for tag, attrs in Page(html).elements if "id" in attrs]
    assert len(ids) == len(set(ids)), "the two drawings' ids differ"


def test_lines_differ_by_dash_pattern():
    css = (Path(__file__).parents[2] / "overrides/assets/stylesheets/ogic.css").read_text(encoding="utf-8")
    dashes = {kind: re.search(rf"\.ogic-spc__{kind} \{{[^}}]*\}}", css).group(0)
              for kind in ("mean", "limit", "target")}
    assert "dasharray" not in dashes["mean"]
    patterns = {re.search(r"stroke-dasharray: ([^;]+);", dashes[kind]).group(1) for kind in ("limit", "target")}
    assert len(patterns) == 2, "limits and target are dashed differently"


def test_the_chart_requests_nothing_and_runs_no_script():
    html = page_of(measure(SIGNALLED, baseline=4, target=13))
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html


def test_a_long_series_is_a_few_elements_not_a_few_per_point():
    values = [10 + (i % 7) for i in range(2000)]
    dates = [dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(2000)]
    m = Measure(title="Daily", improvement="increase", points=[{"date": d, "value": v} for d, v in
                                                                zip(dates, values, strict=True)])
    [wide, _] = svgs_of(page_of(m))
    assert len(Page(wide).elements) < 120


# No two labels overlap, on any chart


CHAR = 0.6          # a character's width, as a share of the font size (generous for 12px sans-serif)


def text_boxes(svg_html: str) -> list[tuple[str, float, float, float, float]]:
    """(text, left, top, right, bottom) of every <text>, by its anchor, x, baseline y and font size."""
    boxes = []
    for attrs, text in re.findall(r"<text ([^>]*)>([^<]*)</text>", svg_html):
        fields = dict(re.findall(r'([\w-]+)="([^"]*)"', attrs))
        size = 11 if "badge-number" in fields.get("class", "") else 12
        width, x, y = len(text) * CHAR * size, float(fields["x"]), float(fields["y"])
        left = {"middle": x - width / 2, "end": x - width}.get(fields.get("text-anchor", "start"), x)
        boxes.append((text, left, y - 0.8 * size, left + width, y + 0.2 * size))
    return boxes


def overlaps(svg_html: str) -> list[str]:
    boxes = text_boxes(svg_html)
    width, height = (float(n) for n in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg_html).groups())
    found = [f"{text!r} leaves the drawing" for text, x1, y1, x2, y2 in boxes
             if x1 < 0 or y1 < 0 or x2 > width or y2 > height]
    for i, (a, ax1, ay1, ax2, ay2) in enumerate(boxes):
        for b, bx1, by1, bx2, by2 in boxes[i + 1:]:
            if ax1 < bx2 and bx1 < ax2 and ay1 < by2 and by1 < ay2:
                found.append(f"{a!r} overlaps {b!r}")
    return found


DEMO_LIKE = [
    # The demo's charts and the cases the issue named: a target near the lower limit.
    measure([22, 20, 23, 21, 24, 22, 21, 23, 20, 22, 24, 21, 17, 16, 18, 15, 16, 17, 15], improvement="decrease",
            unit="days", target=16, baseline=12),
    measure([88, 91, 89, 90, 87, 92, 89, 90, 88, 91, 93, 94, 92, 95, 93, 94, 92, 95, 94, 93], unit="%", target=90,
            rebase=[month(10)]),
    measure([34, 38, 31, 36, 35, 33, 37, 32, 36, 34, 35, 37, 39, 42, 46, 49, 53, 58], unit="people"),
    measure(SIGNALLED, target=4.68, baseline=4, unit="patients waiting more than 18 weeks from referral to treatment",
            annotations=[Annotation(date=month(i), text="x") for i in range(9)]),
]


@pytest.mark.parametrize("index", range(len(DEMO_LIKE)))
def test_no_label_overlaps_another_on_the_demo_charts(index):
    for svg_html in svgs_of(page_of(DEMO_LIKE[index])):
        assert overlaps(svg_html) == []


def test_no_label_overlaps_another_on_random_charts():
    rng = random.Random("labels")
    for _ in range(150):
        count = rng.randint(2, 60)
        level, spread_ = rng.uniform(-50, 5000), rng.choice((0.1, 1, 30, 900))
        values = [round(level + rng.gauss(0, spread_), rng.choice((0, 1, 2))) for _ in range(count)]
        start = rng.randint(-400, -100)  # months from January 2024: points before the build date
        rebase = [month(start + rng.randint(2, count - 2))] if count > 5 and rng.random() < 0.4 else []
        notes = [Annotation(date=month(start + rng.randint(0, count - 1)), text="n")
                 for _ in range(rng.choice((0, 0, 1, 3, 12)))]
        lim = rng.choice(values)
        m = Measure(title="Random", improvement=rng.choice(("increase", "decrease", "neutral")),
                    points=[{"date": month(start + i), "value": v} for i, v in enumerate(values)],
                    target=rng.choice((None, lim, lim + spread_ * 3, level)), rebase=rebase,
                    baseline=rng.choice((None, 2, 4, 12)), annotations=sorted(notes, key=lambda n: n.date),
                    unit=rng.choice((None, "%", "falls per 1,000 bed days")))
        for svg_html in svgs_of(page_of(m)):
            assert overlaps(svg_html) == [], (values, m.target, rebase, m.baseline)
