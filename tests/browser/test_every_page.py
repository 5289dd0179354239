"""Every page of both sites, and the demo's pages with example data, as visited
once in Chromium (the `crawl` fixture)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .site_server import CHECKED, DEMO


def every(crawl, site, problems_of) -> list[str]:
    reports = crawl[site]
    assert any(r.url.endswith("/") and r.url.count("/") == 3 for r in reports), \
        f"the {site} site's home page was not among the pages visited"
    return [f"{r.url}: {problem}" for r in reports for problem in problems_of(r)]


@pytest.mark.parametrize("site", CHECKED)
def test_every_page_passes_axe_wcag_2_2_a_and_aa(crawl, site):
    assert every(crawl, site, lambda r: r.axe) == []


@pytest.mark.parametrize("site", CHECKED)
def test_no_page_requests_anything_from_another_host(crawl, site):
    assert every(crawl, site, lambda r: r.foreign_requests()) == []


@pytest.mark.parametrize("site", CHECKED)
def test_every_page_makes_its_requests_to_the_local_server(crawl, site):
    # The other side of the check above: the page's own requests were seen,
    # so an empty list of foreign requests means something.
    def unseen(report):
        scripts = [url for url in report.requests if url.endswith(".js")]
        return [] if report.url in report.requests and scripts else [f"only saw {report.requests}"]
    assert every(crawl, site, unseen) == []


@pytest.mark.parametrize("site", CHECKED)
def test_nothing_a_page_asks_for_is_missing(crawl, site):
    assert every(crawl, site, lambda r: r.missing) == []


# These two also check every page at 320 px and at 200% zoom (page_checks.NARROW, ZOOMED).
@pytest.mark.parametrize("site", CHECKED)
def test_no_page_scrolls_sideways_at_375_or_320px_or_at_200_percent_zoom(crawl, site):
    assert every(crawl, site, lambda r: r.overflow) == []


@pytest.mark.parametrize("site", CHECKED)
def test_tables_and_charts_stay_readable_at_375_or_320px_or_at_200_percent_zoom(crawl, site):
    assert every(crawl, site, lambda r: r.unreadable) == []


@pytest.mark.parametrize("site", CHECKED)
def test_every_chart_fits_a_320px_screen_by_itself_with_text_of_at_least_12px(crawl, site):
    assert every(crawl, site, lambda r: r.charts) == []


def test_the_320px_chart_check_saw_every_kind_of_chart(crawl):
    # The demo's pages have every chart the sites draw: the check above
    # looked at each kind (a wide drawing hidden at 320 px is not counted).
    seen = {kind.split()[0] for r in crawl[DEMO] for kind in r.chart_kinds}
    assert {"ogic-chart__svg", "ogic-register__svg", "ogic-progress__svg", "ogic-score__svg",
            "ogic-spc__svg"} <= seen, seen


# A page made from data is not in the navigation: its section's tab is still the one highlighted.
SECTION_TABS = {"playbook": {"stories": "Stories", "measures": "Evidence of improvement"},
                "demo": {"stories": "Stories", "measures": "Evidence of improvement"},
                "stories": {"stories": "Stories", "measures": "Home"}}


@pytest.mark.parametrize("site", CHECKED)
def test_a_story_or_measure_page_highlights_the_tab_of_its_section(crawl, site):
    checked = []
    for report in crawl[site]:
        parts = urlsplit(report.url).path.strip("/").split("/")
        if len(parts) == 2 and parts[0] in ("stories", "measures") and parts[1] not in ("page", ""):
            checked.append(parts[0])
            expected = SECTION_TABS[site][parts[0]]
            assert report.active_tab == expected, f"{report.url}: the tab highlighted is {report.active_tab!r}"
    assert "stories" in checked, f"no story page of the {site} site was visited"
    if site == DEMO:
        assert "measures" in checked, "no measure page of the demo was visited"


@pytest.mark.parametrize("site", CHECKED)
def test_the_navigation_fits_a_1280_by_900_screen_on_every_page(crawl, site):
    assert every(crawl, site, lambda r: r.navigation) == []


@pytest.mark.parametrize("site", CHECKED)
def test_no_page_has_a_script_error(crawl, site):
    assert every(crawl, site, lambda r: r.script_errors) == []
