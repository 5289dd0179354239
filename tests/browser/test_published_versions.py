"""The published versions in a real browser (Chromium, through Playwright): a
partner's old link lands on the item, an older version shows the outdated
banner and the version selector, the stable link is shown and copied,
without JavaScript an old id still says where the item went, and each
version (and the stories site beside them) searches its own index.

The gh-pages branch of `published` (tests/conftest.py: the fixture's 1.0, then
1.1 with the offer page and an offer id renamed), served as a web server would
serve it; what the branch holds is read in tests/build/test_versions.py.
"""

from __future__ import annotations

import re
import subprocess
import tarfile
from io import BytesIO

import pytest
from playwright.sync_api import expect
from support.publishing import KEPT_ID, NEW_ID, OLD_ID

from .site_server import serve


@pytest.fixture(scope="module")
def gh_pages_server(published, tmp_path_factory):
    """The gh-pages branch as a web server would serve it."""
    folder = tmp_path_factory.mktemp("gh-pages")
    archive = subprocess.run(["git", "archive", "gh-pages"], cwd=published.project.path,
                             capture_output=True, check=True).stdout
    tarfile.open(fileobj=BytesIO(archive)).extractall(folder, filter="data")
    site = serve("gh-pages", folder)
    yield site.url
    site.close()


@pytest.fixture
def open_page(browser):
    """Opens a URL in a new browser context (with ``context_options``) and waits until
    the network is idle; the page's script errors are collected in ``page.errors``."""
    contexts = []

    def open_page(url: str, **context_options):
        contexts.append(context := browser.new_context(**context_options))
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(url)
        page.wait_for_load_state("networkidle")
        return page

    yield open_page
    for context in contexts:
        context.close()


def in_view(page, element_id: str) -> bool:
    box = page.locator(f"[id='{element_id}']").bounding_box()
    return box is not None and 0 <= box["y"] < page.viewport_size["height"]


def test_in_a_browser_a_partners_link_lands_on_the_item(open_page, gh_pages_server):
    page = open_page(gh_pages_server + f"latest/offer/#{OLD_ID}")
    page.wait_for_url(f"**/latest/our-offer/#{NEW_ID}")
    assert page.locator(f"#{NEW_ID} h3").inner_text() == "Fixture training"
    assert in_view(page, NEW_ID)
    assert page.locator("[data-md-component=outdated]").is_hidden()
    assert page.errors == []


def test_in_a_browser_an_older_version_shows_the_banner_and_the_selector(open_page, gh_pages_server):
    page = open_page(gh_pages_server + f"1.0/offer/#{OLD_ID}")
    assert in_view(page, OLD_ID)
    banner = page.locator("[data-md-component=outdated]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("You are reading version 1.0 of the play book, which is not the latest.")
    # The theme's version selector lists every published version.
    expect(page.locator(".md-version__item")).to_have_text(["1.1", "1.0"])
    banner.get_by_role("link", name="Read the latest version").click()
    page.wait_for_url(gh_pages_server + "latest/")
    assert page.errors == []


def test_in_a_browser_the_stable_link_is_shown_and_copied(open_page, gh_pages_server):
    page = open_page(gh_pages_server + "1.0/offer/", permissions=["clipboard-read", "clipboard-write"])
    item = page.locator(f"#{KEPT_ID}")
    expected = gh_pages_server + f"latest/offer/#{KEPT_ID}"
    # The link leads to the latest version; its address is not printed beside it.
    assert item.locator(".ogic-permalink a").evaluate("link => link.href") == expected
    assert expected not in item.inner_text()
    item.get_by_role("button", name="Copy link: Fixture coaching").click()
    expect(item.get_by_role("status")).to_have_text("Link copied.")  # once the clipboard has it
    assert page.evaluate("navigator.clipboard.readText()") == expected


def test_without_javascript_an_old_id_still_shows_where_the_item_went(open_page, gh_pages_server):
    page = open_page(gh_pages_server + f"latest/our-offer/#{OLD_ID}", java_script_enabled=False)
    notice = page.locator(f"#{OLD_ID}")
    assert notice.is_visible() and in_view(page, OLD_ID)
    assert notice.get_by_role("link").get_attribute("href") == f"#{NEW_ID}"
    href = page.locator(f"#{KEPT_ID} .ogic-permalink a").get_attribute("href")
    assert href == f"../../latest/our-offer/#{KEPT_ID}"


@pytest.mark.parametrize("version,offer_page,item_id", [("1.0", "offer", OLD_ID), ("1.1", "our-offer", NEW_ID),
                                                        ("latest", "our-offer", NEW_ID)])
def test_in_a_browser_each_published_version_searches_its_own_index(open_page, gh_pages_server, version,
                                                                    offer_page, item_id):
    # 1.0 has the item on offer/ under its old id; 1.1 (and latest, a copy of it) on our-offer/ under its new one.
    page = open_page(gh_pages_server + f"{version}/")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.locator("button.ogic-search__open").click()
    page.keyboard.type("Fixture training", delay=15)
    result = page.locator(".ogic-search__results a").filter(has_text=re.compile(r"^\s*Fixture training\s*$"))
    expect(result.first).to_have_attribute("href", f"/{version}/{offer_page}/#{item_id}-title")
    searched = {url.removeprefix(gh_pages_server).split("/pagefind/")[0] for url in requests if "/pagefind/" in url}
    assert searched == {version}, searched
    result.first.click()
    page.wait_for_url(gh_pages_server + f"{version}/{offer_page}/#{item_id}-title")
    assert page.errors == []


def test_in_a_browser_the_published_stories_site_searches_its_own_index(open_page, gh_pages_server):
    page = open_page(gh_pages_server + "stories/")
    page.locator("button.ogic-search__open").click()
    page.keyboard.type("Fixture public story", delay=15)
    result = page.locator(".ogic-search__results a").filter(has_text=re.compile(r"^\s*Fixture public story\s*$"))
    expect(result.first).to_have_attribute("href", "/stories/stories/fixture-public-story/")
