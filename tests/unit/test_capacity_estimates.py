"""The capacity calculator's arithmetic, on guidance built here with the source's own worked
example: an organisation of 4,000 staff aims for 15 to 20 internal experts and 150 to 200
quality coaches, each coach supporting 3 to 4 teams.

The built calculator is checked in tests/build/test_capacity_in_pages.py.
"""

import json
import re

import pytest
from support.projects import REPO

from macros.data.models import CapacityGuidance
from macros.render.capacity import calculator_ratios, capacity_table, estimate

SCRIPT = REPO / "overrides" / "assets" / "javascripts" / "capacity.js"

GUIDANCE = CapacityGuidance.model_validate({
    "reference_headcount": 4000, "source": "The guidance's worked example", "typical_headcounts": [1000, 4000],
    "roles": [{"id": "internal-experts", "name": "Internal experts", "percent": 0.4,
               "at_reference": {"low": 15, "high": 20}},
              {"id": "quality-coaches", "name": "Quality coaches", "percent": 5,
               "at_reference": {"low": 150, "high": 200}, "teams_each": {"low": 3, "high": 4}}]})


def by_role(estimates):
    return {e.role.id: e for e in estimates}


def test_the_worked_example_of_4000_staff_gets_the_guidances_own_numbers():
    result = by_role(estimate(GUIDANCE, 4000))
    assert (result["internal-experts"].low, result["internal-experts"].high) == (15, 20)
    assert (result["quality-coaches"].low, result["quality-coaches"].high) == (150, 200)
    # Three to four teams for each of 150 to 200 coaches.
    assert (result["quality-coaches"].teams_low, result["quality-coaches"].teams_high) == (450, 800)
    assert result["internal-experts"].teams_low is None and result["internal-experts"].teams_high is None


@pytest.mark.parametrize("headcount, experts, coaches", [
    (8000, (30, 40), (300, 400)),
    (1000, (4, 5), (38, 50)),     # 3.75 experts and 37.5 coaches round up to whole people
    (1, (1, 1), (1, 1)),
])
def test_other_headcounts_scale_and_round_up(headcount, experts, coaches):
    result = by_role(estimate(GUIDANCE, headcount))
    assert (result["internal-experts"].low, result["internal-experts"].high) == experts
    assert (result["quality-coaches"].low, result["quality-coaches"].high) == coaches


def test_the_table_without_javascript_gives_each_typical_headcount():
    table = capacity_table(GUIDANCE)
    assert [headcount for headcount, _ in table] == [1000, 4000]
    coaches = by_role(table[0][1])["quality-coaches"]
    assert (coaches.low, coaches.high, coaches.teams_low, coaches.teams_high) == (38, 50, 114, 200)


def test_ratios_come_from_the_data_not_the_code():
    guidance = CapacityGuidance.model_validate({
        "reference_headcount": 100, "source": "s", "typical_headcounts": [200],
        "roles": [{"id": "coach", "name": "Coaches", "percent": 10, "at_reference": {"low": 10, "high": 10},
                   "teams_each": {"low": 2, "high": 2}}]})
    [(headcount, [coach])] = capacity_table(guidance)
    assert (headcount, coach.low, coach.high, coach.teams_low, coach.teams_high) == (200, 20, 20, 40, 40)


def test_the_script_is_given_the_reference_and_each_roles_range():
    assert json.loads(calculator_ratios(GUIDANCE)) == {
        "reference_headcount": 4000,
        "roles": [{"id": "internal-experts", "name": "Internal experts", "low": 15, "high": 20, "teams_each": None},
                  {"id": "quality-coaches", "name": "Quality coaches", "low": 150, "high": 200,
                   "teams_each": [3, 4]}]}


def test_the_script_reads_the_ratios_from_the_page_and_holds_no_figures_itself():
    script = SCRIPT.read_text(encoding="utf-8")
    assert "dataset.capacityRatios" in script and "JSON.parse" in script
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.S)
    numbers = set(re.findall(r"\b\d+(?:\.\d+)?\b", code))
    assert numbers <= {"0", "1"}, f"figures belong in data/capacity_guidance.yml, not the script: {numbers}"
    assert not re.search(r"https?://|fetch\(|XMLHttpRequest|import\(", code)
