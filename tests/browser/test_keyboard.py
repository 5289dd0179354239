"""Using both sites with the keyboard alone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .examples import public_story
from .keyboard_steps import busiest_page, focus_is, focused, tab_through_page, tab_until
from .page_checks import DESKTOP, NARROW
from .search_steps import (
    SEARCH_BOX,
    SEARCH_BUTTON,
    landing_problem,
    open_site,
    result_titled,
    type_query,
    wait_until_landed,
)
from .site_server import SITES


@pytest.mark.parametrize("site", SITES)
def test_skip_link_is_first_and_takes_keyboard_users_to_the_content(page, sites, site):
    open_site(page, sites[site].url)
    page.keyboard.press("Tab")
    first = focused(page)
    assert first and "Skip to content" in first["name"] and first["on_screen"], first
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    # Focus continues inside the page's content, past the header and navigation.
    assert focus_is(page, ".md-content *"), focused(page)


@pytest.mark.parametrize("site", SITES)
def test_every_element_reached_with_tab_shows_it_has_focus(page, sites, site):
    served = sites[site]
    walked = []
    for path in dict.fromkeys(["", busiest_page(served.root)]):
        open_site(page, served.url + path)
        walked += [(path, state) for state in tab_through_page(page)]
    assert len(walked) > 5, walked
    hidden = [f"/{path} {state['name']}: " + ("no focus outline" if state["on_screen"] else "off screen")
              for path, state in walked if not (state["on_screen"] and (state["outline"] or state["shadow"]))]
    assert hidden == [], "focused but not visibly so"


MENU_BUTTON = "[data-ogic-menu]"
MENU_LINK = ".md-sidebar--primary a.md-nav__link"


@pytest.mark.parametrize("site", SITES)
def test_at_320_px_the_menu_opens_from_the_keyboard_and_its_links_are_reached(browser, sites, site):
    # 320 CSS px: a phone, or a 1,280 px window zoomed to 400% (WCAG 2.1.1 and 1.4.10).
    context = browser.new_context(viewport=NARROW)
    try:
        page = context.new_page()
        open_site(page, sites[site].url)
        menu = page.locator(MENU_BUTTON)
        on_the_way = tab_until(page, MENU_BUTTON, limit=5)
        # Nothing hidden in the closed menu takes focus before or after the button.
        assert all(state and state["on_screen"] for state in on_the_way), on_the_way
        expect(menu).to_have_attribute("aria-expanded", "false")
        page.keyboard.press("Enter")
        expect(menu).to_have_attribute("aria-expanded", "true")
        assert focus_is(page, f"#{menu.get_attribute('aria-controls')} *"), focused(page)  # into the menu
        tab_until(page, MENU_LINK, limit=10)
        assert focused(page)["on_screen"], focused(page)
        page.keyboard.press("Escape")
        expect(menu).to_have_attribute("aria-expanded", "false")
        assert focus_is(page, MENU_BUTTON), focused(page)
        page.keyboard.press("Space")
        expect(menu).to_have_attribute("aria-expanded", "true")
        page.get_by_role("button", name="Close the menu").press("Enter")
        expect(menu).to_have_attribute("aria-expanded", "false")
        assert focus_is(page, MENU_BUTTON), focused(page)
        page.keyboard.press("Tab")  # past the closed menu: no link of it is reached
        assert not focus_is(page, ".md-sidebar--primary *"), focused(page)
        # On a wide screen the navigation is a column of the page: no menu button, its links in reach.
        page.set_viewport_size(DESKTOP)
        expect(menu).to_be_hidden()
        # menu.js follows the width through a media query's change event, which comes just after the resize.
        page.wait_for_function("!document.querySelector('.md-sidebar--primary').inert", timeout=5000)
    finally:
        context.close()


@pytest.mark.parametrize("site", SITES)
def test_search_is_reachable_and_usable_with_the_keyboard_alone(page, sites, site):
    title = public_story()["title"]
    open_site(page, sites[site].url)
    tab_until(page, SEARCH_BUTTON)
    page.keyboard.press("Enter")
    assert focus_is(page, SEARCH_BOX), focused(page)
    type_query(page, title)
    result = result_titled(page, title).first
    expect(result).to_be_visible()
    for _ in range(10):  # the down arrow moves from the field through the results
        page.keyboard.press("ArrowDown")
        if result.evaluate("link => link === document.activeElement"):
            break
    assert focused(page)["on_screen"] and (focused(page)["outline"] or focused(page)["shadow"])
    page.keyboard.press("Enter")
    wait_until_landed(page, title)
    assert landing_problem(page, title) == ""


@pytest.mark.parametrize("site", SITES)
def test_search_filters_work_with_the_keyboard_and_escape_leaves_search(page, sites, site):
    open_site(page, sites[site].url)
    tab_until(page, SEARCH_BUTTON)
    page.keyboard.press("Enter")
    type_query(page, public_story()["title"])
    expect(page.locator(".ogic-search__link").first).to_be_visible()
    tab_until(page, '.ogic-search__filter input[value="Story"]', limit=20)
    page.keyboard.press("Space")
    page.wait_for_function("() => [...document.querySelectorAll('.ogic-search__kind')]"
                           ".every(kind => kind.textContent === 'Story')")
    page.keyboard.press("Escape")
    expect(page.locator(".ogic-search__dialog")).to_be_hidden()
    assert focus_is(page, SEARCH_BUTTON), focused(page)


@pytest.mark.parametrize("site", SITES)
def test_version_selector_is_reachable_by_keyboard_where_versions_are_published(page, sites, site):
    open_site(page, sites[site].url)
    config = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
    if (config.get("version") or {}).get("provider") != "mike":
        # Not set up for mike: no selector may show (a half-made one would
        # trap keyboard users), and versions.json is not even asked for.
        page.wait_for_load_state("networkidle")
        assert page.locator(".md-version").count() == 0
        assert page.evaluate("performance.getEntriesByType('resource')"
                             ".filter(r => r.name.endsWith('/versions.json')).length") == 0
        return
    # Set up for mike: the test server answers versions.json (site_server.py).
    expect(page.locator(".md-version__current")).to_be_visible()
    tab_until(page, ".md-version__current")
    page.keyboard.press("Tab")
    assert focus_is(page, ".md-version__link"), focused(page)
    assert focused(page)["on_screen"], "the list of versions stays hidden from keyboard users"
