"""The capability register as HTML (macros/render/capability_register.py), from figures built
here: the empty state, the dates, the chart's geometry and its words, the champions, escaping,
and nothing at all on the public site. The built page is in tests/build/test_capability_in_pages.py."""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from support.html import Page

from macros.analysis.capability import capability_register
from macros.data.models import CapabilityFigures, CapacityGuidance, Organisation
from macros.render.capability_register import render_capability_register
from macros.render.page_macros import PageMacros
from macros.render.register_chart import LEFT, RIGHT_ROOM, WIDTH, register_chart

# The source's worked example: 15 to 20 internal experts and 150 to 200 quality coaches for 4,000 staff.
GUIDANCE = CapacityGuidance.model_validate({
    "reference_headcount": 4000, "source": "The guidance's worked example", "typical_headcounts": [4000],
    "roles": [{"id": "internal-experts", "name": "Internal experts", "percent": 0.4,
               "at_reference": {"low": 15, "high": 20}},
              {"id": "quality-coaches", "name": "Quality coaches", "percent": 5,
               "at_reference": {"low": 150, "high": 200}, "teams_each": {"low": 3, "high": 4}}]})
ORGANISATIONS = {"first-org": Organisation(id="first-org", name="First Org"),
                 "second-org": Organisation(id="second-org", name="Second Org")}


def figures(org_id, headcount, experts, coaches, as_of=dt.date(2024, 3, 31), **extra):
    return CapabilityFigures.model_validate({"headcount": headcount, "as_of": as_of, "internal_experts": experts,
                                            "quality_coaches": coaches, **extra}).model_copy(update={"id": org_id})


def test_with_no_figures_the_page_says_so_without_naming_repository_files():
    page = Page(render_capability_register([], ORGANISATIONS, GUIDANCE))
    assert "No partner organisation has recorded its capability figures yet" in page.text
    assert "Nothing here is estimated" in page.text
    assert "CONTRIBUTING" not in page.text and "data/" not in page.text  # where to add them: on Open items
    assert not page.find("table") and not page.find("svg")


def test_figures_from_one_date_say_so_once():
    html = render_capability_register([figures("first-org", 4000, 17, 150), figures("second-org", 1000, 4, 40)],
                                      ORGANISATIONS, GUIDANCE)
    text = Page(html).text
    assert "All the figures are as of 31 March 2024" in text
    assert "Different dates" not in text
    assert re.search(r'data-organisation="system">\s*<th scope="row">The system \(2 organisations with figures\)'
                     r'</th>\s*<td><time datetime="2024-03-31">31 March 2024</time></td>', html)


def test_each_role_has_an_accessible_chart_with_every_figure_in_words():
    html = render_capability_register([figures("first-org", 4000, 17, 120)], ORGANISATIONS, GUIDANCE)
    page = Page(html)
    svgs = page.find("svg", role="img")
    assert [s["id"] for s in svgs] == ["capability-chart-internal-experts", "capability-chart-quality-coaches"]
    assert svgs[0]["aria-labelledby"] == ("capability-chart-internal-experts-title "
                                          "capability-chart-internal-experts-desc")
    desc = re.search(r'<desc id="capability-chart-quality-coaches-desc">(.*?)</desc>', html, re.S).group(1)
    # 4,000 staff: 150 to 200 coaches asked; 120 had, so 30 to 80 more.
    assert "First Org: has 120, the guidance asks 150 to 200; 30 to 80 more needed." in desc
    assert "The system: has 120, the guidance asks 150 to 200; 30 to 80 more needed." in desc
    experts_desc = re.search(r'<desc id="capability-chart-internal-experts-desc">(.*?)</desc>', html, re.S).group(1)
    assert "First Org: has 17, the guidance asks 15 to 20; none: within the range." in experts_desc
    # The same figures in the table beside each chart, the gap in words.
    table = Page(re.search(r'<table id="capability-chart-quality-coaches-table">.*?</table>', html, re.S).group(0))
    assert "First Org 120 150 to 200 30 to 80 more needed" in table.text
    # The key says which shape is which: never colour alone.
    assert "Solid bar: what it has" in page.text and "Dashed box: the range the guidance asks" in page.text


def test_the_chart_draws_the_asked_range_and_what_each_has_on_one_scale_from_zero():
    register = capability_register([figures("first-org", 4000, 17, 120), figures("second-org", 1000, 0, 60)],
                                   ORGANISATIONS, GUIDANCE)
    chart = register_chart("c", "internal-experts", register.organisations, register.system)
    # The largest figure is the system's high end: 5,000 staff -> 25 experts. Ticks every 10, so the scale is 0-30.
    assert [t.value for t in chart.ticks] == [0, 10, 20, 30]
    plot = WIDTH - LEFT - RIGHT_ROOM

    def x(value):
        return LEFT + plot * value / 30

    first, second, system = chart.rows
    assert first.box_x == pytest.approx(x(15)) and first.box_width == pytest.approx(x(20) - x(15))
    assert first.bar_width == pytest.approx(x(17) - LEFT)
    assert second.bar_width == 0 and (second.gap.asked.low, second.gap.asked.high) == (4, 5)
    assert system.system and not first.system and system.box_x == pytest.approx(x(19))
    # Rows never overlap: each starts below the previous one's box.
    assert first.box_y + 20 < second.y and second.box_y + 20 < system.y < chart.axis_y


def test_a_row_with_none_has_no_bar_but_says_has_0():
    html = render_capability_register([figures("second-org", 1000, 0, 60)], ORGANISATIONS, GUIDANCE)
    svg = re.search(r'<svg [^>]*id="capability-chart-internal-experts".*?</svg>', html, re.S).group(0)
    assert 'class="ogic-register__has"' not in svg and "has 0, asks 4 to 5" in svg


def test_champions_are_listed_with_their_organisation_and_an_email_link_and_escaped():
    champion = {"name": "<b>Ann</b> & Co", "role": "Matron", "email": "ann@example.org", "consent": True}
    html = render_capability_register(
        [figures("first-org", 4000, 17, 150, champions=[champion, {**champion, "name": "Bo", "email": "bo@example.org",
                                                                    "organisation": "second-org"}])],
        ORGANISATIONS, GUIDANCE)
    assert "<b>Ann</b>" not in html and "&lt;b&gt;Ann&lt;/b&gt; &amp; Co" in html
    table = Page(re.search(r'<table id="qi-champions-table">.*?</table>', html, re.S).group(0))
    assert "<b>Ann</b> & Co Matron First Org ann@example.org" in table.text
    assert "Bo Matron Second Org bo@example.org" in table.text
    assert table.find("a", href="mailto:bo@example.org")


def test_without_champions_the_register_says_none_are_listed():
    text = Page(render_capability_register([figures("first-org", 4000, 17, 150)], ORGANISATIONS, GUIDANCE)).text
    assert "No QI champions are listed yet" in text


def test_trained_counts_and_notes_are_shown_only_where_given():
    html = render_capability_register(
        [figures("first-org", 4000, 17, 150, trained=[{"programme": "Bronze QI", "count": 400},
                                                       {"programme": "Silver QI", "level": "Practitioner",
                                                        "count": 35}], notes="Bank staff left out.")],
        ORGANISATIONS, GUIDANCE)
    text = Page(html).text
    assert "First Org Bronze QI 400" in text and "First Org Silver QI Practitioner 35" in text
    assert "Notes on the figures First Org Bank staff left out." in text
    plain = render_capability_register([figures("first-org", 4000, 17, 150)], ORGANISATIONS, GUIDANCE)
    assert 'id="capability-trained"' not in plain and 'id="capability-notes"' not in plain


def test_the_public_site_shows_nothing_even_if_a_page_calls_the_macro():
    macros = PageMacros(data=SimpleNamespace(capability=[figures("first-org", 4000, 17, 150)]), env=None,
                        staff=False, versioned=False, charts=None, browse=())
    assert macros.capability_register() == ""
