"""Every page of the tests' own play book (both sites) after CONTRIBUTING.md's
examples are applied with the longest text an editor could really write
(tests/support/long_text.py): long organisation names with notes, titles,
roles and work email addresses. Each page must still pass axe and reflow at
375 px, 320 px and 200% zoom, so that an editor's long text never breaks CI."""

from __future__ import annotations

import pytest
from support.long_text import EMAIL, NOTES, ORGANISATION, apply_every_example
from support.projects import fixture_project

from .page_checks import DESKTOP, visit_pages
from .site_server import serve


@pytest.fixture(scope="module")
def long_text_crawl(browser, tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("long-text") / "fixture")
    apply_every_example(project)
    result = project.build()
    assert result.ok, result.output
    served = [serve(name, project.site(name)) for name in ("playbook", "stories")]
    context = browser.new_context(viewport=DESKTOP)
    try:
        yield project, [report for site in served for report in visit_pages(context, [site.url + page
                                                                                      for page in site.pages()])]
    finally:
        context.close()
        for site in served:
            site.close()


def test_the_long_text_is_on_the_pages_looked_at(long_text_crawl):
    project, reports = long_text_crawl
    register = project.page("playbook", "sections/")
    assert ORGANISATION in register and NOTES in register and EMAIL in register
    assert len(reports) > 20


def test_every_page_with_long_text_passes_axe(long_text_crawl):
    assert [f"{r.url}: {line}" for r in long_text_crawl[1] for line in r.axe] == []


def test_no_page_with_long_text_scrolls_sideways_at_375_or_320px_or_200_percent_zoom(long_text_crawl):
    assert [f"{r.url}: {line}" for r in long_text_crawl[1] for line in r.overflow] == []


def test_tables_and_charts_with_long_text_stay_readable(long_text_crawl):
    assert [f"{r.url}: {line}" for r in long_text_crawl[1] for line in r.unreadable] == []
