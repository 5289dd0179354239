"""The register of improvement projects in a browser: whole and readable without
JavaScript; with it, filters and sortable columns that work from the keyboard and
say what they did; at 320 px, a card per project. On the tests' own play book (``fixture_built``: three projects,
one of them completed, one paused); what the built page holds is read in
tests/build/test_projects_in_pages.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import expect

from macros.analysis.projects import project_states
from macros.data.models import Organisation, Project
from macros.render.projects import register_rows, render_register

from .page_checks import DESKTOP, NARROW, sideways_overflow
from .site_server import serve


@pytest.fixture(scope="module")
def served(fixture_built):
    sites = {name: serve(f"register-{name}", fixture_built.site(name)) for name in ("playbook", "stories")}
    yield {name: site.url for name, site in sites.items()}
    for site in sites.values():
        site.close()


def visible_titles(page) -> list[str]:
    return [text.strip() for text in page.locator("[data-ogic-register] tbody tr:visible th").all_inner_texts()]


def test_without_javascript_every_project_is_listed_and_no_filter_is_offered(browser, served):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served["playbook"] + "projects/")
        assert len(visible_titles(page)) == 3
        expect(page.locator("[data-ogic-register-filters]")).to_be_hidden()
    finally:
        context.close()


def test_filters_show_only_the_projects_asked_for_and_say_how_many(page, served):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(served["playbook"] + "projects/")
    status = page.locator("[data-ogic-register-count]")
    expect(status).to_have_text("Showing all 3 projects.")
    page.get_by_label("Status").select_option(label="Quiet wins (completed, no measure)")
    expect(status).to_have_text("Showing 1 of 3 projects.")
    assert visible_titles(page) == ["Fixture quiet win"]
    page.get_by_label("Status").select_option("")
    page.get_by_label("Organisation").select_option(label="Fixture Council")
    assert sorted(visible_titles(page)) == ["CANARY internal project", "Fixture public project"]
    page.get_by_label("Theme").select_option(label="Prevention")
    assert visible_titles(page) == ["Fixture public project"]
    assert errors == []


def test_a_column_heading_sorts_the_table_from_the_keyboard_and_says_so(page, served):
    page.goto(served["playbook"] + "projects/")
    button = page.get_by_role("button", name="Latest score")
    button.focus()
    page.keyboard.press("Enter")
    header = page.locator("[data-ogic-register] th", has=button)
    expect(header).to_have_attribute("aria-sort", "ascending")
    assert visible_titles(page) == ["CANARY internal project", "Fixture public project", "Fixture quiet win"]
    expect(page.locator("[data-ogic-register-count]")).to_have_text("Sorted by Latest score, lowest or oldest first.")
    page.keyboard.press("Enter")
    expect(header).to_have_attribute("aria-sort", "descending")
    assert visible_titles(page) == ["Fixture quiet win", "Fixture public project", "CANARY internal project"]
    page.get_by_role("button", name="Project", exact=True).click()
    assert visible_titles(page) == ["CANARY internal project", "Fixture public project", "Fixture quiet win"]


def test_the_public_register_lists_only_public_projects_and_filters_them(page, served):
    page.goto(served["stories"] + "projects/")
    assert sorted(visible_titles(page)) == ["Fixture public project", "Fixture quiet win"]
    page.get_by_label("Progress score").select_option(label="Out of date")
    assert visible_titles(page) == ["Fixture public project"]


def test_at_320_px_each_project_is_a_card_that_needs_no_sideways_scrolling(browser, served):
    context = browser.new_context(viewport=NARROW)
    try:
        page = context.new_page()
        page.goto(served["stories"] + "projects/")
        box = page.locator(".ogic-register__scroll")
        assert box.evaluate("e => e.scrollWidth <= e.clientWidth"), "the register scrolls sideways at 320 px"
        assert sideways_overflow(page) == []
        row = page.locator("[data-ogic-register] tbody tr", has_text="Fixture public project")
        # Each cell is named by its column: the label is drawn before it.
        label = row.locator("td").first.evaluate("e => getComputedStyle(e, '::before').content")
        assert label == '"Organisations: "'
        # The column headings are still there to sort by, as buttons.
        page.get_by_role("button", name="Project", exact=True).click()
        assert visible_titles(page) == ["Fixture public project", "Fixture quiet win"]
    finally:
        context.close()


def test_one_project_is_counted_in_the_singular(page):
    today = dt.date(2026, 12, 4)
    one = Project(title="The one project", aim="Fewer falls.", organisations=["org"], status="active",
                  started=dt.date(2026, 1, 5), visibility="public").model_copy(update={"id": "one"})
    rows = register_rows(project_states([one], today), {"org": Organisation(id="org", name="Org")},
                         lambda project_id: f"{project_id}/")
    page.set_content(render_register(rows, today, staff=False))
    script = Path(__file__).resolve().parents[2] / "overrides/assets/javascripts/project-register.js"
    page.add_script_tag(content=script.read_text(encoding="utf-8"))
    expect(page.locator("[data-ogic-register-count]")).to_have_text("Showing the one project.")
