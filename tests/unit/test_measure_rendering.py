"""A measure's page, its CSV and the overview table (macros/render/measures.py).

The series are made by hand; the comments work out their means, limits and
signals, so the expected sentences and numbers never come from the code
under test.
"""

import csv
import datetime as dt
import io
import re

import pytest
from support.html import Page

from macros.analysis.spc import analyse
from macros.data.models.measures import Measure
from macros.render.measures import measure_csv, render_measure, render_measures_summary, summary_row


def month(index: int) -> dt.date:
    """The first of each month from January 2024."""
    return dt.date(2024 + index // 12, index % 12 + 1, 1)


def measure(values, dates=None, **fields) -> Measure:
    dates = dates or [month(index) for index in range(len(values))]
    points = [{"date": date, "value": value} for date, value in zip(dates, values, strict=True)]
    return Measure(**{"title": "Falls", "improvement": "increase", "points": points, **fields})


def analysis_of(m: Measure):
    return analyse([(p.date, p.value) for p in m.points], m.improvement, m.target, m.baseline, m.rebase)


def page(m: Measure, csv_url="falls.csv", stories=()) -> str:
    return render_measure(m, analysis_of(m), csv_url, list(stories))


# MIXED, for "increase", baseline 4. Baseline [9, 11, 9, 11]: mean 10, mr_bar 2,
# limits 10 ± 5.32 (4.68, 15.32), two-sigma band 10 ± 3.5467 (6.4533, 13.5467).
# May 2024 16: above the upper limit (improvement); Jul 2024 4: below the lower
# limit (concern); Sep 2024 to Mar 2025: seven points above the mean (a run,
# improvement); May and Jul 2025, 14 and 14 with 12 between: two of three beyond
# the upper band, each point its own stretch (improvement); Sep 2025 to Mar 2026:
# 13 down to 7, seven points each lower than the one before (a falling trend:
# concern); Apr 2026 7.5: no signal.
MIXED = [9, 11, 9, 11, 16, 10, 4, 10, 10.5, 11, 10.5, 11, 10.5, 11, 10.5, 10, 14, 12, 14, 10,
         13, 12, 11, 10, 9, 8, 7, 7.5]
MIXED_SIGNALS = ([set()] * 4 + [{"outside-limits"}, set(), {"outside-limits"}, set()] + [{"run"}] * 7
                 + [set(), {"two-of-three"}, set(), {"two-of-three"}, set()] + [{"trend"}] * 7 + [set()])
MIXED_VARIATION = (["common"] * 4 + ["improvement", "common", "concern", "common"] + ["improvement"] * 7
                   + ["common", "improvement", "common", "improvement", "common"] + ["concern"] * 7 + ["common"])

# RISING, for "decrease", baseline 2: [22, 20] gives mean 21, mr_bar 2, limits 15.68 and
# 26.32 (band 17.4533, 24.5467). Mar to Sep 2024 21.1 .. 21.7 sit above the mean (a run of 7)
# and, with February's 20, make 8 points each higher than the one before (a trend);
# October's 21 is on the mean; November's 27 is above the upper limit. All of it is
# worse for "decrease": concern, and the latest point is high. Target 30 is above
# the upper limit: for "decrease" the process consistently passes it.
RISING = [22, 20, 21.1, 21.2, 21.3, 21.4, 21.5, 21.6, 21.7, 21, 27]


def rising(**fields) -> Measure:
    return measure(RISING, **{"improvement": "decrease", "baseline": 2, "target": 30, "unit": "days", **fields})


# The page: icons, summary and signal sentences


def test_icons_are_decorative_and_always_have_visible_text():
    html = page(rising())
    icons = [attrs for tag, attrs in Page(html).elements if tag == "svg" and "ogic-icon" in attrs.get("class", "")]
    assert len(icons) == 2
    assert all(icon["aria-hidden"] == "true" for icon in icons)
    status = Page(re.search(r"<ul class=\"ogic-measure__status\">.*?</ul>", html, re.S).group(0)).text
    # The icons' own letters (L, P) are drawn as SVG text; the words are beside them.
    assert "Special cause concern (high)" in status
    assert "Consistently passing the target" in status


def test_the_summary_says_the_latest_value_variation_assurance_and_provisional_limits():
    text = Page(page(rising())).text
    assert ("The latest value is 27 days, in November 2024: special cause concern, a sign that the "
            "process has changed for the worse; if nothing changes, the process will consistently "
            "meet the target of 30 days.") in text
    assert "Provisional limits." in text and "worked out from 2 points, fewer than the 15" in text
    # Enough points in the baseline: no such note.
    steady = measure([10, 12] * 8)   # 16 points, all used for the limits
    assert "Provisional" not in Page(page(steady)).text


@pytest.mark.parametrize("values, improvement, sentence", [
    (MIXED, "increase", "One point above the upper process limit, in May 2024 (improvement)."),
    (MIXED, "increase", "One point below the lower process limit, in July 2024 (concern)."),
    (MIXED, "increase", "7 points in a row above the mean, from September 2024 to March 2025 (improvement)."),
    (MIXED, "increase", "7 points in a row each lower than the one before, from September 2025 to March 2026 "
                        "(concern)."),
    (MIXED, "increase", "One point near or beyond the upper process limit, in May 2025, with at least one other "
                        "such point among the 3 in a row around it (improvement)."),
    (RISING, "decrease", "7 points in a row above the mean, from March to September 2024 (concern)."),
    (RISING, "decrease", "8 points in a row each higher than the one before, from February to September 2024 "
                         "(concern)."),
    (RISING, "decrease", "One point above the upper process limit, in November 2024 (concern)."),
    # Baseline 4 as MIXED, then 16, 17, 16: three in a row above the upper limit (15.32),
    # and so also three in a row beyond the upper band.
    ([9, 11, 9, 11, 16, 17, 16], "increase", "3 points in a row above the upper process limit, from May to "
                                             "July 2024 (improvement)."),
    ([9, 11, 9, 11, 16, 17, 16], "increase", "3 points in a row near or beyond the upper process limit, from "
                                             "May to July 2024 (improvement)."),
    # For a neutral measure a signal is a change, neither better nor worse.
    ([9, 11, 9, 11, 16, 10], "neutral", "One point above the upper process limit, in May 2024 (a change, "
                                        "neither better nor worse)."),
])
def test_each_episode_gets_its_sentence(values, improvement, sentence):
    baseline = 2 if values is RISING else 4
    html = page(measure(values, improvement=improvement, baseline=baseline))
    signals = re.findall(r"<ul class=\"ogic-measure__signals\">(.*?)</ul>", html, re.S)
    items = [Page(item).text.strip() for block in signals for item in re.findall(r"<li>(.*?)</li>", block)]
    assert sentence in items


def test_every_episode_has_one_sentence_and_a_quiet_series_says_so():
    html = page(measure(MIXED, baseline=4))
    # Two outside-limits points, one run, two two-of-three stretches, one trend.
    assert html.count("<li>", html.index("ogic-measure__signals"), html.index("<figure")) == 6
    quiet = Page(page(measure([10, 12, 11, 10, 12, 11]))).text
    assert "No signals: every value is within common cause variation" in quiet


def test_dates_are_days_when_there_is_more_than_one_point_a_month():
    weekly = [dt.date(2024, 3, 4) + dt.timedelta(weeks=week) for week in range(6)]
    # Baseline 4 [9, 11, 9, 11], then 16 (above 15.32) on 1 April 2024.
    text = Page(page(measure([9, 11, 9, 11, 16, 10], dates=weekly, baseline=4))).text
    assert "One point above the upper process limit, on 1 April 2024 (improvement)." in text
    assert "from 4 March 2024 to 8 April 2024" in text


def test_the_chart_is_a_figure_with_a_visible_caption():
    html = page(rising())
    figure = re.search(r"<figure.*?</figure>", html, re.S).group(0)
    assert re.search(r"<figcaption[^>]*>[^<]*Falls \(days\), from January to November 2024", figure)
    assert 'role="img"' in figure


def test_editor_text_is_escaped():
    m = rising(title="<b>Falls</b> & trips", description="Counted <script>alert(1)</script> & checked",
               unit="<i>days</i>")
    html = page(m, stories=[("<b>Story</b> & more", "../../stories/a/")])
    tags = {tag for tag, _ in Page(html).elements}
    assert not tags & {"b", "i", "script"}
    text = Page(html).text
    assert "<b>Falls</b> & trips" in text
    assert "Counted <script>alert(1)</script> & checked" in text
    assert "<b>Story</b> & more" in text
    assert "&amp;" in html and "&lt;b&gt;" in html


# The table


def table_rows(html: str) -> list[list[str]]:
    table = re.search(r"<table>.*?</table>", html, re.S).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    return [[Page(cell).text.strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in rows[1:]]   # the first is the header


def test_every_point_is_in_the_table_with_its_signals_in_words():
    html = page(measure(MIXED, baseline=4))
    rows = table_rows(html)
    assert [row[0] for row in rows] == [f"{month(i):%B %Y}" for i in range(len(MIXED))]
    assert [float(row[1]) for row in rows] == MIXED
    # Two decimals (the values have one): mean 10, limits 4.68 and 15.32.
    assert {tuple(float(cell) for cell in row[2:5]) for row in rows} == {(10, 4.68, 15.32)}
    assert {len(cell.partition(".")[2]) for row in rows for cell in row[2:5]} == {2}
    signals = [row[5] for row in rows]
    assert signals[0] == "None"
    assert signals[4] == "Above the upper process limit"
    assert signals[6] == "Below the lower process limit"
    assert signals[8] == "In a run of 7 or more above the mean"
    assert signals[16] == "2 of 3 points near or beyond the upper process limit"
    assert signals[20] == "In a trend of 7 or more points falling"
    for text, expected in zip(signals, MIXED_SIGNALS, strict=True):
        assert (text == "None") == (not expected)
    words = {"common": "Common cause", "improvement": "Special cause improvement", "concern": "Special cause concern"}
    assert [row[6] for row in rows] == [words[v] for v in MIXED_VARIATION]
    assert Page(html).find("caption")


def test_each_segment_has_its_own_mean_and_limits_in_the_table():
    # [10, 12] x 3: mean 11, mr_bar 2, limits 5.68 and 16.32 (one decimal: 5.7, 16.3);
    # from July [30, 32] x 3: mean 31, limits 25.68 and 36.32 (25.7, 36.3).
    m = measure([10, 12, 10, 12, 10, 12, 30, 32, 30, 32, 30, 32], rebase=[month(6)])
    rows = [row for row in table_rows(page(m)) if len(row) == 7]
    assert [tuple(row[2:5]) for row in rows] == [("11.0", "5.7", "16.3")] * 6 + [("31.0", "25.7", "36.3")] * 6
    assert "From July to December 2024: limits worked out again" in Page(page(m)).text


# Links: CSV and stories


def test_the_page_links_its_csv_and_its_stories():
    html = page(rising(), csv_url="falls.csv", stories=[("Fewer falls", "../../stories/fewer-falls/")])
    links = Page(html).links()
    assert "falls.csv" in links and "../../stories/fewer-falls/" in links
    assert "Fewer falls" in Page(html).text
    assert not [link for link in links if "://" in link]
    assert "Stories this measure supports" not in Page(page(rising())).text


def test_the_csv_parses_and_matches_the_points():
    m = measure(MIXED, baseline=4)
    analysis = analysis_of(m)
    rows = list(csv.reader(io.StringIO(measure_csv(analysis))))
    assert rows[0] == ["date", "value", "mean", "lower_limit", "upper_limit", "signals", "variation"]
    body = rows[1:]
    assert [row[0] for row in body] == [month(i).isoformat() for i in range(len(MIXED))]
    assert body[8][1] == "10.5" and body[4][1] == "16"    # values as given: 16, not 16.0
    assert [set(filter(None, row[5].split(";"))) for row in body] == MIXED_SIGNALS
    assert [row[6] for row in body] == MIXED_VARIATION
    # The same rounding as the table.
    table = table_rows(page(m))
    assert [row[2:5] for row in body] == [row[2:5] for row in table]


def test_csv_limits_are_rounded_and_never_negative_zero():
    # [1, -1] x 10 and -1: mean -1/21 = -0.0476, which rounds to 0.0 (not "-0.0"); 19 moving
    # ranges of 2 and a last one of 0 give mr_bar 38/20 = 1.9, so the limits are
    # -0.0476 ± 2.66 × 1.9 = -0.0476 ± 5.054: -5.1016 and 5.0064 (-5.1 and 5.0).
    rows = list(csv.DictReader(io.StringIO(measure_csv(analysis_of(measure([1, -1] * 10 + [-1]))))))
    assert {(row["mean"], row["lower_limit"], row["upper_limit"]) for row in rows} == {("0.0", "-5.1", "5.0")}


# The overview


def summary(groups):
    rows = []
    for group, measures in groups:
        for url, m in measures:
            rows.append(summary_row(m, analysis_of(m), url, group))
    return render_measures_summary(rows)


def test_the_summary_groups_its_rows_and_links_each_measure():
    falls = rising(title="Falls")
    waits = measure([10, 12, 11, 10, 12, 11], title="Waits & delays", unit="%")
    html = summary([("Fewer falls", [("falls/", falls), ("waits/", waits)]), ("Quicker care", [("waits/", waits)])])
    page_ = Page(html)
    headings = [(tag, attrs.get("id")) for tag, attrs in page_.elements if tag == "h3"]
    assert [h for h, _ in headings] == ["h3", "h3"] and all(anchor for _, anchor in headings)
    assert page_.text.index("Fewer falls") < page_.text.index("Quicker care")
    assert page_.links() == ["falls/", "waits/", "waits/"]
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) == 2
    first = Page(tables[0]).text
    assert "27 days, November 2024" in first
    assert "Special cause concern (high)" in first and "Consistently passing the target" in first
    assert "11%, June 2024" in first and "Common cause variation" in first and "No target set" in first
    # Signals since the limits were set: RISING has three stretches (trend, run, outside-limits).
    cells = [Page(cell).text for cell in re.findall(r"<td class=\"ogic-num\">(.*?)</td>", tables[0])]
    assert cells == ["3", "0"]
    assert "Waits &amp; delays" in html


def test_a_neutral_measure_with_a_target_is_not_assessed():
    m = measure([10, 12, 11, 10], improvement="neutral", target=11)
    assert "Not assessed: neither direction is better" in Page(summary([(None, [("m/", m)])])).text


def test_rows_without_a_group_make_one_table_without_a_heading():
    m = measure([10, 12, 11, 10])
    html = summary([(None, [("a/", m), ("b/", m)])])
    assert "<h3" not in html and html.count("<table>") == 1


def test_with_no_measures_the_summary_says_so_and_where_to_learn_to_add_one():
    html = render_measures_summary([])
    text = Page(html).text
    assert "No measures have been added yet" in text
    assert "'Add a measure' in CONTRIBUTING.md" in text.replace('"', "'")
    assert "<table" not in html and not Page(html).links()


def test_a_latest_point_with_only_a_trend_takes_the_trends_side():
    # Baseline 2 [20, 22]: mean 21, limits 15.68 and 26.32, band 17.4533 and 24.5467. Then
    # 19 .. 21, seven points each higher than the one before; six below the mean and the
    # last on it, so no run; all inside the band. The latest point's only signal is the
    # rising trend: improvement for "increase", on the high side.
    m = measure([20, 22, 19, 19.5, 20, 20.5, 20.7, 20.9, 21], baseline=2)
    status = re.search(r"<ul class=\"ogic-measure__status\">.*?</ul>", page(m), re.S).group(0)
    assert "Special cause improvement (high)" in Page(status).text


def test_the_key_of_a_neutral_measure_explains_the_square():
    key = re.search(r"<div class=\"ogic-xmr__key\">.*?</div>", page(measure([9, 11, 9, 11, 16, 10], baseline=4,
                                                                              improvement="neutral")), re.S)
    text = Page(key.group(0)).text
    assert "Square: special cause variation" in text and "Triangle" not in text
