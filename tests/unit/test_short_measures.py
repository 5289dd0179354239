"""What the contract allows, however little there is to chart: a measure of a single
point, a rebase on the latest point's date (a segment of one point) and notes dated
outside the points. Each passes `make check`, is charted with its mean and, on an XmR
chart, no limits (said in the text, the chart's description and the table), and gives
valid JSON in measures.json: null limits, never NaN.

Read from data the test writes into a copy of the tests' own play book, then charted,
rendered and written out in this process as the build does."""

from __future__ import annotations

import json
import re

import pytest
from support.html import Page
from support.projects import fixture_project

from macros.analysis.measures import MeasureCharts
from macros.data import read_all
from macros.render.measures import measure_csv, render_measure
from macros.site.exports import write_json
from macros.site.measure_pages import measures_json

HEAD = "title: {title}\nimprovement: increase\nvisibility: public\n"
SINGLE = HEAD.format(title="Single") + "target: 10\npoints:\n  - date: 2024-01-01\n    value: 7\n"
# Before the rebase 1, 2, 3: mean 2, moving ranges 1 and 1, limits 2 ± 2.66; after it, 40 alone.
REBASED = (HEAD.format(title="Rebased") + "rebase: [2024-04-01]\npoints:\n"
           + "".join(f"  - date: 2024-0{month}-01\n    value: {value}\n"
                     for month, value in zip((1, 2, 3, 4), (1, 2, 3, 40), strict=True)))
# p: 12 / 100 and 8 / 100, then 10 / 100 alone: p = 0.1, σ = √(0.1 × 0.9 / 100) = 0.03, limits 1% and 19%.
COUNTED = (HEAD.format(title="Counted") + "chart: p\nrebase: [2024-03-01]\npoints:\n"
           + "".join(f"  - date: 2024-0{month}-01\n    numerator: {count}\n    denominator: 100\n"
                     for month, count in zip((1, 2, 3), (12, 8, 10), strict=True)))
NOTED = (HEAD.format(title="Noted") + "points:\n  - date: 2024-01-01\n    value: 3\n  - date: 2024-02-01\n"
         "    value: 5\nannotations:\n  - date: 2023-06-01\n    text: Before the data\n  - date: 2024-02-01\n"
         "    text: On the chart\n  - date: 2025-01-01\n    text: After the data\n")


@pytest.fixture(scope="module")
def charts(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("short") / "fixture")
    for name, text in (("single", SINGLE), ("rebased", REBASED), ("counted", COUNTED), ("noted", NOTED)):
        project.write(f"data/measures/{name}.yml", text)
    assert project.problems() == []
    data = read_all(project.path)
    found = MeasureCharts.of(data.measures, data.spc)
    return {measure.id: (measure, analysis, found.annotations_of(measure)) for measure, analysis in found.charts}


def no_constant(name: str):
    raise AssertionError(f"measures.json holds {name}, which is not JSON")


def written_json(charts, tmp_path) -> dict[str, dict]:
    everything = MeasureCharts(tuple((m, a) for m, a, _ in charts.values()),
                               {m.id: notes for m, _, notes in charts.values()})
    text = write_json(tmp_path, "measures.json", measures_json(everything), one_per_line=True).read_text("utf-8")
    return {entry["id"]: entry for entry in json.loads(text, parse_constant=no_constant)}


def page_of(charts, name: str) -> str:
    measure, analysis, notes = charts[name]
    return render_measure(measure, analysis, f"{name}.csv", [], notes)


def first(pattern: str, html: str) -> str:
    """The first stretch of ``html`` the pattern matches."""
    return re.search(pattern, html, re.S).group(0)


def wide_chart(html: str) -> str:
    return first(r'<svg class="ogic-spc__svg" id="[^"]*-wide".*?</svg>', html)


def test_measures_json_gives_a_single_point_its_mean_and_null_limits(charts, tmp_path):
    single = written_json(charts, tmp_path)["single"]
    assert (single["mean"], single["ucl"], single["lcl"]) == (7, None, None)
    assert single["segments"] == [{"start": "2024-01-01", "mean": 7, "ucl": None, "lcl": None, "provisional": True}]
    assert single["points"] == [{"date": "2024-01-01", "value": 7, "signals": [], "variation": "common",
                                 "ucl": None, "lcl": None}]
    # A target, but no limits to judge it against.
    assert (single["variation"], single["assurance"]) == ("common", None)


def test_measures_json_gives_a_rebase_on_the_latest_point_a_segment_without_limits(charts, tmp_path):
    rebased = written_json(charts, tmp_path)["rebased"]
    earlier, latest = rebased["segments"]
    assert (earlier["start"], earlier["mean"]) == ("2024-01-01", 2)
    assert (earlier["ucl"], earlier["lcl"]) == (pytest.approx(4.66), pytest.approx(-0.66))
    assert latest == {"start": "2024-04-01", "mean": 40, "ucl": None, "lcl": None, "provisional": True}
    assert (rebased["mean"], rebased["ucl"], rebased["lcl"]) == (40, None, None)
    assert rebased["points"][-1]["signals"] == []


def test_measures_json_lists_every_note_wherever_it_falls(charts, tmp_path):
    assert [note["text"] for note in written_json(charts, tmp_path)["noted"]["annotations"]] == [
        "Before the data", "On the chart", "After the data"]


def test_the_page_says_a_single_point_has_no_limits_yet(charts):
    html = page_of(charts, "single")
    text = Page(html).text
    assert "Too soon to tell" in text and "No process limits yet" in text
    assert "limits need at least 2 values" in text
    assert "no process limits yet (they need at least 2 values)" in Page(first(r"<desc.*?</desc>", html)).text
    assert "no process limits (a single value: limits need at least 2)" in Page(first(r"<table.*?</table>",
                                                                                       html)).text
    assert "Provisional limits" not in text and "nan" not in text.lower()
    assert "ogic-spc__limit" not in wide_chart(html)   # no limits drawn, and none in the key
    assert "process limits (dashed)" not in Page(first(r'<div class="ogic-spc__key">.*?</ul>', html)).text


def test_the_page_says_the_latest_period_has_no_limits_and_the_one_before_has(charts):
    html = page_of(charts, "rebased")
    text = Page(html).text
    assert "Since the limits were last worked out, in April 2024 (mean 40.0, no process limits: a single value)" \
        in text
    assert "Before that, from January to March 2024 (mean 2.0, process limits -0.7 to 4.7)" in text
    assert "No signals can be read from a single value." in text
    # The earlier segment's limits only: an upper and a lower line.
    assert wide_chart(html).count('class="ogic-spc__limit"') == 2


def test_a_p_charts_segment_of_one_point_has_its_own_limits_drawn(charts, tmp_path):
    counted = written_json(charts, tmp_path)["counted"]
    assert (counted["mean"], counted["lcl"], counted["ucl"]) == (pytest.approx(0.1), pytest.approx(0.01),
                                                                 pytest.approx(0.19))
    html = page_of(charts, "counted")
    assert "Since the limits were last worked out, in March 2024 (mean 10.0, process limits 1.0 to 19.0 for its " \
           "latest value)" in Page(html).text
    # Each limit of the last segment is a short line through its one point, as its mean is.
    upper, lower = re.findall(r'class="ogic-spc__limit" d="([^"]+)"', wide_chart(html))[2:]
    for path in (upper, lower):
        start, end = re.fullmatch(r"M([\d.]+) [\d.]+H([\d.]+)", path).groups()
        assert float(end) - float(start) == 20


def test_the_csv_leaves_missing_limits_empty(charts):
    _, analysis, notes = charts["single"]
    assert measure_csv(analysis, notes).splitlines()[1] == "2024-01-01,7,7.0,,,,common,"


def test_notes_outside_the_points_are_listed_but_not_drawn(charts):
    html = page_of(charts, "noted")
    notes = [Page(item).text.strip().replace(" :", ":")   # Page puts a space after the <time> element
             for item in re.findall(r"<li.*?</li>", first(r'<ol class="ogic-measure__notes">.*?</ol>', html), re.S)]
    assert notes == ["1 June 2023: Before the data (before the first value, so not on the chart)",
                     "1 February 2024: On the chart",
                     "1 January 2025: After the data (after the latest value, so not on the chart yet)"]
    assert re.findall(r'class="ogic-spc__badge-number"[^>]*>(\d+)<', wide_chart(html)) == ["2"]
    # In the table, only the note on a point's date, in a row of its own under that point.
    body = first(r"<tbody>.*</tbody>", html)
    notes = re.findall(r'<tr class="ogic-measure__note-row">(.*?)</tr>', body, re.S)
    assert [Page(row).text.strip().replace(" :", ":") for row in notes] == ["Note 2, 1 February 2024: On the chart"]
    assert re.search(r"February 2024</time></th>(?:(?!</tr>).)*</tr>\s*<tr class=\"ogic-measure__note-row\">",
                     body, re.S)
