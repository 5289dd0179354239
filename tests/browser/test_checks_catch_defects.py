"""The checks find what they are for: a copy of the fixture's built play book
with a page broken on purpose must be reported by each of them."""

from __future__ import annotations

import shutil

import pytest

from .html_validity import unexcused_errors
from .page_checks import DESKTOP, visit_page
from .site_links import check_site_links
from .site_server import serve

PAGE = "offer/index.html"
DEFECTS = """
<img src="../assets/images/favicon.png" width="20" height="20">
<img src="../assets/images/no-such-chart.png" alt="A chart that is not there">
<a href="../no-such-page/">A page that does not exist</a>
<a href="#no-such-anchor">A heading that does not exist</a>
<a href="https://stories.example/no-such-story/">A story the public site does not have</a>
<a href="https://example.org/elsewhere">A link to another site</a>
<script src="https://cdn.example.com/tracker.js"></script>
<div style="width: 900px">A block wider than a phone</div>
<div id="wider-than-320" style="width: 350px">A block that fits a 375 px phone but not a 320 px one</div>
<img src="../assets/images/favicon.png" width="900" height="30" alt="A picture wider than a phone"
     style="max-width: none">
<div style="overflow-x: auto"><svg id="scrolling-chart" viewBox="0 0 600 40" width="600" height="40"
     style="max-width: none; min-width: 600px"><text x="0" y="20" font-size="13">A chart wider than a phone</text>
     </svg></div>
<svg id="tiny-text-chart" viewBox="0 0 1000 40" width="1000" height="40" style="width: 100%; height: auto">
     <text x="0" y="20" font-size="12">A chart shrunk to fit</text></svg>
<table class="squeezed"><tr><th style="width: 1px; overflow-wrap: anywhere">Squeezedheading</th></tr></table>
"""
# Not a defect: a table too wide for the page, as editors will write them.
# Material wraps it in a container that scrolls; ogic.js makes that
# container take keyboard focus.
WIDE_TABLE = ('<table id="wide-table"><tr>' + "".join(f"<th>Heading{n}withnobreaks</th>" for n in range(12))
              + "</tr></table>")


@pytest.fixture(scope="module")
def defective(fixture_built, tmp_path_factory):
    """The built play book with DEFECTS added to the top of the offer page."""
    root = tmp_path_factory.mktemp("defective") / "playbook"
    shutil.copytree(fixture_built.site("playbook"), root)
    page = root / PAGE
    html = page.read_text(encoding="utf-8")
    marker = '<article class="md-content__inner md-typeset">'
    assert marker in html, "Material's article markup changed: update this test"
    html = html.replace(marker, marker + DEFECTS + WIDE_TABLE, 1)
    # A navigation too long for a laptop's screen (the primary sidebar comes first).
    sidebar = '<div class="md-sidebar__inner">'
    assert sidebar in html, "Material's sidebar markup changed: update this test"
    page.write_text(html.replace(sidebar, sidebar + '<p style="height: 2000px">A very long navigation</p>', 1),
                    encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def report(defective, browser):
    site = serve("defective", defective)
    context = browser.new_context(viewport=DESKTOP)
    try:
        yield visit_page(context, site.url + "offer/")
    finally:
        context.close()
        site.close()


def test_axe_reports_an_image_without_alt_text(report):
    assert any(line.startswith("image-alt ") for line in report.axe), report.axe


def test_the_browser_check_reports_a_script_from_another_host(report):
    assert report.foreign_requests() == ["https://cdn.example.com/tracker.js"]


def test_the_browser_check_reports_a_file_the_server_does_not_have(report):
    assert [line.split("/", 3)[3] for line in report.missing] == ["assets/images/no-such-chart.png answered 404"]


def test_the_phone_check_reports_a_page_that_scrolls_sideways(report):
    assert report.overflow and "scrolls sideways" in report.overflow[0]


def test_the_reflow_checks_report_sideways_scrolling_at_320px_and_at_200_percent_zoom(report):
    narrow = [line for line in report.overflow if line.startswith("at 320 px: ")]
    assert any("div#wider-than-320" in line for line in narrow), narrow
    assert not any("div#wider-than-320" in line for line in report.overflow if not line.startswith("at ")), \
        "the 350 px block fits a 375 px phone"
    assert any(line.startswith("at 200% zoom (640 px): scrolls sideways") for line in report.overflow), report.overflow


def test_the_chart_check_reports_a_chart_that_scrolls_in_its_box_and_one_with_text_too_small(report):
    assert any(line.startswith("svg#scrolling-chart scrolls sideways in div") for line in report.charts), report.charts
    assert any(line.startswith('svg#tiny-text-chart: its text "A chart shrunk to fit" is drawn at')
               for line in report.charts), report.charts
    assert "(no class)" in report.chart_kinds  # the defects are charts too (SVGs 120 px wide or more)


def test_the_navigation_check_reports_a_navigation_too_long_for_the_screen(report):
    assert report.navigation and "needs scrolling" in report.navigation[0], report.navigation


def test_the_phone_check_reports_a_picture_too_wide_and_a_word_broken_up_in_a_table(report):
    assert any(line.startswith("img is 900 px wide and does not fit the 375 px screen") for line in report.unreadable)
    assert any(line.endswith('"Squeezedheading" is broken up') for line in report.unreadable), report.unreadable


def test_the_link_check_reports_a_broken_link_image_anchor_and_link_to_the_other_site(
        defective, fixture_built):
    # As if the stories site were published at https://stories.example/.
    broken = check_site_links(defective, {"https://stories.example/": fixture_built.site("stories")}).broken
    assert len(broken) == 4, broken
    assert all(line.startswith(f"{PAGE}:") for line in broken)
    assert broken[0].endswith(": ../assets/images/no-such-chart.png: no such file in the site")
    assert broken[1].endswith(": ../no-such-page/: no such file in the site")
    assert broken[2].endswith(f': #no-such-anchor: {PAGE} has no element with id "no-such-anchor"')
    assert broken[3].endswith(": https://stories.example/no-such-story/: "
                              "no such file in the site published at https://stories.example/")


def test_the_link_check_lists_links_to_other_hosts_and_reports_scripts_from_them(defective):
    links = check_site_links(defective)
    assert "https://example.org/elsewhere" in links.external_links
    assert len(links.external_resources) == 1, links.external_resources
    assert links.external_resources[0].startswith(f"{PAGE}:")
    assert links.external_resources[0].endswith(": https://cdn.example.com/tracker.js: loaded from another host")


def test_the_validator_reports_an_image_without_alt_text(defective):
    unexcused, _ = unexcused_errors({"defective": defective}, [defective / PAGE])["defective"]
    assert any("img" in line and "alt" in line for line in unexcused), unexcused


def test_a_wide_table_scrolls_by_itself_and_by_keyboard(report):
    assert not any("scrollable-region-focusable" in line for line in report.axe), report.axe
    assert not any("wide-table" in line or "withnobreaks" in line for line in report.unreadable), report.unreadable
    assert not any("table" in line for line in report.overflow), report.overflow


def test_a_box_that_scrolls_sideways_says_so_where_it_starts(defective, browser):
    site = serve("defective-cue", defective)
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto(site.url + "offer/")
        # Material wraps a table in boxes; the one that scrolls is marked by ogic.js.
        box = page.locator("[data-ogic-scroll-region]:has(#wide-table)")
        box.wait_for()
        cue = box.evaluate("e => getComputedStyle(e, '::before').content")
        assert "Scroll sideways to see it all" in cue, cue
        # Once the table fits, no cue: the mark, and so the words, come only while a box scrolls.
        page.evaluate("document.querySelectorAll('#wide-table th:nth-child(n+3)').forEach(th => th.remove());"
                      "window.dispatchEvent(new Event('resize'))")
        fitting = page.locator(".md-typeset__scrollwrap:has(#wide-table)")
        page.wait_for_function("!document.querySelector('[data-ogic-scroll-region]:has(#wide-table)')")
        assert fitting.evaluate("e => getComputedStyle(e, '::before').content") in ("none", "normal")
    finally:
        context.close()
        site.close()
