"""What a person does with Material's search box, as steps for the tests."""

from __future__ import annotations

import re

from playwright.sync_api import Error as PlaywrightError

from .page_checks import wait_for_material

SEARCH_BOX = "input.md-search__input"
RESULT_LINK = ".md-search-result__link"


def open_site(page, url: str) -> None:
    page.goto(url, wait_until="load")
    wait_for_material(page)


def result_titled(page, title: str):
    """The search result (a link) whose heading is exactly ``title``."""
    heading = page.locator("h1, h2", has_text=re.compile(rf"^\s*{re.escape(title)}\s*$"))
    return page.locator(RESULT_LINK).filter(has=heading)


def type_query(page, text: str) -> None:
    """Type as a person does, key by key: Material ignores fill()."""
    page.keyboard.type(text, delay=15)


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
