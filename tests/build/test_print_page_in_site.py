"""The built print page holds the whole play book: every page, every anchor working, ready for paper.

Built from the tests' own play book, whose strategic-focus page repeats the capability
components that its sections page shows, with the same ids: the print page must keep both.
"""

import re
from collections import Counter
from html import unescape

import pytest
import yaml
from support.search_index import indexed_pages


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring MkDocs tags such as !ENV."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)


@pytest.fixture(scope="module")
def book(fixture_built):
    return fixture_built


def nav_files(nav) -> list[str]:
    files = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        files += nav_files(value) if isinstance(value, list) else [value]
    return files


def built_url(file: str) -> str:
    return "" if file == "index.md" else file.removesuffix("/index.md").removesuffix(".md") + "/"


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html.replace("&para;", ""))).split())


def test_the_print_page_holds_every_page_of_the_play_book_but_the_editors_open_items(book):
    html = book.page("playbook", "print/")
    assert len(re.findall(r"<h1[\s>]", html)) == 1, "one top-level heading: the print page's own"
    config = yaml.load(book.read("mkdocs.yml"), Loader=_AnyTag)
    assert config["plugins"]["playbook"]["print_leaves_out"] == ["open-items.md"]
    files = [f for f in nav_files(config["nav"]) if f not in ("print.md", "open-items.md")]
    assert "strategic-focus.md" in files and len(files) == 12
    open_items = text_of(re.search(r"<h1[^>]*>(.*?)</h1>", book.page("playbook", "open-items/"), re.S).group(1))
    assert open_items not in text_of(html) and "data/offer.yml" not in html
    headings = [text_of(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)]
    for file in files:
        page = book.page("playbook", built_url(file))
        title = text_of(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
        assert title in headings, f"{file}'s heading {title!r} is not on the print page"


def test_every_anchor_on_the_print_page_resolves_and_ids_are_unique(book):
    html = book.page("playbook", "print/")
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    # The same component is on two pages: each keeps its own id on the print page.
    assert {"sections--fixture-focus", "strategic-focus--fixture-focus"} <= set(ids)
    broken = [h for h in re.findall(r'href="#([^"]+)"', html) if h not in set(ids)]
    assert broken == []
    for reference in re.findall(r'aria-(?:labelledby|describedby)="([^"]+)"', html):
        assert set(reference.split()) <= set(ids), reference


def test_the_print_page_shows_the_data_and_has_its_own_stylesheet(book):
    html = book.page("playbook", "print/")
    for item_id in ("fixture-coaching", "fixture-training"):
        assert re.search(rf'id="offer--{item_id}"', html), f"offer item {item_id} is missing"
    for title in ("Fixture public story", "Fixture second story", "CANARY internal story"):
        assert title in unescape(html), f"story {title!r} is missing"
    assert 'href="../assets/stylesheets/print.css"' in html
    css = book.read("site/playbook/assets/stylesheets/print.css")
    assert "@media print" in css and "break-before: page" in css


def test_the_print_page_is_in_the_navigation_but_not_in_search(book):
    assert 'href="print/"' in book.page("playbook", "")
    urls = [page.url for page in indexed_pages(book.site("playbook"))]
    assert urls and not [url for url in urls if url.startswith("/print/")]


def test_the_public_site_has_no_print_page(fixture_built):
    top = [p.name for p in fixture_built.site("stories").iterdir()]
    assert "index.html" in top and not [name for name in top if "print" in name]
