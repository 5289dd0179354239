"""The measures at a glance (macros/render/measures_overview.py): the overview
(a table on a wide screen, cards on a phone) and the summary-icon matrix.
The series' signals are worked out by hand in tests/unit/test_measure_rendering.py."""

import datetime as dt
import re
from types import SimpleNamespace

from support.html import Page

from macros.analysis.measures import MeasureCharts
from macros.analysis.spc import analyse
from macros.data.models.measures import Measure
from macros.render.measures_overview import (matrix_cells, overview_rows, render_measures_matrix,
                                             render_measures_summary, summary_row)


def month(index: int) -> dt.date:
    return dt.date(2024 + index // 12, index % 12 + 1, 1)


def measure(values, **fields) -> Measure:
    points = [{"date": month(index), "value": value} for index, value in enumerate(values)]
    return Measure(**{"title": "Falls", "improvement": "increase", "points": points, **fields})


def analysis_of(m: Measure):
    return analyse([(p.date, p.value) for p in m.points], m.improvement, m.target, m.baseline, m.rebase)


# RISING for "decrease", baseline 2: one stretch (a rising trend of 8, a run of 7 above the mean and
# a last point above the upper limit), concern, high; target 30 above the upper limit 26.32: pass.
RISING = measure([22, 20, 21.1, 21.2, 21.3, 21.4, 21.5, 21.6, 21.7, 21, 27], improvement="decrease",
                 baseline=2, target=30, unit="days", title="Falls")
# No signal; no target.
WAITS = measure([10, 12, 11, 10, 12, 11], title="Waits & delays", unit="%")


def summary(groups):
    rows = [summary_row(m, analysis_of(m), url, group) for group, measures in groups for url, m in measures]
    return render_measures_summary(rows)


def test_the_summary_groups_its_rows_and_links_each_measure():
    html = summary([("Fewer falls", [("falls/", RISING), ("waits/", WAITS)]), ("Quicker care", [("waits/", WAITS)])])
    page = Page(html)
    headings = [(tag, attrs.get("id")) for tag, attrs in page.elements if tag == "h3"]
    assert [h for h, _ in headings] == ["h3", "h3"] and all(anchor for _, anchor in headings)
    assert page.text.index("Fewer falls") < page.text.index("Quicker care")
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) == 2
    assert Page(tables[0]).links() == ["falls/", "waits/"]
    first = Page(tables[0]).text
    assert "27 days, November 2024" in first
    assert "Getting worse (special cause concern, higher than usual)" in first
    assert "Will meet the target (consistently passing)" in first
    assert "11%, June 2024" in first and "No sign of change (common cause variation)" in first
    assert "No target set" in first
    cells = [Page(cell).text for cell in re.findall(r"<td class=\"ogic-num\">(.*?)</td>", tables[0])]
    assert cells == ["1", "None"]
    assert "Waits &amp; delays" in html


def test_on_a_phone_each_measure_is_a_card_with_the_same_facts():
    html = summary([(None, [("falls/", RISING), ("waits/", WAITS)])])
    cards = re.findall(r"<li class=\"ogic-measures__card\">.*?</li>", html, re.S)
    assert len(cards) == 2
    first = Page(cards[0])
    assert first.links() == ["falls/"]
    assert re.sub(r"\s+", " ", first.text).strip() == (
        "Falls Latest value 27 days, November 2024 Variation Getting worse (special cause concern, higher than "
        "usual) Assurance Will meet the target (consistently passing) Signals 1")


def test_each_icon_is_drawn_once_on_the_page_and_every_row_uses_it():
    html = summary([(None, [("falls/", RISING), ("waits/", WAITS), ("falls-again/", RISING)])])
    symbols = re.findall(r'<symbol id="([^"]+)"', html)
    assert sorted(symbols) == ["ogic-icon-common-none", "ogic-icon-concern-high", "ogic-icon-pass"]
    uses = re.findall(r'<use href="#([^"]+)"', html)
    assert set(uses) == set(symbols) and len(uses) == 2 * (3 + 2)   # table and cards; 3 variation, 2 assurance
    concern = re.search(r'<symbol id="ogic-icon-concern-high" class="ogic-icon--concern".*?</symbol>', html, re.S)
    assert ">H</text>" in concern.group(0)


def test_the_note_beside_the_counts_says_what_they_count():
    text = Page(summary([(None, [("falls/", RISING)])])).text
    assert "a stretch of unusual values counts once" in text


def test_a_neutral_measure_with_a_target_is_not_assessed():
    m = measure([10, 12, 11, 10], improvement="neutral", target=11)
    assert "Not assessed: neither direction is better" in Page(summary([(None, [("m/", m)])])).text


def test_rows_without_a_group_make_one_table_without_a_heading():
    m = measure([10, 12, 11, 10])
    html = summary([(None, [("a/", m), ("b/", m)])])
    assert "<h3" not in html and html.count("<table>") == 1


def test_with_no_measures_the_summary_tells_readers_what_will_be_here_and_nothing_of_the_repository():
    # Board members read this page: how to add a measure is on the Open items page and in CONTRIBUTING.
    html = render_measures_summary([])
    [readers] = re.findall(r"<p class=\"ogic-measures__empty\">(.*?)</p>", html)
    assert "will be listed here as soon as its figures are added" in readers and "No measure has been added" in readers
    assert "CONTRIBUTING" not in html and "repository" not in html
    assert "<table" not in html and not Page(html).links()


def fake_data(measures):
    plan = SimpleNamespace(pillars=[SimpleNamespace(id="enable", name="ENABLE")],
                           workstreams=[SimpleNamespace(id="facilitate", pillar="enable", name="Facilitate")])
    return SimpleNamespace(delivery_plan=plan, stories=[SimpleNamespace(slug="fewer-falls", title="Fewer falls")],
                           measures=measures)


def test_the_public_overview_groups_by_story_never_by_a_pillar_code():
    m = measure([10, 12, 11], title="Falls", workstream="facilitate", stories=["fewer-falls"], id="falls")
    charts = MeasureCharts.of([m])
    staff = overview_rows(fake_data([m]), charts, "../")
    public = overview_rows(fake_data([m]), charts, "../", staff=False)
    assert [(row.group, row.url) for row in staff] == [("ENABLE: Facilitate", "../measures/falls/")]
    assert [row.group for row in public] == ["Fewer falls"]


# The summary-icon matrix


def rows_of(*measures):
    return [summary_row(m, analysis_of(m), f"{m.title.lower()}/") for m in measures]


def test_the_matrix_places_every_measure_by_variation_and_assurance():
    # RISING: concern, pass. WAITS: common, no target. QUIET (10, 12, 11, ... target 25 above its
    # upper limit 11 + 2.66 x 1.6 = 15.26, an increase measure): common, fail.
    quiet = measure([10, 12, 11, 10, 12, 11], title="Quiet", target=25)
    cells = matrix_cells(rows_of(RISING, WAITS, quiet))
    assert [variation for variation, _ in cells] == ["concern", "common", "improvement"]
    assert [assurance for assurance, _ in cells[0][1]] == ["fail", "hit-and-miss", "pass", None]
    placed = {(variation, assurance): [row.title for row in rows]
              for variation, row in cells for assurance, rows in row if rows}
    assert placed == {("concern", "pass"): ["Falls"], ("common", None): ["Waits & delays"],
                      ("common", "fail"): ["Quiet"]}
    neutral = measure([9, 11, 9, 11, 16], improvement="neutral", baseline=4, title="Neutral")
    assert "neutral" in [variation for variation, _ in matrix_cells(rows_of(neutral))]


def test_the_matrix_is_a_table_with_links_and_a_list_of_its_filled_cells_for_a_phone():
    html = render_measures_matrix(rows_of(RISING, WAITS), heading_level=3)
    table = re.search(r"<table class=\"ogic-matrix__table\">.*?</table>", html, re.S).group(0)
    body = re.findall(r"<tr>(.*?)</tr>", re.search(r"<tbody>(.*?)</tbody>", table, re.S).group(1), re.S)
    # Rows: concern, common, improvement; columns after the row header: fail, hit and miss, pass, none.
    first = re.findall(r"<td>(.*?)</td>", body[0], re.S)
    assert Page(first[2]).links() == ["falls/"] and not Page(first[0]).links()
    second = re.findall(r"<td>(.*?)</td>", body[1], re.S)
    assert Page(second[3]).links() == ["waits & delays/"]
    assert "Getting worse" in Page(body[0]).text and "Will not meet the target" in Page(table).text
    narrow = re.search(r"<div class=\"ogic-matrix__narrow\">.*</div>", html, re.S).group(0)
    headings = [Page(re.search(r'<span class="ogic-matrix__words">(.*?)</span>', heading).group(1)).text
                for heading in re.findall(r"<h3[^>]*>(.*?)</h3>", narrow, re.S)]
    assert headings == ["Getting worse; will meet the target (1)", "No sign of change; no target, or not assessed (1)"]


def test_an_empty_matrix_tells_readers_what_will_appear_and_when_and_nothing_of_the_repository():
    html = render_measures_matrix([])
    [readers] = re.findall(r"<p class=\"ogic-measures__empty\">(.*?)</p>", html)
    assert "will appear here as soon as its figures are added" in readers
    assert "CONTRIBUTING" not in html and "repository" not in html and "<table" not in html


def test_the_matrix_has_no_introduction_of_its_own_the_page_gives_it():
    html = render_measures_matrix(rows_of(RISING, WAITS))
    assert "Start at the top left" not in html and not re.findall(r"<p[ >]", html)


def test_the_matrix_shows_only_the_variation_icon_that_applies():
    # RISING is a concern, high (an increase measure getting worse by rising); WAITS common cause.
    html = render_measures_matrix(rows_of(RISING, WAITS))
    for view in ("ogic-matrix__wide", "ogic-matrix__narrow"):
        part = re.search(rf'<div class="{view}">.*?</(?:table|ul)>\s*(?:</div>|<h)', html, re.S).group(0)
        assert part.count("ogic-icon--concern") == 1, view  # its own icon, beside it: high only
        assert ">H</text>" in part and ">L</text>" not in part, view
    falls = re.search(r'<li class="ogic-matrix__measure">(.*?)</li>', html, re.S).group(1)
    words = Page(re.sub(r"<svg.*?</svg>", "", falls, flags=re.S)).text.strip()
    assert ">H</text>" in falls and words == "Falls (higher than usual)"
    concern_row = re.findall(r"<tr>(.*?)</tr>", html, re.S)[1]
    assert "<svg" not in re.search(r"<th scope=\"row\">(.*?)</th>", concern_row, re.S).group(1)
    assert "high or low" not in html
