"""Links, anchors and HTML validity over both built sites (no browser needed)."""

from __future__ import annotations

import pytest

from .html_validity import theme_exceptions, unexcused_errors
from .site_server import SITES


@pytest.fixture(scope="session")
def validity(repository_built):
    return unexcused_errors({site: repository_built.site(site) for site in SITES})


@pytest.mark.parametrize("site", SITES)
def test_every_internal_link_and_anchor_resolves(links, site):
    assert links[site].broken == []


@pytest.mark.parametrize("site", SITES)
def test_no_page_loads_anything_from_another_host(links, site):
    # Static twin of the browser's request check: covers resources that a
    # page would load only later or only in some browsers.
    assert links[site].external_resources == []


@pytest.mark.parametrize("site", SITES)
def test_html_is_valid_apart_from_listed_theme_exceptions(validity, site):
    unexcused, _ = validity[site]
    assert unexcused == []


def test_every_listed_theme_exception_is_still_needed(validity):
    used = set().union(*(used for _, used in validity.values()))
    stale = [e.extract for e in theme_exceptions() if e.extract not in used]
    assert stale == [], "remove these from tests/browser/html-theme-exceptions.yml"
