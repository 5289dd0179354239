"""The strict builds (`make build`'s work, in-process) and what they make of the
fixture's data: an undefined macro or any MkDocs warning stops a build; the
offer page, offer.json, the banner and the stories come from data; and no
built page loads anything from another host.

`make build` itself (a mistake printed once, site/ left in place, both sites
written) runs end to end in test_commands.py; each editor's mistake and its
error line is in tests/unit.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from support.html import Page

from macros.addresses import page_url
from macros.data import read_all
from macros.dates import today
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.page_anchors import made_pages


def fixture_data(project, name: str):
    return yaml.safe_load(project.read(f"data/{name}.yml"))


def test_an_undefined_macro_fails_the_build_with_its_line(fixture_site):
    fixture_site.write("docs/offer.md", fixture_site.read("docs/offer.md") + "\n{{ no_such_macro() }}\n")
    result = fixture_site.build("playbook")
    assert not result.ok
    line = fixture_site.line_of("docs/offer.md", "no_such_macro")
    assert f"docs/offer.md:{line}: `no_such_macro` is not a macro or value pages can use" in result.output


def test_any_warning_of_mkdocs_fails_the_build(fixture_site):
    fixture_site.replace("mkdocs.yml", "nav:\n", "nav:\n  - Gone: no-such-page.md\n")
    result = fixture_site.build("playbook")
    assert not result.ok
    assert "warnings in strict mode" in result.output and "no-such-page.md" in result.output


def test_a_link_to_a_missing_part_of_a_page_is_the_same_line_from_check_and_build(fixture_site):
    # An anchor on a page whose ids macros make ({{ contacts() }}), and one on the page itself.
    fixture_site.write("docs/offer.md", fixture_site.read("docs/offer.md")
                       + "\nSee [us](get-involved.md#nowhere).\n\n[Back](#not-here)\n")
    line = fixture_site.line_of("docs/offer.md", "get-involved.md#nowhere")
    expected = [f"docs/offer.md:{line}: the link to `get-involved.md#nowhere` leads to no heading or item "
                "`#nowhere` on that page; correct the part after # (it is the heading's text in lower case, with "
                "hyphens for spaces)",
                f"docs/offer.md:{line + 2}: the link to `#not-here` leads to no heading or item `#not-here` on that "
                "page; correct the part after # (it is the heading's text in lower case, with hyphens for spaces)"]
    assert fixture_site.problems() == expected
    result = fixture_site.build("playbook")
    assert not result.ok and all(problem in result.output.splitlines() for problem in expected), result.output


@pytest.mark.parametrize("site, folder", [("playbook", "docs"), ("stories", "docs-public")])
def test_make_check_knows_the_ids_the_build_gives_each_written_page(fixture_built, site, folder):
    """`make check` makes each page's ids as the build does (macros/site/page_anchors.py): for every page
    whose macros it can run, each heading the build made is among them, and each of them is on the page."""
    pages = PageIndex.read(fixture_built.path, PAGE_NAMES)
    ids, _ = made_pages(read_all(fixture_built.path), pages, folder, today())
    # The print page's copy of the whole book is added once ids are taken, in the build as in `make check`.
    complete = {page: made for page, made in ids.items() if made.complete and page != "print.md"}
    assert len(complete) >= 3 and ("offer.md" in complete or folder == "docs-public")
    for page, made in complete.items():
        built = Page(fixture_built.page(site, page_url(page)))
        headings = {h["id"] for level in range(1, 7) for h in built.find(f"h{level}") if h.get("id")}
        assert headings <= made.ids and made.ids <= set(built.ids()), page
def test_the_offer_page_anchors_every_item(fixture_built):
    ids = Page(fixture_built.page("playbook", "offer/")).ids()
    items = fixture_data(fixture_built, "offer")["items"]
    assert items and all(item["id"] in ids for item in items)


def test_offer_json_lists_every_item_with_a_url_that_resolves(fixture_built):
    listed = json.loads(fixture_built.read("site/playbook/offer.json"))
    items = fixture_data(fixture_built, "offer")["items"]
    assert [(entry["id"], entry["title"]) for entry in listed] == [(item["id"], item["title"]) for item in items]
    for entry in listed:
        page, anchor = entry["url"].split("#")
        assert anchor == entry["id"]
        assert anchor in Page(fixture_built.page("playbook", page)).ids()


def test_the_banner_shows_the_version_and_status_from_data(fixture_built):
    playbook = fixture_data(fixture_built, "playbook")
    banner = re.search(r'<p class="ogic-status-banner">.*?</p>', fixture_built.page("playbook", ""), re.S)
    assert banner, "no status banner"
    text = Page(banner.group(0)).text
    assert playbook["status_label"] in text and f"version {playbook['version']} of the play book" in text


def test_each_story_of_the_play_book_has_its_page_with_its_data(fixture_built):
    listing = Page(fixture_built.page("playbook", "stories/"))
    for file in sorted((fixture_built.path / "data/stories").glob("*.yml")):
        story = yaml.safe_load(file.read_text(encoding="utf-8"))
        assert story["title"] in listing.text, "every story, internal ones too, for staff"
        page = Page(fixture_built.page("playbook", f"stories/{file.stem}/"))
        assert story["title"] in page.text and story["summary"] in page.text
        for outcome in story.get("outcomes", []):
            assert f"{outcome['value']} {outcome['description']} ({outcome['period']})" in page.text


@pytest.mark.parametrize("site", ["playbook", "stories"])
def test_built_pages_request_nothing_from_other_hosts(fixture_built, site):
    files = list(fixture_built.site(site).rglob("*.html"))
    assert files
    for file in files:
        html = file.read_text(encoding="utf-8")
        # <link rel="canonical"> names the page's own published address; browsers do not load it.
        for url in re.findall(r'<(?:script|link(?![^>]*rel="canonical")|img|iframe|source)[^>]+(?:src|href)='
                              r'"((?:https?:)?//[^"]+)"', html):
            pytest.fail(f"{file} loads {url}")
        assert "fonts.googleapis.com" not in html, file


def test_a_public_page_asking_for_what_the_public_site_never_publishes_gives_the_same_line_from_check_and_build(
        fixture_site):
    # The supporters are in data/governance.yml, which the public site does not publish.
    page = "docs-public/contact.md"
    fixture_site.write(page, fixture_site.read(page) + "\n{{ supporters() }}\n")
    line = fixture_site.line_of(page, "supporters()")
    expected = (f"{page}:{line}: `{{{{ supporters() }}}}`: the public site does not publish data/governance.yml; "
                "remove what shows it from the public site's pages")
    assert expected in fixture_site.problems()
    result = fixture_site.build("stories")
    assert not result.ok and expected in result.output
