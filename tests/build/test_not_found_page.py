"""The page a missing address shows (overrides/404.html), on both sites: plain words and the way home."""

import re

import pytest
from support.html import Page


@pytest.mark.parametrize("site", ["playbook", "stories"])
def test_a_missing_page_says_so_in_plain_words_and_leads_home(fixture_built, site):
    html = (fixture_built.site(site) / "404.html").read_text(encoding="utf-8")
    text = " ".join(Page(html).text.split())
    assert "Page not found" in text and "404 - Not found" not in text
    assert "check you copied the entire address" in text
    # The site's root: MkDocs gives an error page an absolute base, the site's path.
    assert re.search(r'<a href="/">home page of [^<]+</a>', html)
