"""Links, anchors and HTML validity over both built sites and the demo (no browser needed)."""

from __future__ import annotations

import pytest

from .html_validity import theme_exceptions, unexcused_errors
from .site_server import CHECKED, DEMO, demo_pages


@pytest.fixture(scope="package")
def validity(repository_built, demo_built):
    roots = {site: repository_built.site(site) for site in CHECKED}
    # Every page of both sites; of the demo, the pages example data fills. One vnu run.
    files = [page for site in CHECKED if site != DEMO for page in sorted(roots[site].rglob("*.html"))]
    files += [demo_built / page / "index.html" for page in demo_pages(demo_built)]
    return unexcused_errors(roots, files)


@pytest.mark.parametrize("site", CHECKED)
def test_every_internal_link_and_anchor_resolves(links, site):
    assert links[site].broken == []


@pytest.mark.parametrize("site", CHECKED)
def test_no_page_loads_anything_from_another_host(links, site):
    # Static twin of the browser's request check: covers resources that a
    # page would load only later or only in some browsers.
    assert links[site].external_resources == []


@pytest.mark.parametrize("site", CHECKED)
def test_html_is_valid_apart_from_listed_theme_exceptions(validity, site):
    unexcused, _ = validity[site]
    assert unexcused == []


def test_every_listed_theme_exception_is_still_needed(validity):
    used = set().union(*(used for _, used in validity.values()))
    stale = [e.extract for e in theme_exceptions() if e.extract not in used]
    assert stale == [], "remove these from tests/browser/html-theme-exceptions.yml"
