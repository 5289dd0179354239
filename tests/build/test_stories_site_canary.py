"""Nothing from an internal story or a non-public contact reaches the public
site, in any file (pages, search index, feeds, sitemap and its .gz, JSON;
compressed files opened, the search index's included);
public stories' text is escaped wherever it goes; and a setting that would
load anything from another host stops the public site's build.

Canary text marks what must never be public: the fixture holds some (an
internal story, a private contact); the test adds more in every field, and a
new public story that names the internal ones as related.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from support.content import every_file_as_text
from support.html import Page
from support.projects import fixture_project
from support.search_index import indexed_pages

CANARY = "canary"  # looked for in lower case: slugs, tags and e-mail addresses are lower case
# The search index keeps words by their stem as well ("canary" is "canari").
CANARY_STEM = "canari"
SITE_URL = "http://127.0.0.1:8001/"  # site_url in the fixture's mkdocs.stories.yml

INTERNAL_STORY = """\
title: Internal Canary title
summary: Internal canary summary.
visibility: internal
published: 2026-11-02
featured: true
theme: prevention
organisations: [fixture-trust]
teams: [Team canary]
tags: [tag-canary]
problem: Problem canary.
what_we_did: [Did canary.]
outcomes:
  - value: 99 canary
    description: outcome canary
    period: period canary
source: Source canary
"""
PRIVATE_CONTACT = """\
  - name: Private Canary Person
    role: Role canary
    email: private.canary@example.org
    public: false
"""
# The newest public story, with HTML and a macro call in its text, naming
# both internal stories (the fixture's and the one above) as related.
NEW_PUBLIC_STORY = """\
title: "New <b>public</b> story & {{ config.site_name }}"
summary: 'Summary with <script>alert("x")</script> in it.'
visibility: public
published: 2026-11-01
tags: [brand-new-tag]
related: [canary-internal-story, fixture-internal-story]
"""
NEW_TITLE = 'New <b>public</b> story & {{ config.site_name }}'


@pytest.fixture(scope="module")
def canary_built(tmp_path_factory):
    """The fixture with the canaries and the new public story above, both sites built."""
    project = fixture_project(tmp_path_factory.mktemp("canary") / "fixture")
    project.write("data/stories/canary-internal-story.yml", INTERNAL_STORY)
    project.write("data/stories/new-public-story.yml", NEW_PUBLIC_STORY)
    project.write("data/contacts.yml", project.read("data/contacts.yml") + PRIVATE_CONTACT)
    result = project.build()
    assert result.ok, result.output
    return project


def test_internal_stories_and_private_contacts_reach_nothing_under_site_stories(canary_built):
    project = canary_built
    checked = set()
    for file, text in every_file_as_text(project.site("stories")):
        assert CANARY not in text.lower() and CANARY_STEM not in text.lower(), f"{file} leaks internal content"
        # The fixture's internal story has no canary in its slug: no link to it either.
        assert "fixture-internal-story" not in text, f"{file} links to an internal story"
        checked.add(file.relative_to(project.site("stories")).as_posix())
    assert {"index.html", "feed.xml", "feed.json", "sitemap.xml", "sitemap.xml.gz",
            "stories/new-public-story/index.html", "tags/brand-new-tag/index.html",
            "pagefind/pagefind-entry.json"} <= checked
    # Every part of the search index was read: its words, filters, metadata and each page's text.
    assert {path.split("/")[1] for path in checked if path.startswith("pagefind/") and path.count("/") == 2} \
        >= {"index", "filter", "fragment"}
    # ...and the index does hold words of the public stories (so the check above means something).
    assert any("Fixture public story" in page.content for page in indexed_pages(project.site("stories")))

    # The canaries were built: the play book shows staff both internal
    # stories and every contact; the public contact reached the public site.
    playbook = "\n".join(text for _, text in every_file_as_text(project.site("playbook")))
    for built in ("Internal Canary title", "CANARY internal story", "Private Canary Person", "CANARY Private Person"):
        assert built in playbook, built
    # ...and in the play book's search index, where the check above would find them: its words and pages.
    index = "\n".join(text for _, text in every_file_as_text(project.site("playbook") / "pagefind"))
    assert CANARY_STEM in index and "Internal Canary title" in index
    contact = Page(project.page("stories", "contact/"))
    assert "Fixture Public Person" in contact.text and contact.find("a", href="mailto:fixture.public@example.org")


def test_a_public_storys_text_is_escaped_on_its_page_in_search_and_feeds(canary_built):
    project = canary_built
    html = project.page("stories", "stories/new-public-story/")
    assert "New &lt;b&gt;public&lt;/b&gt; story &amp; {{ config.site_name }}" in html
    assert "<b>public</b>" not in html
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    # In search, the title and the summary as written: the page showed them as
    # text, so they are text there too (Pagefind escapes < and > in the
    # excerpts it gives the search box, which shows titles as text).
    page = next(page for page in indexed_pages(project.site("stories")) if page.url == "/stories/new-public-story/")
    assert page.title == NEW_TITLE and page.filters["kind"] == ["Story"]
    assert 'Summary with <script>alert("x")</script> in it.' in page.content
    # The newest public story comes first in both feeds, its title as written.
    rss = ET.fromstring(project.read("site/stories/feed.xml")).findall("./channel/item")
    assert rss[0].findtext("title") == NEW_TITLE
    feed = json.loads(project.read("site/stories/feed.json"))
    assert feed["items"][0]["url"] == SITE_URL + "stories/new-public-story/"
    assert 'href="../../stories/new-public-story/"' in project.page("stories", "tags/brand-new-tag/")


def test_a_setting_that_would_load_from_another_host_stops_the_public_build(fixture_site):
    fixture_site.write("mkdocs.stories.yml",
                       fixture_site.read("mkdocs.stories.yml") + "\nextra_javascript:\n  - https://cdn.example/x.js\n")
    result = fixture_site.build("stories")
    assert not result.ok
    assert "extra_javascript loads https://cdn.example/x.js from another host" in result.output
    assert not (fixture_site.site("stories") / "index.html").exists()
