"""The capability register and the calculator's choice of organisation on built pages, and
the champions' absence from everything the public site's build writes.

Built on a copy of the tests' own play book with two organisations' figures
(``capability_built``: tests/support/capability.py says what they are and why).
The fixture's sections page calls both; as it is, the fixture has no figures, and the shared
build shows the empty state. Choosing an organisation in a browser is in
tests/browser/test_capacity_calculator.py.
"""

from __future__ import annotations

import re

from support.capability import CANARY
from support.content import every_file_as_text
from support.html import Page


def rows(html: str, table_id: str) -> list[str]:
    """Each row's text of the table with ``table_id``."""
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', html, re.S).group(1)
    return [Page(row).text.strip() for row in re.findall(r"<tr[ >].*?</tr>", table, re.S)][1:]


def test_each_organisation_and_the_system_with_its_figures_and_dates(capability_built):
    html = capability_built.page("playbook", "sections/")
    # In the order of data/organisations.yml; the system sums 4,000 + 1,000 staff, 17 + 0 and 120 + 60.
    assert rows(html, "capability-figures-table") == [
        "Fixture Trust 31 March 2024 4,000 17 120",
        "Fixture Council 31 January 2024 1,000 0 60",
        "The system (2 organisations with figures) Different dates: 31 January 2024 to 31 March 2024 5,000 17 180"]
    text = Page(html).text
    assert "The figures come from different dates, from 31 January 2024 to 31 March 2024" in text


def test_what_the_guidance_asks_and_the_gap_for_each_organisation_and_the_system(capability_built):
    html = capability_built.page("playbook", "sections/")
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


def test_the_champions_register_names_each_champions_organisation_with_an_email_link(capability_built):
    html = capability_built.page("playbook", "sections/")
    assert rows(html, "qi-champions-table") == [
        "Champion Canary Person Role canary Fixture Trust champion.canary@example.org",
        "Second Champion QI coach Fixture Council second.champion@example.org"]
    assert Page(html).find("a", href="mailto:second.champion@example.org")


def test_the_calculator_offers_each_organisation_with_its_headcount_for_the_script(capability_built):
    html = capability_built.page("playbook", "sections/")
    select = re.search(r'<select id="capacity-organisation"[^>]*data-capacity-organisations[^>]*>(.*?)</select>',
                       html, re.S)
    assert select, "the calculator offers the organisations that have figures"
    options = re.findall(r'<option value="([^"]*)"(?: data-headcount="(\d+)")?>', select.group(1))
    assert options == [("", ""), ("fixture-trust", "4000"), ("fixture-council", "1000")]
    assert re.search(r'<label for="capacity-organisation">', html)


def test_no_capability_figure_or_champion_reaches_anything_under_site_stories(capability_built):
    checked = set()
    for file, text in every_file_as_text(capability_built.site("stories")):
        assert CANARY not in text.lower(), f"{file} leaks capability data"
        assert "second.champion" not in text, file
        checked.add(file.relative_to(capability_built.site("stories")).as_posix())
    assert {"index.html", "pagefind/pagefind-entry.json", "sitemap.xml", "capability-tried/index.html"} <= checked
    # The public page that calls both macros shows no register and no choice of organisation.
    tried = capability_built.page("stories", "capability-tried/")
    assert "ogic-register" not in tried and "capacity-organisation" not in tried
    # The canaries were built: the play book shows staff the champion, the notes and the programme.
    playbook = "\n".join(text for _, text in every_file_as_text(capability_built.site("playbook")))
    for shown in ("Champion Canary Person", "Role canary", "mailto:champion.canary@example.org", "Notes canary.",
                  "Programme Canary"):
        assert shown in playbook, shown


def test_the_fixture_as_it_is_says_no_figures_are_recorded_and_offers_no_organisation(fixture_built):
    text = Page(fixture_built.page("playbook", "sections/")).text
    assert "No partner organisation has recorded its capability figures yet" in text
    assert "CONTRIBUTING" not in text
    assert "capacity-organisation" not in fixture_built.page("playbook", "sections/")
    # Where editors add them is on the staff Open items page.
    open_items = Page(fixture_built.page("playbook", "open-items/")).text
    assert "data/capability/<organisation-id>.yml" in open_items
    assert "“Add an organisation's capability figures”" in open_items

