"""The capability register and the calculator's choice of organisation on built pages, and
the champions' absence from everything the public site's build writes.

Built on a copy of the tests' own play book with two organisations' figures written here
(its guidance is the source's example: 15 to 20 internal experts and 150 to 200 quality
coaches for 4,000 staff). The champion's name, role and email, the notes and a programme
carry canary text that must never reach site/stories/; a public page that calls the
register and the calculator shows that the public site has no capability data to show.
The fixture's sections page calls both; as it is, the fixture has no figures, and the shared
build shows the empty state.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading

import pytest
from support.content import every_file_as_text
from support.html import Page
from support.projects import fixture_project

CANARY = "canary"  # looked for in lower case: e-mail addresses are lower case

TRUST = """\
headcount: 4000
as_of: 2024-03-31
internal_experts: 17
quality_coaches: 120
trained:
  - programme: Programme Canary
    count: 400
notes: Notes canary.
champions:
  - name: Champion Canary Person
    role: Role canary
    email: champion.canary@example.org
    consent: true
  - name: Second Champion
    role: QI coach
    email: second.champion@example.org
    consent: true
    organisation: fixture-council
"""
COUNCIL = """\
headcount: 1000
as_of: 2024-01-31
internal_experts: 0
quality_coaches: 60
"""
PUBLIC_PAGE = """\
---
owner: Fixture team
last_reviewed: 2026-01-15
review_in: 6 months
---

# Capability, tried on the public site

{{ capability_register() }}

{{ capacity_calculator() }}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("capability") / "fixture")
    project.write("data/capability/fixture-trust.yml", TRUST)
    project.write("data/capability/fixture-council.yml", COUNCIL)
    project.write("docs-public/capability-tried.md", PUBLIC_PAGE)
    result = project.build()
    assert result.ok, result.output
    return project


def rows(html: str, table_id: str) -> list[str]:
    """Each row's text of the table with ``table_id``."""
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', html, re.S).group(1)
    return [Page(row).text.strip() for row in re.findall(r"<tr[ >].*?</tr>", table, re.S)][1:]


def test_each_organisation_and_the_system_with_its_figures_and_dates(built):
    html = built.page("playbook", "sections/")
    # In the order of data/organisations.yml; the system sums 4,000 + 1,000 staff, 17 + 0 and 120 + 60.
    assert rows(html, "capability-figures-table") == [
        "Fixture Trust 31 March 2024 4,000 17 120",
        "Fixture Council 31 January 2024 1,000 0 60",
        "The system (2 organisations with figures) Different dates: 31 January 2024 to 31 March 2024 5,000 17 180"]
    text = Page(html).text
    assert "The figures come from different dates, from 31 January 2024 to 31 March 2024" in text


def test_what_the_guidance_asks_and_the_gap_for_each_organisation_and_the_system(built):
    html = built.page("playbook", "sections/")
    # 4,000 staff: 15 to 20 experts, 17 is within. 1,000 staff: 3.75 -> 4 to 5, 0 had: 4 to 5 more.
    # 5,000 staff: 18.75 -> 19 to 25, 17 had: 2 to 8 more.
    assert rows(html, "capability-chart-internal-experts-table") == [
        "Fixture Trust 17 15 to 20 None: within the range",
        "Fixture Council 0 4 to 5 4 to 5 more needed",
        "The system (2 organisations with figures) 17 19 to 25 2 to 8 more needed"]
    # 150 to 200 coaches, 120 had: 30 to 80 more. 37.5 -> 38 to 50, 60 had: above.
    # 187.5 -> 188 to 250, 180 had: 8 to 70 more.
    assert rows(html, "capability-chart-quality-coaches-table") == [
        "Fixture Trust 120 150 to 200 30 to 80 more needed",
        "Fixture Council 60 38 to 50 None: above the range",
        "The system (2 organisations with figures) 180 188 to 250 8 to 70 more needed"]
    charts = [svg["id"] for svg in Page(html).find("svg", role="img") if svg["id"].startswith("capability-chart-")]
    assert charts == ["capability-chart-internal-experts", "capability-chart-quality-coaches"]
    assert re.search(r"<title id=\"capability-chart-internal-experts-title\">Internal experts: ", html)


def test_the_champions_register_names_each_champions_organisation_with_an_email_link(built):
    html = built.page("playbook", "sections/")
    assert rows(html, "qi-champions-table") == [
        "Champion Canary Person Role canary Fixture Trust champion.canary@example.org",
        "Second Champion QI coach Fixture Council second.champion@example.org"]
    assert Page(html).find("a", href="mailto:second.champion@example.org")


def test_the_calculator_offers_each_organisation_with_its_headcount_for_the_script(built):
    html = built.page("playbook", "sections/")
    select = re.search(r'<select id="capacity-organisation"[^>]*data-capacity-organisations[^>]*>(.*?)</select>',
                       html, re.S)
    assert select, "the calculator offers the organisations that have figures"
    options = re.findall(r'<option value="([^"]*)"(?: data-headcount="(\d+)")?>', select.group(1))
    assert options == [("", ""), ("fixture-trust", "4000"), ("fixture-council", "1000")]
    assert re.search(r'<label for="capacity-organisation">', html)


def test_no_capability_figure_or_champion_reaches_anything_under_site_stories(built):
    checked = set()
    for file, text in every_file_as_text(built.site("stories")):
        assert CANARY not in text.lower(), f"{file} leaks capability data"
        assert "second.champion" not in text, file
        checked.add(file.relative_to(built.site("stories")).as_posix())
    assert {"index.html", "pagefind/pagefind-entry.json", "sitemap.xml", "capability-tried/index.html"} <= checked
    # The public page that calls both macros shows no register and no choice of organisation.
    tried = built.page("stories", "capability-tried/")
    assert "ogic-register" not in tried and "capacity-organisation" not in tried
    # The canaries were built: the play book shows staff the champion, the notes and the programme.
    playbook = "\n".join(text for _, text in every_file_as_text(built.site("playbook")))
    for shown in ("Champion Canary Person", "Role canary", "mailto:champion.canary@example.org", "Notes canary.",
                  "Programme Canary"):
        assert shown in playbook, shown


def test_the_fixture_as_it_is_says_no_figures_are_recorded_and_offers_no_organisation(fixture_built):
    text = Page(fixture_built.page("playbook", "sections/")).text
    assert "No partner organisation has recorded its capability figures yet" in text
    assert "Add an organisation's capability figures" in text
    assert "capacity-organisation" not in fixture_built.page("playbook", "sections/")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(built):
    handler = functools.partial(QuietHandler, directory=str(built.site("playbook")))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.browser
def test_in_a_browser_choosing_an_organisation_fills_in_its_headcount(served):
    from playwright.sync_api import expect, sync_playwright

    from .test_versions_in_browser import CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 375, "height": 800})
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(served + "sections/")
        headcount, result = page.locator("#capacity-headcount"), page.locator(".ogic-calculator__result")
        page.get_by_label("Use a partner organisation's headcount").select_option("fixture-council")
        expect(headcount).to_have_value("1000")
        # 1,000 staff: 3.75 -> 4 to 5 experts, 37.5 -> 38 to 50 coaches: as the register works it out.
        expect(result).to_contain_text("Internal experts: 4 to 5")
        expect(result).to_contain_text("Quality coaches: 38 to 50")
        # Typing another headcount clears the choice; 4,001 staff: 15.00375 -> 16 to 20.005 -> 21 experts.
        headcount.fill("4001")
        expect(page.locator("#capacity-organisation")).to_have_value("")
        expect(result).to_contain_text("Internal experts: 16 to 21")
        browser.close()
    assert errors == []
