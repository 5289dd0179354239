"""The capacity calculator: the source's numbers for 4,000 staff, with and without JavaScript."""

import html
import json
import re
from pathlib import Path

import pytest

from html_text import Page
from macros.data import read_all
from macros.data.models import CapacityGuidance
from macros.render.capacity import calculator_ratios, capacity_table, estimate

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "overrides" / "assets" / "javascripts" / "capacity.js"


@pytest.fixture(scope="module")
def guidance() -> CapacityGuidance:
    return read_all(REPO).capacity_guidance


def by_role(estimates):
    return {e.role.id: e for e in estimates}


def test_the_source_organisation_of_4000_gets_the_source_numbers(guidance):
    result = by_role(estimate(guidance, 4000))
    assert (result["internal-experts"].low, result["internal-experts"].high) == (15, 20)
    assert (result["quality-coaches"].low, result["quality-coaches"].high) == (150, 200)
    # Three to four teams for each of 150 to 200 coaches.
    assert (result["quality-coaches"].teams_low, result["quality-coaches"].teams_high) == (450, 800)
    assert result["internal-experts"].teams_low is None


@pytest.mark.parametrize("headcount, experts, coaches", [
    (8000, (30, 40), (300, 400)),
    (1000, (4, 5), (38, 50)),     # 3.75 experts and 37.5 coaches round up to whole people
    (1, (1, 1), (1, 1)),
])
def test_other_headcounts_scale_and_round_up(guidance, headcount, experts, coaches):
    result = by_role(estimate(guidance, headcount))
    assert (result["internal-experts"].low, result["internal-experts"].high) == experts
    assert (result["quality-coaches"].low, result["quality-coaches"].high) == coaches


def test_ratios_come_from_the_data_not_the_code():
    guidance = CapacityGuidance.model_validate({
        "reference_headcount": 100, "source": "s", "typical_headcounts": [200],
        "roles": [{"id": "coach", "name": "Coaches", "percent": 10, "at_reference": {"low": 10, "high": 10},
                   "teams_each": {"low": 2, "high": 2}}]})
    [(headcount, [coach])] = capacity_table(guidance)
    assert (headcount, coach.low, coach.high, coach.teams_low, coach.teams_high) == (200, 20, 20, 40, 40)


def test_no_javascript_table_lists_typical_sizes_with_the_source_row(built):
    page = (built.path / "site/playbook/capacity/index.html").read_text(encoding="utf-8")
    row = re.search(r'<tr class="ogic-reference-row" data-headcount="4000">(.*?)</tr>', page, re.S)
    assert row, "the 4,000 row is marked as the source's example"
    text = Page(row.group(1)).text
    assert "4,000" in text and "15 to 20" in text and "150 to 200" in text and "450 to 800" in text
    headcounts = re.findall(r'data-headcount="(\d+)"', page)
    assert len(headcounts) >= 5


def test_page_gives_the_script_the_same_ratios_as_the_data(built, guidance):
    page = (built.path / "site/playbook/capacity/index.html").read_text(encoding="utf-8")
    attribute = re.search(r'data-capacity-ratios="([^"]+)"', page).group(1)
    ratios = json.loads(html.unescape(attribute))
    assert ratios == json.loads(calculator_ratios(guidance))
    assert ratios["reference_headcount"] == guidance.reference_headcount
    assert [(r["low"], r["high"]) for r in ratios["roles"]] == [(15, 20), (150, 200)]
    assert ratios["roles"][1]["teams_each"] == [3, 4]
    # The form is hidden until the script shows it, and the script is loaded from this site.
    assert re.search(r"<form[^>]*hidden", page)
    assert re.search(r'<script src="\.\./assets/javascripts/capacity\.js"', page)


def test_script_reads_the_ratios_from_the_page_and_holds_no_figures_itself():
    script = SCRIPT.read_text(encoding="utf-8")
    assert "dataset.capacityRatios" in script and "JSON.parse" in script
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.S)
    numbers = set(re.findall(r"\b\d+(?:\.\d+)?\b", code))
    assert numbers <= {"0", "1"}, f"figures belong in data/capacity_guidance.yml, not the script: {numbers}"
    assert not re.search(r"https?://|fetch\(|XMLHttpRequest|import\(", code)
