"""The staff-only "Open items" page lists every gap with its page and where to
fill it in; pages say who owns them only once that is recorded.

On the fixture play book, whose data marks gaps of both kinds
(tests/fixtures/site/data) and whose pages state some in their own words."""

from __future__ import annotations

import re
from html import unescape

import yaml
from support.html import Page, section, squash

from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.open_items import open_items
from macros.data import read_all


def rows(html: str, anchor: str) -> list[str]:
    """Each row's cells as a reader sees them, joined by " | "."""
    cells = (re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S) for row in section(html, anchor).split("<tr>")[2:])
    return [" | ".join(squash(unescape(re.sub(r"<[^>]+>", "", cell))) for cell in row) for row in cells]


def test_every_gap_of_the_fixture_is_listed_under_its_kind(fixture_built):
    html = fixture_built.page("playbook", "open-items/")
    agreed, confirmed = rows(html, "to-be-agreed"), rows(html, "to-be-confirmed")
    # The fixture's gaps, read from its own files (tests/fixtures/site/data):
    offer = yaml.safe_load(fixture_built.read("data/offer.yml"))
    tba_items = [item["title"] for item in offer["items"] if item.get("status") == "to_be_agreed"]
    assert tba_items and all(any(title in row and "data/offer.yml" in row for row in agreed) for title in tba_items)
    assert any("Integrate" in row and "data/delivery_plan.yml, workstreams[2].status" in row for row in agreed)
    assert any("data/context.yml" in row and "principles[2].name" in row for row in confirmed)
    assert not any("Fixture scored" in row for row in confirmed)  # a score that is known is not open
    assert any("Fixture focus: score" in row for row in confirmed)
    # Stories without a theme: one line for them all, linking to their listing.
    unthemed = [file for file in fixture_built.path.glob("data/stories/*.yml")
                if "theme" not in yaml.safe_load(file.read_text(encoding="utf-8"))]
    assert unthemed and any(f"The theme of {len(unthemed)} stories" in row and
                            "data/stories, theme, in each story's file" in row for row in agreed)
    assert 'href="../themes/to-be-agreed/"' in html
    # Gaps a page states in its own words, with its line; and a page with no owner.
    assert any("The fixture's missing diagram." in row and "docs/unowned.md, line 7" in row for row in confirmed)
    assert any("The page's owner" in row and "docs/unowned.md" in row for row in confirmed)
    # The public site leaves its pages' gaps out, so they are listed here.
    assert any("The fixture's public hosting." in row and "Left out of the public improvement stories site" in row
               and "docs-public/index.md, line" in row for row in agreed)
    assert f"To be agreed with partners ({len(agreed)})" in Page(html).text
    assert f"To be confirmed ({len(confirmed)})" in Page(html).text


def test_a_pages_own_words_for_a_gap_may_use_markdown(fixture_built):
    # tests/fixtures/site/docs/unowned.md: "The fixture's **missing** diagram."
    html = fixture_built.page("playbook", "unowned/")
    assert "<strong>missing</strong>" in html and "**" not in html and "markdown=" not in html


def test_each_open_item_links_to_the_page_that_shows_it(fixture_built):
    items = open_items(read_all(fixture_built.path), PageIndex.read(fixture_built.path, PAGE_NAMES))
    assert {item.url for item in items if item.file == "data/offer.yml"} == {"offer/"}
    assert {item.url for item in items if item.file == "data/delivery_plan.yml"} == {"sections/"}
    assert {item.url for item in items if item.file == "docs/unowned.md"} == {"unowned/"}


def test_the_public_site_has_no_open_items_page_and_names_no_gap(fixture_built):
    assert not (fixture_built.site("stories") / "open-items").exists()
    for page in fixture_built.site("stories").rglob("*.html"):
        text = Page(page.read_text(encoding="utf-8")).text.lower()
        assert "to be agreed" not in text and "to be confirmed" not in text, page


def test_a_page_says_its_owner_is_to_be_confirmed_until_one_is_recorded(fixture_built):
    unowned = Page(fixture_built.page("playbook", "unowned/")).text
    owned = Page(fixture_built.page("playbook", "offer/")).text
    assert "Page owner to be confirmed." in unowned and "Last reviewed" not in unowned
    assert "Page owner: Fixture team." in owned and "Last reviewed" in owned
