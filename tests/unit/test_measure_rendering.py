"""A measure's page and its CSV (macros/render/measures.py).

The series are made by hand; the comments work out their means, limits and
signals, so the expected sentences and numbers never come from the code
under test.
"""

import csv
import datetime as dt
import io
import re
from types import SimpleNamespace

import pytest
from support.html import Page

from macros.analysis.projects import PdsaNote
from macros.analysis.spc import DEFAULT_RULES, Rules, analyse
from macros.data.models.measures import Annotation, Measure
from macros.render.measures import measure_csv, render_measure
from macros.site.measure_pages import chart_entries


def month(index: int) -> dt.date:
    """The first of each month from January 2024."""
    return dt.date(2024 + index // 12, index % 12 + 1, 1)


def measure(values, dates=None, **fields) -> Measure:
    dates = dates or [month(index) for index in range(len(values))]
    points = [{"date": date, "value": value} for date, value in zip(dates, values, strict=True)]
    return Measure(**{"title": "Falls", "improvement": "increase", "points": points, **fields})


def counted(pairs, chart="p", **fields) -> Measure:
    points = [{"date": month(i), "numerator": n, "denominator": d} for i, (n, d) in enumerate(pairs)]
    return Measure(**{"title": "Readmissions", "improvement": "decrease", "chart": chart, "points": points, **fields})


def analysis_of(m: Measure, rules: Rules = DEFAULT_RULES):
    if m.chart == "xmr":
        points = [(p.date, p.value) for p in m.points]
    else:
        points = [(p.date, p.numerator, p.denominator) for p in m.points]
    return analyse(points, m.improvement, m.target, m.baseline, m.rebase, chart=m.chart, rules=rules)


def page(m: Measure, csv_url="falls.csv", stories=(), rules=DEFAULT_RULES, staff=True, glossary_href=None,
         list_href=None) -> str:
    return render_measure(m, analysis_of(m, rules), csv_url, list(stories), m.annotations, staff, glossary_href,
                          list_href)


def sentences(html: str) -> list[str]:
    blocks = re.findall(r"<ul class=\"ogic-measure__signals\">(.*?)</ul>", html, re.S)
    return [Page(item).text.strip() for block in blocks for item in re.findall(r"<li>(.*?)</li>", block)]


# MIXED, for "increase", baseline 4. Baseline [9, 11, 9, 11]: mean 10, mr_bar 2,
# limits 10 ± 5.32 (4.68, 15.32), two-sigma band 10 ± 3.5467 (6.4533, 13.5467).
# May 2024 16: above the upper limit (improvement); Jul 2024 4: below the lower
# limit (concern); Sep 2024 to Mar 2025: seven points above the mean (a run,
# improvement); May and Jul 2025, 14 and 14 with 12 between: two of three near
# the upper limit (improvement), one point after the run: the same stretch;
# Sep 2025 to Mar 2026: 13 down to 7, seven points each lower than the one
# before (a falling trend: concern); Apr 2026 7.5: no signal.
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




# The page: headline, icons, summary and signal sentences


def test_the_headline_says_what_to_conclude():
    # RISING: concern (the latest point is high), and the target of 30 is above the upper limit.
    text = Page(page(rising())).text
    assert ("Getting worse: the latest values show a change for the worse that everyday ups and downs do not "
            "explain; if nothing changes, it will keep meeting its target of 30 days.") in text
    # MIXED: its latest point (7.5) has no signal; a target of 12 lies between its limits.
    assert ("No sign of change: the latest values vary no more than they always have; as it is, it will meet "
            "its target of 12 some of the time and miss it some of the time, by chance alone.") in Page(
        page(measure(MIXED, baseline=4, target=12))).text
    # A target above the upper limit (15.32) of an increase measure: it will not be met.
    assert "it will not meet its target of 20 unless the process changes." in Page(
        page(measure(MIXED, baseline=4, target=20))).text


def test_icons_are_decorative_and_always_have_visible_text():
    html = page(rising())
    icons = [attrs for tag, attrs in Page(html).elements if tag == "svg" and "ogic-icon" in attrs.get("class", "")]
    assert len(icons) == 2
    assert all(icon["aria-hidden"] == "true" for icon in icons)
    status = Page(re.search(r"<ul class=\"ogic-measure__status\">.*?</ul>", html, re.S).group(0)).text
    # The icons' own letters (H, P) are drawn as SVG text; the words are beside them.
    assert "Getting worse (special cause concern, higher than usual)" in status
    assert "Will meet the target (consistently passing)" in status


def test_the_icons_are_the_making_data_count_designs():
    html = page(rising())
    variation, assurance = re.findall(r"<svg class=\"ogic-icon [^\"]*\".*?</svg>", html, re.S)
    # Variation: a ring, the letter H (the signal is high) and a small chart whose last two points,
    # in the ring's colour, rise.
    assert 'ogic-icon--concern' in variation and ">H</text>" in variation
    news = re.search(r'class="ogic-icon__news" d="([^"]+)"', variation).group(1)   # two dots, each "Mx ya..."
    (x1, y1), (x2, y2) = [tuple(map(float, pair)) for pair in re.findall(r"M([\d.]+) ([\d.]+)a", news)]
    assert x2 > x1 and y2 < y1, "rising to the right"
    # Assurance: P, over the process, with the dashed target line below it (a pass).
    assert 'ogic-icon--pass' in assurance and ">P</text>" in assurance
    line = float(re.search(r'class="ogic-icon__target"[^>]*y1="([\d.]+)"', assurance).group(1))
    assert line > 28
    low = page(measure([9, 11, 9, 11, 4], baseline=4))  # 4 is below the lower limit: L, falling
    icon = re.search(r"<svg class=\"ogic-icon ogic-icon--concern\".*?</svg>", low, re.S).group(0)
    assert ">L</text>" in icon
    common = re.search(r"<svg class=\"ogic-icon ogic-icon--common\".*?</svg>", page(measure([10, 12, 11])),
                       re.S).group(0)
    assert "<text" not in common, "common cause has no letter"


def test_the_summary_says_the_latest_value_and_provisional_limits():
    text = Page(page(rising())).text
    assert "The latest value is 27 days, in November 2024. The target is 30 days." in text
    assert "Provisional limits." in text and "worked out from 2 values, fewer than the 15" in text
    steady = measure([10, 12] * 8)   # 16 points, all used for the limits
    assert "Provisional" not in Page(page(steady)).text
    assert "No target is set." in Page(page(steady)).text


def test_one_sentence_per_signal_stretch_latest_first():
    assert sentences(page(measure(MIXED, baseline=4))) == [
        "From September 2025 to March 2026: 7 values in a row, each lower than the one before (a change for "
        "the worse).",
        "From September 2024 to July 2025: 7 values in a row above the mean, with 2 close to the upper process "
        "limit (a change for the better).",
        "In July 2024: one value below the lower process limit (a change for the worse).",
        "In May 2024: one value above the upper process limit (a change for the better).",
    ]


def test_a_stretch_leads_with_the_signal_most_of_its_points_carry():
    # RISING: 20 .. 21.7 rise (8 points, February to September), 21.1 .. 21.7 are a run of 7 above
    # the mean, October's 21 is on it and November's 27 is above the upper limit: one stretch.
    assert sentences(page(rising())) == [
        "From February to November 2024: 8 values in a row, each higher than the one before, with one above "
        "the upper process limit and 7 in a row above the mean (a change for the worse)."]


@pytest.mark.parametrize("values, improvement, sentence", [
    # Baseline 4 [9, 11, 9, 11], then 16, 17, 16: three in a row above the upper limit (15.32).
    ([9, 11, 9, 11, 16, 17, 16], "increase", "From May to July 2024: 3 values above the upper process limit "
                                             "(a change for the better)."),
    # 14, 12, 14 near the upper limit (band 13.5467), all above the mean: two of three.
    ([9, 11, 9, 11, 14, 12, 14], "increase", "From May to July 2024: 2 values close to the upper process limit, "
                                             "two in any three in a row (a change for the better)."),
    # For a neutral measure a signal is a change, neither better nor worse.
    ([9, 11, 9, 11, 16, 10], "neutral", "In May 2024: one value above the upper process limit (a change, "
                                        "neither better nor worse)."),
])
def test_each_rule_reads_plainly(values, improvement, sentence):
    assert sentence in sentences(page(measure(values, improvement=improvement, baseline=4)))


def test_a_quiet_series_says_so():
    quiet = Page(page(measure([10, 12, 11, 10, 12, 11]))).text
    assert "No signals: every value is within the everyday ups and downs of the process" in quiet


def test_dates_are_days_when_there_is_more_than_one_point_a_month():
    weekly = [dt.date(2024, 3, 4) + dt.timedelta(weeks=week) for week in range(6)]
    # Baseline 4 [9, 11, 9, 11], then 16 (above 15.32) on 1 April 2024.
    text = Page(page(measure([9, 11, 9, 11, 16, 10], dates=weekly, baseline=4))).text
    assert "On 1 April 2024: one value above the upper process limit (a change for the better)." in text
    assert "from 4 March 2024 to 8 April 2024" in text


def test_a_measure_page_says_what_its_kind_of_chart_is_and_links_the_glossary_only_where_it_has_the_term():
    plain = page(rising())
    sentence = re.search(r'<p class="ogic-measure__chart-kind">(.*?)</p>', plain, re.S).group(1)
    assert Page(sentence).text.startswith("An XmR chart (short for individual values and moving range) plots each")
    assert not Page(sentence).links()
    linked = page(rising(), glossary_href="../../glossary/#term-xmr-chart")
    sentence = re.search(r'<p class="ogic-measure__chart-kind">(.*?)</p>', linked, re.S).group(1)
    assert Page(sentence).links() == ["../../glossary/#term-xmr-chart"]
    # It comes before the chart: where a reader first meets it.
    assert linked.index("ogic-measure__chart-kind") < linked.index('<figure class="ogic-spc"')


def test_every_page_states_the_run_and_trend_lengths_in_force():
    staff = Page(page(rising())).text
    assert "every chart in this play book uses runs of 7 and trends of 7." in staff and "spc.yml" not in staff
    six = Page(page(rising(), rules=Rules(6, 6), staff=False)).text
    assert "6 or more values in a row on one side of the mean" in six
    assert "every chart here uses runs of 6 and trends of 6." in six and "spc.yml" not in six


def test_a_shorter_run_length_finds_a_shorter_run():
    # Baseline [11, 9, 11, 9] (mean 10, mr_bar 2), then six values above it (inside the band,
    # 13.5467): a run of 6 only.
    values = [11, 9, 11, 9, 12, 12.5, 12, 12.5, 12, 12.5]
    assert sentences(page(measure(values, baseline=4))) == []
    assert sentences(page(measure(values, baseline=4), rules=Rules(6, 7))) == [
        "From May to October 2024: 6 values in a row above the mean (a change for the better)."]


def test_the_chart_is_a_figure_with_a_visible_caption():
    html = page(rising())
    figure = re.search(r"<figure.*?</figure>", html, re.S).group(0)
    assert re.search(r"<figcaption[^>]*>[^<]*Falls \(days\), from January to November 2024", figure)
    assert figure.count('role="img"') == 2   # the wide and the narrow drawing


def test_editor_text_is_escaped():
    m = rising(title="<b>Falls</b> & trips", description="Counted <script>alert(1)</script> & checked",
               unit="<i>days</i>", annotations=[Annotation(date=month(3), text="<u>New</u> & old")])
    html = page(m, stories=[("<b>Story</b> & more", "../../stories/a/")])
    tags = {tag for tag, _ in Page(html).elements}
    assert not tags & {"b", "i", "u", "script"}
    text = Page(html).text
    assert "<b>Falls</b> & trips" in text
    assert "Counted <script>alert(1)</script> & checked" in text
    assert "<b>Story</b> & more" in text and "<u>New</u> & old" in text
    assert "&amp;" in html and "&lt;b&gt;" in html


# Annotations


NOTES = [Annotation(date=month(5), text="New rota"), Annotation(date=dt.date(2024, 9, 15), text="Second ward")]


def test_annotations_are_in_the_text_the_chart_and_the_table():
    html = page(measure(MIXED, baseline=4, annotations=NOTES))
    notes = re.search(r"<ol class=\"ogic-measure__notes\">.*?</ol>", html, re.S).group(0)
    assert [re.sub(r"\s+:", ":", Page(item).text) for item in re.findall(r"<li[^>]*>(.*?)</li>", notes)] == [
        "1 June 2024: New rota", "15 September 2024: Second ward"]
    # On the chart (each drawing): a numbered badge for each.
    for drawing in re.findall(r"<svg class=\"ogic-spc__svg\".*?</svg>", html, re.S):
        assert re.findall(r'class="ogic-spc__badge-number"[^>]*>(\d+)<', drawing) == ["1", "2"]
    # In the chart's text alternative: each note with its own date.
    desc = re.search(r'<desc id="[^"]*">(.*?)</desc>', html, re.S).group(1)
    assert "1, 1 June 2024: New rota; 2, 15 September 2024: Second ward." in " ".join(desc.split())
    # In the table: each note in a row of its own, with its own date, in date order: June 2024 has the
    # first; the second (15 September) comes after September's value, before October's.
    table = re.search(r"<table>.*?</table>", html, re.S).group(0)
    assert "<th scope=\"col\">Notes</th>" not in table  # no column of notes to squeeze on a phone
    under = dict(re.findall(r"<tr>\s*<th scope=\"row\"><time[^>]*>([^<]*)</time>(?:(?!</tr>).)*</tr>\s*"
                            r"<tr class=\"ogic-measure__note-row\"><td colspan=\"4\">(.*?)</td></tr>", table, re.S))
    assert {date: re.sub(r"\s+:", ":", Page(cell).text.strip()) for date, cell in under.items()} == {
        "June 2024": "Note 1, 1 June 2024: New rota", "September 2024": "Note 2, 15 September 2024: Second ward"}


def test_the_csv_has_the_notes():
    body = list(csv.DictReader(io.StringIO(measure_csv(analysis_of(measure(MIXED, baseline=4)), NOTES))))
    assert [row["notes"] for row in body if row["notes"]] == ["New rota", "Second ward"]
    assert body[8]["date"] == "2024-09-01" and body[8]["notes"] == "Second ward"  # 15 September: in date order


# p and u charts


# p̄ = 125 / 625 = 0.2 (20%): limits 8% and 32% at n = 100, 0% and 44% at n = 25, 14% and 26%
# at n = 400. The latest, 34 out of 100, is above its upper limit: worse for "decrease".
P_PAIRS = [(20, 100), (1, 25), (70, 400), (34, 100)]


def test_a_p_chart_is_shown_in_per_cent_with_its_counts():
    html = page(counted(P_PAIRS))
    text = Page(html).text
    assert "The latest value is 34.0% (34 out of 100), in April 2024." in text
    assert "a p chart of every proportion" in text
    assert sentences(html) == ["In April 2024: one value above the upper process limit (a change for the worse)."]
    rows = table_rows(html)
    assert [row[1:6] for row in rows] == [["20.0", "20", "100", "8.0", "32.0"],
                                         ["4.0", "1", "25", "0.0", "44.0"],
                                         ["17.5", "70", "400", "14.0", "26.0"],
                                         ["34.0", "34", "100", "8.0", "32.0"]]
    assert period_rows(html) == ["From January to April 2024: mean 20.0"]
    header = re.search(r"<thead>.*?</thead>", html).group(0)
    assert "Value (%)" in Page(header).text and "Out of" in Page(header).text


def test_a_p_charts_limits_step_from_point_to_point():
    html = page(counted(P_PAIRS))
    wide = re.search(r"<svg class=\"ogic-spc__svg\" id=\"spc-chart-wide\".*?</svg>", html, re.S).group(0)
    upper = re.findall(r'<path class="ogic-spc__limit" d="([^"]+)"', wide)[0]
    assert upper.count("V") == 3, "a step at each change of denominator: 100, 25, 400, 100"


def test_a_p_charts_csv_gives_proportions_and_counts():
    rows = list(csv.DictReader(io.StringIO(measure_csv(analysis_of(counted(P_PAIRS))))))
    assert list(rows[0]) == ["date", "value", "numerator", "denominator", "mean", "lower_limit", "upper_limit",
                             "signals", "variation", "notes"]
    assert [(row["value"], row["numerator"], row["denominator"]) for row in rows] == [
        ("0.2", "20", "100"), ("0.04", "1", "25"), ("0.175", "70", "400"), ("0.34", "34", "100")]
    assert [(row["lower_limit"], row["upper_limit"]) for row in rows] == [
        ("0.080", "0.320"), ("0.000", "0.440"), ("0.140", "0.260"), ("0.080", "0.320")]


def test_a_u_chart_shows_the_rate_with_its_counts():
    # ū = 32 / 8 = 4 (falls per 1,000 bed days, the denominator in thousands): three significant figures.
    m = counted([(4, 1), (20, 4), (0, 1), (8, 2)], chart="u", unit="falls per 1,000 bed days")
    text = Page(page(m)).text
    assert ("The latest value is 4.00 falls per 1,000 bed days (8 counted over an exposure of 2), in April 2024."
            in text)
    assert [row[1:4] for row in table_rows(page(m))][:2] == [["4.00", "4", "1"], ["5.00", "20", "4"]]


# The table


def table_rows(html: str) -> list[list[str]]:
    table = re.search(r"<table>.*?</table>", html, re.S).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    return [[Page(cell).text.strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in rows[1:]]   # the first is the header


def period_rows(html: str) -> list[str]:
    return [Page(row).text.strip() for row in re.findall(r"<tr class=\"ogic-measure__period-row\">(.*?)</tr>", html)]


def test_every_point_is_in_the_table_with_its_signals_in_words():
    html = page(measure(MIXED, baseline=4))
    rows = table_rows(html)
    assert [row[0] for row in rows] == [f"{month(i):%B %Y}" for i in range(len(MIXED))]
    assert [float(row[1]) for row in rows] == MIXED
    # The period's mean and limits, once: two decimals (the values have one), mean 10, limits 4.68 and 15.32.
    assert period_rows(html) == ["From January 2024 to April 2026: mean 10.00, process limits 4.68 to 15.32 "
                                 "(from its first 4 values)"]
    signals = [row[2] for row in rows]
    assert signals[0] == "None"
    assert signals[4] == "Above the upper process limit"
    assert signals[6] == "Below the lower process limit"
    assert signals[8] == "In a run of 7 or more above the mean"
    assert signals[16] == "2 of 3 close to the upper process limit"
    assert signals[20] == "In a trend of 7 or more falling"
    for text, expected in zip(signals, MIXED_SIGNALS, strict=True):
        assert (text == "None") == (not expected)
    words = {"common": "Common cause", "improvement": "Special cause improvement", "concern": "Special cause concern"}
    assert [row[3] for row in rows] == [words[v] for v in MIXED_VARIATION]
    assert Page(html).find("caption")


def test_each_segment_has_its_own_mean_and_limits_in_the_table():
    # [10, 12] x 3: mean 11, mr_bar 2, limits 5.68 and 16.32 (one decimal: 5.7, 16.3);
    # from July [30, 32] x 3: mean 31, limits 25.68 and 36.32 (25.7, 36.3).
    m = measure([10, 12, 10, 12, 10, 12, 30, 32, 30, 32, 30, 32], rebase=[month(6)])
    assert period_rows(page(m)) == [
        "From January to June 2024: mean 11.0, process limits 5.7 to 16.3",
        "From July to December 2024: mean 31.0, process limits 25.7 to 36.3; limits worked out again after a "
        "change to the process"]
    assert len(table_rows(page(m))) == 12
    text = Page(page(m)).text
    assert "Since the limits were last worked out, from July to December 2024 (mean 31.0" in text
    assert "Before that, from January to June 2024 (mean 11.0" in text


def test_a_very_long_series_shows_its_latest_values_and_says_so():
    values = [10 + (i % 5) for i in range(260)]
    dates = [dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(260)]
    html = page(measure(values, dates=dates))
    assert len(table_rows(html)) == 200
    assert "The table shows the latest 200 of 260 values; the CSV file after it has them all." in Page(html).text
    assert table_rows(html)[-1][0] == "16 September 2020"   # 1 January 2020 + 259 days


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
    assert rows[0] == ["date", "value", "mean", "lower_limit", "upper_limit", "signals", "variation", "notes"]
    body = rows[1:]
    assert [row[0] for row in body] == [month(i).isoformat() for i in range(len(MIXED))]
    assert body[8][1] == "10.5" and body[4][1] == "16"    # values as given: 16, not 16.0
    assert [set(filter(None, row[5].split(";"))) for row in body] == MIXED_SIGNALS
    assert [row[6] for row in body] == MIXED_VARIATION
    # The same rounding as the table: mean 10.00, limits 4.68 and 15.32.
    assert {tuple(row[2:5]) for row in body} == {("10.00", "4.68", "15.32")}
    assert "mean 10.00, process limits 4.68 to 15.32" in period_rows(page(m))[0]


def test_csv_limits_are_rounded_and_never_negative_zero():
    # [1, -1] x 10 and -1: mean -1/21 = -0.0476, which rounds to 0.0 (not "-0.0"); 19 moving
    # ranges of 2 and a last one of 0 give mr_bar 38/20 = 1.9, so the limits are
    # -0.0476 ± 2.66 × 1.9 = -0.0476 ± 5.054: -5.1016 and 5.0064 (-5.1 and 5.0).
    rows = list(csv.DictReader(io.StringIO(measure_csv(analysis_of(measure([1, -1] * 10 + [-1]))))))
    assert {(row["mean"], row["lower_limit"], row["upper_limit"]) for row in rows} == {("0.0", "-5.1", "5.0")}


# The key


def key_text(html: str) -> str:
    return Page(re.search(r"<div class=\"ogic-spc__key\">.*?</div>", html, re.S).group(0)).text


def test_the_key_says_which_way_the_triangles_point_for_this_measure():
    decrease = key_text(page(rising()))
    assert "Triangle pointing down: a signal of a change for the better" in decrease
    assert "Triangle pointing up: a signal of a change for the worse" in decrease
    increase = key_text(page(measure(MIXED, baseline=4)))
    assert "Triangle pointing up: a signal of a change for the better" in increase
    neutral = key_text(page(measure([9, 11, 9, 11, 16, 10], baseline=4, improvement="neutral")))
    assert "Triangle pointing up or down: a signal of a change, high or low" in neutral
    assert "for the better" not in neutral


def test_the_key_explains_the_baseline_rebase_and_notes_only_when_drawn():
    plain = key_text(page(measure(MIXED)))
    assert "baseline" not in plain.lower() and "New limits" not in plain and "numbered" not in plain
    marked = key_text(page(measure(MIXED, baseline=4, rebase=[month(20)], annotations=NOTES)))
    assert "Shaded: the baseline, the first 4 values of each period" in marked
    assert '("New limits")' in marked and "A numbered circle" in marked


def test_a_measure_page_links_the_glossary_entry_of_its_kind_of_chart_only_when_the_sites_glossary_has_it():
    def site(*terms, has=True):
        glossary = SimpleNamespace(terms=[SimpleNamespace(term=term) for term in terms])
        return SimpleNamespace(has=lambda name: has and name == "glossary", glossary=glossary)
    assert chart_entries(site("XmR chart", "u chart", "PHM"), "words/") == {"xmr": "words/#term-xmr-chart",
                                                                           "u": "words/#term-u-chart"}
    assert chart_entries(site("PHM"), "words/") == {} and chart_entries(site("XmR chart", has=False), "words/") == {}
    assert chart_entries(site("XmR chart"), None) == {}  # no page shows the glossary: nothing to link to


def test_a_measure_page_links_back_to_the_list_of_measures():
    html = page(rising(), list_href="../../measures/")
    back = re.search(r'<p class="ogic-story__back"[^>]*>(.*?)</p>', html).group(1)
    assert Page(back).links() == ["../../measures/"] and Page(back).text == "All measures of improvement"
    assert html.index("ogic-story__back") < html.index("<h1>")
    assert "ogic-story__back" not in page(rising())  # no list on the site: no link to a page that is not there


def test_a_pdsa_cycles_note_links_its_project_only_where_the_site_has_the_projects_page():
    notes = [PdsaNote(date=month(2), text="PDSA cycle (Kept): Huddles", project="kept", project_title="Kept",
                      change="Huddles"),
             PdsaNote(date=month(3), text="PDSA cycle (Elsewhere): Rota", project="elsewhere",
                      project_title="Elsewhere", change="Rota")]
    m = measure(MIXED, baseline=4, annotations=[Annotation(date=n.date, text=n.text) for n in notes])
    html = render_measure(m, analysis_of(m), "m.csv", [], notes, True, project_hrefs={"kept": "../../projects/kept/"})
    listed = re.search(r'<ol class="ogic-measure__notes">(.*?)</ol>', html, re.S).group(1)
    assert Page(listed).links() == ["../../projects/kept/"]
    assert "PDSA cycle (Elsewhere): Rota" in Page(listed).text  # named, not linked: no page for it here
    rows = re.findall(r'<tr class="ogic-measure__note-row">(.*?)</tr>', html, re.S)
    assert [Page(row).links() for row in rows] == [["../../projects/kept/"], []]


def test_a_signal_sentence_gives_each_signal_its_own_side_of_the_mean():
    # Baseline 11, 9, 11, 9 (mean 10, limits 4.68 and 15.32), then a rise from below the mean to above
    # the upper limit: the values beyond the limit are above it, the run is below the mean.
    html = page(measure([11, 9, 11, 9, 7, 7.5, 8, 8.5, 9, 9.5, 9.8, 16, 17], baseline=4))
    [latest, *_] = sentences(html)
    assert latest == ("From May 2024 to January 2025: 9 values in a row, each higher than the one before, with "
                      "2 above the upper process limit and 7 in a row below the mean (a change for the better).")
