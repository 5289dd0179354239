"""The public site's generated pages, feeds and privacy guard, tested without a build."""

import datetime as dt
import json
import posixpath
import re
import xml.etree.ElementTree as ET

from types import SimpleNamespace

import pytest
from support.html import Page

from macros.site.feeds import FEED_SIZE, FeedSite, feed_files
from macros.data.models import Contacts, Organisation, Story
from macros.site.privacy import privacy_problems
from macros.site.generated import GeneratedPage
from macros.site.story_pages import PAGE_SIZE, StoryIndex, listing
from macros.render.page_macros import PageMacros
from macros.render.people import render_contacts
from macros.render.stories import render_story

SITE = FeedSite("Stories", "Improvement stories.", "https://example.test/")


def make_story(slug="a-story", **changes):
    fields = dict(title=f"Story {slug}", summary="Short.", visibility="public",
                  published=dt.date(2026, 1, 2), source="Slide 3", slug=slug)
    return Story(**{**fields, **changes})


def hrefs(html):
    return re.findall(r'href="([^"]*)"', html)


def test_index_groups_each_story_under_its_theme_organisations_and_tags():
    stories = [make_story("a", theme="prevention", organisations=["nhs"], tags=["x", "y"]),
               make_story("b", tags=["y"])]
    index = StoryIndex.of(stories)
    assert [s.slug for s in index.by_theme["prevention"]] == ["a"]
    assert [s.slug for s in index.by_theme["to-be-agreed"]] == ["b"]
    assert index.by_theme["integration"] == [] and index.by_theme["redesign"] == []
    assert [s.slug for s in index.by_organisation["nhs"]] == ["a"]
    assert [s.slug for s in index.by_tag["y"]] == ["a", "b"]


def test_related_stories_not_on_the_site_are_left_out():
    # An internal story was filtered out before the index was made: no link, no title.
    index = StoryIndex.of([make_story("a", related=["gone", "b"]), make_story("b")])
    assert [s.slug for s in index.related(index.by_slug["a"])] == ["b"]


def resolve(page_url, href):
    """The site-relative URL a relative link on the page at ``page_url`` points to."""
    return posixpath.normpath(posixpath.join("/" + page_url, href)).lstrip("/") + "/"


def test_listing_pages_hold_every_story_once_and_link_to_each_other():
    stories = [make_story(f"s{n}") for n in range(2 * PAGE_SIZE + 1)]
    pages = listing("stories/", "All stories", stories, kind="all", in_nav=True)
    assert [p.url for p in pages] == ["stories/", "stories/page/2/", "stories/page/3/"]
    links = {p.url: [resolve(p.url, href) for href in hrefs(p.html)] for p in pages}
    shown = [url for page_links in links.values() for url in page_links if re.fullmatch(r"stories/s\d+/", url)]
    assert shown == [f"stories/{s.slug}/" for s in stories]
    assert {"stories/", "stories/page/3/"} <= set(links["stories/page/2/"])  # previous, next
    assert "stories/" in links["stories/page/3/"] and "Last page" not in pages[2].html
    assert [p.in_nav for p in pages] == [True, False, False]
    assert "Page 2 of 3" in pages[1].html and "Stories 25 to 48 of 49" in pages[1].html


@pytest.mark.parametrize(("dates", "order"), [
    ((dt.date(2025, 1, 1), dt.date(2024, 1, 1)), "newest first."),
    ((dt.date(2025, 1, 1), None), "newest first, then those without a date."),
    ((None, None), "in alphabetical order."),
])
def test_all_stories_are_said_to_be_in_the_order_they_are_listed_in(dates, order):
    stories = [make_story(f"s{index}", published=date) for index, date in enumerate(dates)]
    listing_text = Page(listing("stories/", "All stories", stories, kind="all")[0].html).text
    context = PageMacros(data=SimpleNamespace(stories=stories), env=SimpleNamespace(page=SimpleNamespace(url="")),
                         staff=True, versioned=False, charts=None, browse=(("all", "stories/"),))
    links_text = Page(context.browse_links()).text
    for text in (listing_text, links_text):
        assert order in text
        assert ("newest first" in text) == (order != "in alphabetical order.")


def test_browse_links_name_only_the_themes_stories_have():
    context = PageMacros(data=SimpleNamespace(stories=[make_story("a", theme="redesign"), make_story("b"),
                                                       make_story("c", theme="prevention")]),
                         env=SimpleNamespace(page=SimpleNamespace(url="a/b/")), staff=False, versioned=False,
                           charts=None, browse=(("themes", "themes/"), ("tags", "tags/")))
    page = Page(context.browse_links())
    assert "Browse by theme : Prevention and Redesign." in page.text and "Integration" not in page.text
    assert page.find("a", href="../../themes/") and page.find("a", href="../../tags/")
    assert "Browse by organisation" not in page.text  # this site has no organisation pages


def test_an_empty_listing_still_makes_one_page_saying_so():
    pages = listing("themes/redesign/", "Theme: Redesign", [], kind="theme", name="Redesign")
    assert len(pages) == 1 and "There are no stories here yet." in pages[0].html


def test_generated_page_escapes_its_head_and_keeps_macros_away():
    page = GeneratedPage("stories/x/index.md", 'Fish & <b>"chips"</b>', "<p>{{ x }}</p>",
                         description="<script>")
    front = page.markdown().split("---")[1]
    assert "render_macros: false" in front
    assert '"title": ' not in front and "<b>" not in front and "<script>" not in front
    assert "&lt;b&gt;" in front and "&quot;chips&quot;" in front and "&lt;script&gt;" in front
    # The body never goes through Markdown or macros: it is put in after them.
    assert "{{ x }}" not in page.markdown()


def test_public_story_page_links_to_browse_pages_and_leaves_out_staff_details():
    story = make_story("a", theme="integration", organisations=["nhs"], tags=["virtual-wards"],
                       related=["b"])
    html = render_story(story, {"nhs": Organisation(id="nhs", name="NHS")}, [make_story("b")],
                        root="../../", staff=False)
    assert {"../../themes/integration/", "../../organisations/nhs/", "../../tags/virtual-wards/",
            "../../stories/b/"} <= set(hrefs(html))
    assert "Public story" not in html and "Source:" not in html and "Slide 3" not in html
    assert "<h1>" in html


def test_feeds_list_stories_newest_first_and_parse():
    stories = [make_story("old", published=dt.date(2025, 1, 1)),
               make_story("new", published=dt.date(2026, 6, 1), title="New <b>& improved</b>")]
    files = feed_files(stories, SITE)
    rss = ET.fromstring(files["feed.xml"])
    items = rss.findall("./channel/item")
    assert [i.findtext("link") for i in items] == ["https://example.test/stories/new/",
                                                   "https://example.test/stories/old/"]
    assert items[0].findtext("title") == "New <b>& improved</b>"  # escaped in XML, intact when parsed
    assert items[0].findtext("pubDate") == "Mon, 01 Jun 2026 00:00:00 GMT"
    feed = json.loads(files["feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://example.test/feed.json"
    assert [i["url"] for i in feed["items"]] == ["https://example.test/stories/new/",
                                                 "https://example.test/stories/old/"]
    assert feed["items"][0]["date_published"] == "2026-06-01T00:00:00Z"
    assert all(i["id"] and (i.get("content_text") or i.get("content_html")) for i in feed["items"])


def test_feeds_hold_only_the_newest_stories():
    stories = [make_story(f"s{n}", published=dt.date(2020, 1, 1) + dt.timedelta(days=n))
               for n in range(FEED_SIZE + 5)]
    feed = json.loads(feed_files(stories, SITE)["feed.json"])
    assert len(feed["items"]) == FEED_SIZE
    assert feed["items"][0]["url"].endswith(f"/s{FEED_SIZE + 4}/")


SAFE_CONFIG = {"theme": {"font": False}, "extra": {}, "extra_css": ["assets/site.css"],
               "extra_javascript": []}


@pytest.mark.parametrize("change, problem", [
    ({"theme": {"font": {"text": "Roboto"}}}, "theme.font must be false"),
    ({"theme": {}}, "theme.font must be false"),
    ({"extra": {"analytics": {"provider": "google"}}}, "extra.analytics must not be set"),
    ({"extra": {"consent": {}}}, "extra.consent must not be set"),
    ({"extra_javascript": ["https://cdn.example/x.js"]}, "extra_javascript loads https://cdn.example/x.js"),
    ({"extra_css": ["//cdn.example/x.css"]}, "extra_css loads //cdn.example/x.css"),
])
def test_privacy_guard_refuses_settings_that_would_break_the_privacy_page(change, problem):
    assert privacy_problems(SAFE_CONFIG) == []
    problems = privacy_problems({**SAFE_CONFIG, **change})
    assert any(p.startswith(problem) for p in problems), problems


def test_contact_list_shows_contacts_or_says_to_staff_only_that_they_are_to_be_agreed():
    none = Contacts(introduction="Get in touch.", contacts=[])
    assert "To be agreed with partners" in render_contacts(none, staff=True)
    assert "Get in touch" not in render_contacts(none, staff=False)  # no placeholder on the public site
    assert "To be agreed" not in render_contacts(none, staff=False)
    one = Contacts(introduction="Get in touch.",
                   contacts=[{"name": "A <b>Person</b>", "email": "a@example.org", "public": True,
                              "to_be_confirmed": ["role"]}])
    html = render_contacts(one, staff=False)
    assert 'href="mailto:a@example.org"' in html and "A &lt;b&gt;Person&lt;/b&gt;" in html
    assert "To be agreed" not in html and "to be confirmed" not in html
    assert "Role to be confirmed" in render_contacts(one, staff=True)


def test_staff_story_page_shows_visibility_source_and_the_public_link():
    public = render_story(make_story("a"), {}, [], root="../../", staff=True,
                          public_url="https://example.test/stories/a/")
    assert "https://example.test/stories/a/" in hrefs(public)
    assert "Public story" in public and "Where this comes from: Slide 3" in public
    internal = render_story(make_story("b", visibility="internal"), {}, [], root="../../", staff=True)
    assert "Internal: staff only" in internal and "public improvement stories site" not in internal
