"""Charts on built pages: accessible SVG with the same numbers as the table beside it.

Read from the shared build of the tests' own play book, whose sections page holds
its training chart (Bronze 40, Silver 12, and 3 practices, counted in another unit)
and its capability chart (range 2.0 to 3.0; one score agreed, 2.5, one to be agreed).
"""

import re

import pytest
from support.html import Page


def figures(project) -> list[str]:
    html = project.page("playbook", "sections/")
    return re.findall(r'<figure class="ogic-chart".*?</figure>', html, re.S)


def chart(project, chart_id: str) -> str:
    [figure] = [f for f in figures(project) if f'id="{chart_id}"' in f]
    return figure


def test_each_chart_has_a_title_a_description_and_a_table(fixture_built):
    found = figures(fixture_built)
    assert len(found) == 2  # the training report's and the capability assessment's
    for figure in found:
        svg = re.search(r"<svg[^>]*>", figure).group(0)
        assert 'role="img"' in svg
        title_id, desc_id = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        title = re.search(rf'<title id="{title_id}">([^<]+)</title>', figure)
        desc = re.search(rf'<desc id="{desc_id}">([^<]+)</desc>', figure)
        assert title and title.group(1).strip() and desc and len(desc.group(1)) > 40
        page = Page(figure)
        assert page.find("table") and page.find("caption") and page.find("th", scope="col")


def test_training_chart_bars_match_the_table_and_are_in_proportion(fixture_built):
    figure = chart(fixture_built, "chart-fixture-training-report")
    bars = [float(t) for t in re.findall(r'<text class="ogic-chart__value"[^>]*>([^<]+)</text>', figure)]
    assert bars == [40, 12]
    # The table has a cell for every figure; those shown as plain numbers are the bars.
    cells = re.findall(r'<td class="ogic-num" data-value="([\d.]+)">([^<]+)</td>', figure)
    assert bars == [float(value) for value, shown in cells if shown.strip() == value]
    widths = [float(w) for w in re.findall(r'class="ogic-chart__bar"[^>]*width="([\d.]+)"', figure)]
    assert len(widths) == 2
    assert widths[1] == pytest.approx(widths[0] * 12 / 40, abs=0.2)


def test_practices_are_left_out_of_the_people_scale_and_the_description_says_so(fixture_built):
    figure = chart(fixture_built, "chart-fixture-training-report")
    assert "3 practices" in Page(figure).text
    assert re.search(r"<desc[^>]*>[^<]*Not drawn, because counted in other units: [^<]*: 3 practices", figure)


def test_capability_chart_rows_match_the_table_and_say_which_score_is_to_be_confirmed(fixture_built):
    figure = chart(fixture_built, "chart-capability-assessment")
    labels = re.findall(r'<text class="ogic-chart__value"[^>]*>([^<]+)</text>', figure)
    assert labels == ["to be confirmed", "2.5"]
    assert len(Page(figure).find("th", scope="row")) == 2
    assert len(re.findall(r'class="ogic-chart__bar"', figure)) == 1  # no bar for the score to be confirmed
    assert 'class="ogic-chart__band"' in figure
    assert "A shaded band from 2 to 3" in Page(figure).text
