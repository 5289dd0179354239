"""The capacity calculator on the built page, with and without JavaScript.

Read from the shared build of the tests' own play book, whose capacity guidance is the
source's worked example (4,000 staff: 15 to 20 internal experts, 150 to 200 quality
coaches, 3 to 4 teams each) and whose typical headcounts are 1,000 and 4,000.
"""

import html
import json
import re

import pytest
from support.html import Page


@pytest.fixture(scope="module")
def page(fixture_built) -> str:
    return fixture_built.page("playbook", "sections/")


def test_the_table_without_javascript_lists_the_typical_sizes_with_the_source_row_marked(page):
    row = re.search(r'<tr class="ogic-reference-row" data-headcount="4000">(.*?)</tr>', page, re.S)
    assert row, "the 4,000 row is marked as the source's example"
    text = Page(row.group(1)).text
    assert "4,000" in text and "15 to 20" in text and "150 to 200" in text and "450 to 800" in text
    assert re.findall(r'data-headcount="(\d+)"', page) == ["1000", "4000"]
    smaller = Page(re.search(r'<tr data-headcount="1000">(.*?)</tr>', page, re.S).group(1)).text
    assert "4 to 5" in smaller and "38 to 50" in smaller and "114 to 200" in smaller


def test_the_page_gives_the_script_the_ratios_in_the_data(page):
    attribute = re.search(r'data-capacity-ratios="([^"]+)"', page).group(1)
    ratios = json.loads(html.unescape(attribute))
    assert ratios["reference_headcount"] == 4000
    assert [(r["id"], r["low"], r["high"], r["teams_each"]) for r in ratios["roles"]] == [
        ("internal-experts", 15, 20, None), ("quality-coaches", 150, 200, [3, 4])]


def test_the_form_is_hidden_until_the_script_from_this_site_shows_it(page):
    assert re.search(r'<form class="ogic-calculator__form"[^>]*\bhidden', page)
    assert re.search(r'<script src="\.\./assets/javascripts/capacity\.js"', page)
