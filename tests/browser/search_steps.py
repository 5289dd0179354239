"""What a person does with the site's search (partials/site-search.html), as steps for the tests."""

from __future__ import annotations

import re

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from .page_checks import wait_for_material

SEARCH_BUTTON = "button.ogic-search__open"
SEARCH_BOX = "input.ogic-search__input"
RESULT_LINK = ".ogic-search__results a"
STATUS = ".ogic-search__status"


def open_site(page, url: str) -> None:
    page.goto(url, wait_until="load")
    wait_for_material(page)
    expect(page.locator(SEARCH_BUTTON)).to_be_visible()  # the search script is ready


def open_search(page) -> None:
    page.locator(SEARCH_BUTTON).click()
    expect(page.locator(SEARCH_BOX)).to_be_focused()


def result_titled(page, title: str):
    """The search result link (a page, or a section of one) that reads exactly ``title``."""
    return page.locator(RESULT_LINK).filter(has_text=re.compile(rf"^\s*{re.escape(title)}\s*$"))


def type_query(page, text: str) -> None:
    """Type as a person does, key by key."""
    page.keyboard.type(text, delay=15)


def results_said(page, pattern: str) -> int:
    """Wait until the search's status line reads ``pattern`` (a regular
    expression whose first group is a number); return that number."""
    status = page.locator(STATUS)
    expect(status).to_have_text(re.compile(pattern))
    return int(re.search(pattern, status.inner_text()).group(1))


def shown_results(page) -> list[dict]:
    """Each result shown: its title, address and kind (sections of pages left out)."""
    return page.evaluate("""() => [...document.querySelectorAll('.ogic-search__results > li')].map(item => ({
        title: item.querySelector('.ogic-search__link').textContent,
        href: item.querySelector('.ogic-search__link').getAttribute('href'),
        kind: item.querySelector('.ogic-search__kind').textContent,
    }))""")


def landing_problem(page, title: str, inside_id: str | None = None) -> str:
    """Empty when the page now shows ``title`` as the heading the URL points
    at (the #fragment's target, or the page's h1), in view, and (if given)
    inside the element with id ``inside_id``; else what is wrong."""
    return page.evaluate("""([title, insideId]) => {
        const id = decodeURIComponent(location.hash.slice(1));
        const target = id ? document.getElementById(id) : document.querySelector('.md-content h1');
        if (!target) return `${location.pathname} has no element with id "${id}"`;
        const heading = target.matches('h1, h2, h3, h4, h5, h6') ? target
                      : target.querySelector('h1, h2, h3, h4, h5, h6');
        const text = heading ? heading.textContent.replace('¶', '').trim() : '';
        if (text !== title) return `${location.pathname}#${id} shows "${text}", not "${title}"`;
        const top = heading.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) return `"${title}" is not scrolled into view`;
        if (insideId && !(document.getElementById(insideId) || {contains: () => false}).contains(heading))
            return `"${title}" is not inside the element with id "${insideId}"`;
        return '';
    }""", [title, inside_id])


def wait_until_landed(page, title: str, inside_id: str | None = None, seconds: float = 5) -> None:
    """Give the browser time to load the page and scroll to the heading."""
    for _ in range(int(seconds * 10)):
        try:
            page.wait_for_load_state("load")
            if not landing_problem(page, title, inside_id):
                return
        except PlaywrightError:  # navigating: the old page's scripts are gone
            pass
        page.wait_for_timeout(100)
