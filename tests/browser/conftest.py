"""One browser for all the tests in this folder, both built sites served on
127.0.0.1, and one visit to every page of both, shared by all browser tests.

Every test that drives Chromium is in this folder and uses this browser
(launched by page_checks.launch_chromium, with its arguments), and every site
it opens is served by site_server.serve. Package scope: the browser closes
when this folder's tests are done. Playwright's sync API runs once at a time
("using Playwright Sync API inside the asyncio loop" otherwise): never start
another."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from .page_checks import DESKTOP, PageReport, launch_chromium, visit_pages
from .site_links import LinkReport, check_site_links, site_url
from .site_server import CHECKED, DEMO, ServedSite, serve

CHECKED_LINKS: dict[str, LinkReport] = {}  # for the summary at the end of the run


def pytest_collection_modifyitems(items):
    # Every test in this folder drives or prepares Chromium: mark them so that
    # `pytest -m "not browser"` runs the rest quickly while editing.
    for item in items:
        if "/tests/browser/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="package")
def demo_built(repository_built):
    """`make demo`'s play book: the real one with demo/'s example data, built
    strictly in this process into the same copy's site/demo."""
    result = repository_built.build_configs({DEMO: "mkdocs.demo.yml"})
    assert result.ok, result.output
    return repository_built.site(DEMO)


@pytest.fixture(scope="package")
def sites(repository_built, demo_built) -> dict[str, ServedSite]:
    served = {name: serve(name, repository_built.site(name)) for name in CHECKED}
    yield served
    for site in served.values():
        site.close()


@pytest.fixture(scope="package")
def browser():
    with sync_playwright() as playwright:
        try:
            chromium, missing = launch_chromium(playwright), None
        except RuntimeError as problem:
            chromium, missing = None, str(problem)
        if missing:
            pytest.fail(missing, pytrace=False)  # fail, never skip: CI must notice
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh desktop-sized tab for an interactive test."""
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="package")
def crawl(browser, sites) -> dict[str, list[PageReport]]:
    """Every page of both sites, each visited once."""
    context = browser.new_context(viewport=DESKTOP)
    reports = {name: visit_pages(context, [site.url + path for path in site.pages()])
               for name, site in sites.items()}
    context.close()
    return reports


@pytest.fixture(scope="package")
def links(repository_built, demo_built) -> dict[str, LinkReport]:
    """The link check of both built sites and the demo (no browser, no network)."""
    folders = {site: repository_built.site(site) for site in CHECKED}
    # Where a site says where it is published (site_url), absolute links to
    # that address, from itself or the other site, are checked as well.
    published = {url: folder for folder in folders.values() if (url := site_url(folder))}
    CHECKED_LINKS.update({site: check_site_links(folder, published) for site, folder in folders.items()})
    return CHECKED_LINKS


def pytest_terminal_summary(terminalreporter):
    # Links to other hosts are not fetched (no network here): list them so a
    # person can look at them.
    for site, report in CHECKED_LINKS.items():
        if report.external_links:
            terminalreporter.write_sep("-", f"links to other hosts from the {site} site (listed, not fetched)")
            for url in report.external_links:
                terminalreporter.write_line(url)
