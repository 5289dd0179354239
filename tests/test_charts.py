"""Charts drawn at build time: accessible SVG with the same numbers as the table beside it."""

import itertools
import re

import pytest

from html_text import Page
from macros.render.charts import bar_chart, nice_step, range_chart

CHART_PAGES = ["capacity/index.html", "strategic-proposals/index.html"]


def figures(built, path):
    html = (built.path / "site" / "playbook" / path).read_text(encoding="utf-8")
    return re.findall(r'<figure class="ogic-chart".*?</figure>', html, re.S)


@pytest.mark.parametrize("path", CHART_PAGES)
def test_each_chart_has_a_title_a_description_and_a_table(built, path):
    found = figures(built, path)
    assert found
    for figure in found:
        svg = re.search(r"<svg[^>]*>", figure).group(0)
        assert 'role="img"' in svg
        title_id, desc_id = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        title = re.search(rf'<title id="{title_id}">([^<]+)</title>', figure)
        desc = re.search(rf'<desc id="{desc_id}">([^<]+)</desc>', figure)
        assert title and title.group(1).strip() and desc and len(desc.group(1)) > 40
        page = Page(figure)
        assert page.find("table") and page.find("caption") is not None and page.find("th", scope="col")


def test_training_chart_bars_match_the_table(built):
    for figure in figures(built, "capacity/index.html"):
        bars = [float(t) for t in re.findall(r'<text class="ogic-chart__value"[^>]*>([^<]+)</text>', figure)]
        # Figures counted in another unit (45 practices) are only in the table; see the next test.
        cells = re.findall(r'<td class="ogic-num" data-value="([\d.]+)">([^<]+)</td>', figure)
        assert bars == [float(value) for value, shown in cells if shown.strip() == value]
        widths = [float(w) for w in re.findall(r'class="ogic-chart__bar"[^>]*width="([\d.]+)"', figure)]
        assert len(widths) == len(bars)
        # Bar lengths are proportional to the numbers they stand for.
        for width, value in zip(widths, bars, strict=True):
            assert width == pytest.approx(widths[bars.index(max(bars))] * value / max(bars), abs=0.2)


def test_practices_are_left_out_of_the_people_scale_and_the_description_says_so(built):
    figure = figures(built, "capacity/index.html")[0]
    assert "45 practices" in Page(figure).text
    assert re.search(r"<desc[^>]*>[^<]*Productive General Practice Quick start: 45 practices", figure)


def test_capability_chart_rows_match_the_table_and_say_scores_are_to_be_agreed(built):
    [figure] = figures(built, "strategic-proposals/index.html")
    labels = re.findall(r'<text class="ogic-chart__value"[^>]*>([^<]+)</text>', figure)
    rows = Page(figure).find("th", scope="row")
    assert len(labels) == len(rows) == 6
    assert set(labels) == {"score to be agreed"}
    assert 'class="ogic-chart__band"' in figure
    assert "2.1 to 2.7" in Page(figure).text


def test_bar_chart_geometry():
    chart = bar_chart("c", "t", "d", [("Group", [("A", 100, "100"), ("B", 50, "50"), ("C", 0, "0")])])
    bars = [row for row in chart.rows if not row.header]
    assert [row.display for row in bars] == ["100", "50", "0"]
    assert bars[1].bar_width == pytest.approx(bars[0].bar_width / 2)
    assert bars[2].bar_width == 0
    assert chart.ticks[0].label == "0" and chart.ticks[-1].x >= chart.plot_left + bars[0].bar_width
    assert all(a.y + a.height <= b.y for a, b in itertools.pairwise(chart.rows))


def test_long_labels_wrap_instead_of_running_off_the_chart():
    chart = range_chart("c", "t", "d", 2.1, 2.7, [("Prioritisation And Communication of Improvement", None,
                                                   "score to be agreed")], "band")
    row = chart.rows[-1]
    assert len(row.lines) == 2 and all(len(line) <= 30 for line in row.lines)


def test_range_chart_draws_known_scores_as_bars_inside_the_band():
    chart = range_chart("c", "t", "d", 2.1, 2.7, [("A", 2.4, "2.4"), ("B", None, "score to be agreed")], "band")
    a, b = chart.rows[1:]
    assert chart.band[0] < chart.plot_left + a.bar_width < chart.band[1]
    assert b.bar_width == 0


@pytest.mark.parametrize("maximum, step", [(3712, 1000), (348, 100), (45, 20), (7, 2), (0, 1)])
def test_ticks_fall_on_round_numbers(maximum, step):
    assert nice_step(maximum) == step
