"""The public site's address comes from STORIES_SITE_URL alone. A build that is
not told it (a fresh clone's `make build`, a publishing path that forgot the
variable) names no host at all: the stories site has no sitemap, its feeds'
links are relative to the feeds, and the play book links to no public page;
never the address `make serve-stories` serves at. While serving, the play
book links to `make serve-stories`. Built in this process on a copy of the
tests' own play book, its configs reading the variable as the real ones do."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from support.content import every_file_as_text
from support.html import Page
from support.projects import REPO

from macros.addresses import LOCAL_STORIES_SITE

PUBLIC_STORY = "fixture-public-story"
ADDRESS = "https://stories.example.org/improvement/"
LOCAL_ADDRESS = re.compile(r"https?://(127\.0\.0\.1|localhost)\b")


@pytest.fixture
def reads_the_variable(fixture_site, monkeypatch):
    """The fixture with both configs reading STORIES_SITE_URL, which is not set."""
    fixture_site.replace("mkdocs.stories.yml", "site_url: http://127.0.0.1:8001/\n",
                         "site_url: !ENV STORIES_SITE_URL\n")
    fixture_site.replace("mkdocs.yml", "public_site_url: http://127.0.0.1:8001/\n",
                         "public_site_url: !ENV STORIES_SITE_URL\n")
    monkeypatch.delenv("STORIES_SITE_URL", raising=False)
    return fixture_site


def test_without_an_address_the_built_sites_name_no_host(reads_the_variable):
    project = reads_the_variable
    result = project.build()
    assert result.ok, result.output
    stories = project.site("stories")
    for site in ("stories", "playbook"):  # the play book has no address of its own either
        assert not (project.site(site) / "sitemap.xml").exists(), site
        assert not (project.site(site) / "sitemap.xml.gz").exists(), site
    for site in ("stories", "playbook"):
        for path, text in every_file_as_text(project.site(site)):
            assert not LOCAL_ADDRESS.search(text), path
    # The feeds are still there (pages link to them), every link relative to the feed, at the site's root.
    channel = ET.fromstring((stories / "feed.xml").read_text(encoding="utf-8")).find("channel")
    links = [item.findtext("link") for item in channel.iter("item")]
    assert f"stories/{PUBLIC_STORY}/" in links
    assert all((stories / link / "index.html").is_file() for link in links)
    assert {item.find("guid").get("isPermaLink") for item in channel.iter("item")} == {"false"}
    feed = json.loads((stories / "feed.json").read_text(encoding="utf-8"))
    assert "home_page_url" not in feed and "feed_url" not in feed
    assert {item["url"] for item in feed["items"]} == set(links)
    # The play book's page of the public story has no link to the public site.
    page = Page(project.page("playbook", f"stories/{PUBLIC_STORY}/"))
    assert "public improvement stories site" not in page.text


def test_with_an_address_the_sitemap_feeds_and_play_book_use_it(reads_the_variable, monkeypatch):
    project = reads_the_variable
    monkeypatch.setenv("STORIES_SITE_URL", ADDRESS)
    result = project.build()
    assert result.ok, result.output
    stories = project.site("stories")
    assert f"<loc>{ADDRESS}stories/{PUBLIC_STORY}/</loc>" in (stories / "sitemap.xml").read_text(encoding="utf-8")
    feed = json.loads((stories / "feed.json").read_text(encoding="utf-8"))
    assert feed["feed_url"] == ADDRESS + "feed.json"
    # Each story's id is the one a build without the address gives: readers do not see it as new.
    assert {item["id"] for item in feed["items"]} >= {f"stories/{PUBLIC_STORY}/"}
    channel = ET.fromstring((stories / "feed.xml").read_text(encoding="utf-8")).find("channel")
    assert {(item.findtext("guid"), item.find("guid").get("isPermaLink")) for item in channel.iter("item")} >= {
        (f"stories/{PUBLIC_STORY}/", "false")}
    assert f"{ADDRESS}stories/{PUBLIC_STORY}/" in [item.findtext("link") for item in channel.iter("item")]
    assert f"{ADDRESS}stories/{PUBLIC_STORY}/" in Page(project.page("playbook", f"stories/{PUBLIC_STORY}/")).links()


def test_while_serving_without_an_address_the_play_book_links_to_make_serve_stories(reads_the_variable):
    project = reads_the_variable
    config = load_config(str(project.path / "mkdocs.yml"), site_dir=str(project.site("playbook")))
    config.plugins.on_startup(command="serve", dirty=False)  # as `mkdocs serve` tells the plugin
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    links = Page(project.page("playbook", f"stories/{PUBLIC_STORY}/")).links()
    assert f"{LOCAL_STORIES_SITE}stories/{PUBLIC_STORY}/" in links


def test_the_real_configs_take_the_address_from_the_variable_alone(monkeypatch):
    monkeypatch.delenv("STORIES_SITE_URL", raising=False)
    assert load_config(str(REPO / "mkdocs.stories.yml")).site_url is None
    assert load_config(str(REPO / "mkdocs.yml")).plugins["playbook"].config.public_site_url is None
    monkeypatch.setenv("STORIES_SITE_URL", ADDRESS)
    assert load_config(str(REPO / "mkdocs.stories.yml")).site_url == ADDRESS
    assert load_config(str(REPO / "mkdocs.yml")).plugins["playbook"].config.public_site_url == ADDRESS
