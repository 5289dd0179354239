"""The capacity calculator's choice of organisation in a browser, at a phone's width.

The fixture play book with two organisations' capability figures
(``capability_built``, tests/support/capability.py); what the built page holds
is read in tests/build/test_capability_in_pages.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .site_server import serve


@pytest.fixture(scope="module")
def served(capability_built):
    site = serve("capability", capability_built.site("playbook"))
    yield site.url
    site.close()


def test_in_a_browser_choosing_an_organisation_fills_in_its_headcount(browser, served):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
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
    finally:
        context.close()
    assert errors == []
