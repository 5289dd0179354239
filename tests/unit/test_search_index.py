"""write_search_index (macros/site/search_index.py) on a folder of pages the test writes."""

from __future__ import annotations

import pytest
from support.search_index import indexed_pages

from macros.site.search_index import SearchIndexFailed, searched_part, write_search_index

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Navigation words</nav>
{body}
</body></html>"""


def write_site(folder, pages: dict[str, str]):
    for path, (title, body) in pages.items():
        file = folder / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    return folder


def test_pages_with_a_search_body_are_indexed_with_their_filters_and_no_other(tmp_path):
    site = write_site(tmp_path / "site", {
        "index.html": ("Home", '<main data-pagefind-body data-pagefind-filter="kind:Page"><h1>Home '
                               '<a class="headerlink" href="#home">¶</a></h1><p>Welcome words.</p></main>'),
        "one/index.html": ("One", '<main data-pagefind-body data-pagefind-filter="kind:Story"><h1>One</h1>'
                                  '<a data-pagefind-filter="organisation">Fixture Trust</a></main>'),
        "list/index.html": ("List", "<main><h1>A list</h1><p>Words of a list.</p></main>"),
    })
    folder = write_search_index(site)
    assert folder == site / "pagefind"
    pages = {page.url: page for page in indexed_pages(site)}
    assert set(pages) == {"/", "/one/"}
    assert pages["/"].title == "Home" and "Welcome words." in pages["/"].content
    assert "Navigation" not in pages["/"].content and "¶" not in pages["/"].content + pages["/"].title
    assert pages["/one/"].filters == {"kind": ["Story"], "organisation": ["Fixture Trust"]}
    # Only what the site's own search box loads: none of Pagefind's ready-made interfaces.
    names = {file.name for file in folder.iterdir()}
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json"} <= names
    assert not [name for name in names if "ui" in name or "highlight" in name]


def test_indexing_again_replaces_the_earlier_index(tmp_path):
    site = write_site(tmp_path / "site", {"a/index.html": ("A", "<main data-pagefind-body><h1>A</h1></main>")})
    write_search_index(site)
    (site / "a" / "index.html").unlink()
    write_site(site, {"b/index.html": ("B", "<main data-pagefind-body><h1>B</h1></main>")})
    write_search_index(site)
    assert [page.url for page in indexed_pages(site)] == ["/b/"]


def test_a_site_pagefind_cannot_index_is_reported_with_what_went_wrong(tmp_path):
    missing = tmp_path / "no-such-site"
    with pytest.raises(SearchIndexFailed, match="no-such-site"):
        write_search_index(missing)


LAID_OUT = ('<!doctype html><html lang="en"><head><title>T</title><link rel="stylesheet" href="a.css"></head>'
            '<body><nav>Navigation words</nav><div data-pagefind-body data-pagefind-filter="kind:Measure">'
            '<h1>Title</h1><p>Read.</p><!--not-searched--><div data-pagefind-ignore><table><tr><td>1</td></tr>'
            '</table></div><!--/not-searched--><p>Read too.</p></div><!--search-end--><footer>Facts</footer>'
            '</body></html>')


def test_the_searched_part_is_the_search_body_without_its_never_searched_parts():
    part = searched_part(LAID_OUT.encode()).decode()
    assert '<div data-pagefind-body data-pagefind-filter="kind:Measure"><h1>Title</h1><p>Read.</p>' in part
    assert "<p>Read too.</p></div>" in part
    for left_out in ("Navigation", "<table", "Facts", "a.css"):
        assert left_out not in part


def test_a_page_not_laid_out_for_it_is_given_whole_and_one_without_a_search_body_not_at_all():
    unmarked = LAID_OUT.replace("<!--search-end-->", "").encode()
    assert searched_part(unmarked) == unmarked
    assert searched_part(b"<html><body><main><h1>A list</h1></main></body></html>") is None


def test_every_never_searched_part_is_left_out_and_what_lies_between_them_kept():
    twice = LAID_OUT.replace("<p>Read too.</p>", "<p>Read too.</p><!--not-searched--><svg>2</svg>"
                                                 "<!--/not-searched--><p>And this.</p>")
    part = searched_part(twice.encode()).decode()
    assert "<p>Read too.</p><p>And this.</p></div>" in part and "<svg" not in part and "<table" not in part


def test_a_never_searched_part_left_open_is_kept():
    page = LAID_OUT.replace("<!--/not-searched-->", "").encode()
    assert b"<table" in searched_part(page)
