"""The public stories site as the build leaves it in site/stories/: each public
story's page with its data, browse pages, feeds, sitemap and search, links
that lead somewhere, and nothing staff-only; internal stories have no page.

On the fixture play book built once for the whole run (`fixture_built`,
read-only); its stories (tests/fixtures/site/data/stories/) are read here
straight from their YAML. What must never reach the public site is proved
with canary text in test_stories_site_canary.py.
"""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from html import unescape

import yaml
from support.html import Page
from support.search_index import indexed_pages

SITE_URL = "http://127.0.0.1:8001/"  # site_url in the fixture's mkdocs.stories.yml


def stories(project, visibility: str) -> list[tuple[str, dict]]:
    """(slug, data) of each fixture story with that visibility."""
    found = []
    for file in sorted((project.path / "data" / "stories").glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if data["visibility"] == visibility:
            found.append((file.stem, data))
    assert found, f"the fixture has no {visibility} story"
    return found


def read(project, path: str) -> str:
    return (project.site("stories") / path).read_text(encoding="utf-8")


def test_each_public_story_has_its_page_with_its_data(fixture_built):
    for slug, data in stories(fixture_built, "public"):
        html = read(fixture_built, f"stories/{slug}/index.html")
        page = Page(html)
        assert [unescape(h1) for h1 in re.findall(r"<h1>(.*?)</h1>", html)] == [data["title"]]
        assert data["summary"] in page.text
        for outcome in data.get("outcomes", []):
            assert outcome["value"] in page.text and f"({outcome['period']})" in page.text, (slug, outcome)
        for step in data.get("what_we_did", []):
            assert f"<li>{step}</li>" in unescape(html)
        if not data.get("theme"):  # the public site never says what is still to be agreed
            assert "<dt>Theme</dt>" not in html and "to be agreed" not in page.text.lower(), slug


def test_internal_stories_have_no_page(fixture_built):
    for slug, _ in stories(fixture_built, "internal"):
        assert not (fixture_built.site("stories") / "stories" / slug).exists()
        assert (fixture_built.site("playbook") / "stories" / slug / "index.html").is_file(), "staff see it"


def test_home_page_shows_featured_then_latest_stories_each_once(fixture_built):
    home = read(fixture_built, "index.html")
    # The fixture's home page calls featured_stories() and then latest_stories().
    featured_list, latest_list = re.findall(r'<ul class="ogic-cards">(.*?)</ul>', home, re.S)
    public = stories(fixture_built, "public")
    featured = {f"stories/{slug}/" for slug, data in public if data.get("featured")}
    assert featured and set(Page(featured_list).links()) == featured
    # The latest list leaves out what is featured (not shown twice), and the
    # internal story, although it is the newest of all.
    assert set(Page(latest_list).links()) == {f"stories/{slug}/" for slug, _ in public} - featured
    links = Page(home).links()
    assert all(browse in links for browse in ("stories/", "themes/", "organisations/", "tags/"))


def test_browse_pages_list_the_stories_of_each_tag_theme_and_organisation(fixture_built):
    public = stories(fixture_built, "public")
    for slug, data in public:
        link = f'href="../../stories/{slug}/"'
        for tag in data.get("tags", []):
            assert link in read(fixture_built, f"tags/{tag}/index.html")
        for organisation in data.get("organisations", []):
            assert link in read(fixture_built, f"organisations/{organisation}/index.html")
        if data.get("theme"):
            assert link in read(fixture_built, f"themes/{data['theme']}/index.html")
        assert f'href="../stories/{slug}/"' in read(fixture_built, "stories/index.html")
    # Only themes that have public stories have a page, and none is "to be agreed" here.
    themes = Page(read(fixture_built, "themes/index.html")).text
    used = {data["theme"] for _, data in public if data.get("theme")}
    assert used and all(f"themes/{t}/index.html" for t in used)
    for theme in ("prevention", "integration", "redesign"):
        assert (fixture_built.site("stories") / "themes" / theme).exists() == (theme in used), theme
    assert "to be agreed" not in themes.lower()
    assert not (fixture_built.site("stories") / "themes" / "to-be-agreed").exists()


def test_search_index_holds_every_public_story_page(fixture_built):
    urls = {page.url for page in indexed_pages(fixture_built.site("stories"))}
    for slug, _ in stories(fixture_built, "public"):
        assert f"/stories/{slug}/" in urls


def test_feeds_parse_and_list_public_stories_newest_first_undated_last(fixture_built):
    public = stories(fixture_built, "public")
    dated = sorted((data["published"], slug) for slug, data in public if data.get("published"))
    expected = [SITE_URL + f"stories/{slug}/" for _, slug in reversed(dated)]
    expected += [SITE_URL + f"stories/{slug}/" for slug, data in public if not data.get("published")]
    assert len(expected) >= 2, "the fixture has a dated and an undated public story"
    rss_items = ET.fromstring(read(fixture_built, "feed.xml")).findall("./channel/item")
    assert [item.findtext("link") for item in rss_items] == expected
    feed = json.loads(read(fixture_built, "feed.json"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [item["url"] for item in feed["items"]] == expected
    for url in expected:
        assert (fixture_built.site("stories") / url.removeprefix(SITE_URL) / "index.html").is_file()


def test_every_page_advertises_the_feeds_in_its_head(fixture_built):
    slug = stories(fixture_built, "public")[0][0]
    for path in ("index.html", "contact/index.html", "themes/index.html", f"stories/{slug}/index.html"):
        head = read(fixture_built, path).split("</head>")[0]
        # rel is a list of words: "alternate" among them (see feed_links.html for the trailing space).
        assert re.search(r'<link rel="alternate ?" type="application/rss\+xml"[^>]+href="[./]*feed\.xml"', head)
        assert re.search(r'<link rel="alternate ?" type="application/feed\+json"[^>]+href="[./]*feed\.json"', head)


def test_sitemap_lists_the_story_pages(fixture_built):
    sitemap = read(fixture_built, "sitemap.xml")
    for slug, _ in stories(fixture_built, "public"):
        assert f"<loc>{SITE_URL}stories/{slug}/</loc>" in sitemap


def test_every_link_within_the_site_leads_to_a_page(fixture_built):
    root = fixture_built.site("stories")
    for file in root.rglob("*.html"):
        folder = "/" + file.parent.relative_to(root).as_posix()
        for href in Page(file.read_text(encoding="utf-8")).links():
            if re.match(r"^([a-z]+:|#|//)", href):
                continue
            target = root / posixpath.normpath(posixpath.join(folder, href.split("#")[0].split("?")[0])).lstrip("/")
            assert target.is_file() or (target / "index.html").is_file(), f"{file}: {href}"


def test_pages_meet_the_checks_the_accessibility_statement_names(fixture_built):
    for file in fixture_built.site("stories").rglob("*.html"):
        page = Page(file.read_text(encoding="utf-8"))
        assert [a.get("lang") for a in page.find("html")] == ["en"], file
        assert len(page.find("h1")) == 1, file
        assert all(img.get("alt") is not None for img in page.find("img")), file


def test_public_site_has_no_staff_only_material(fixture_built):
    for file in fixture_built.site("stories").rglob("*"):
        if file.suffix in (".html", ".json", ".xml"):
            text = file.read_text(encoding="utf-8")
            assert "Internal: staff only" not in text, file
            assert "play book" not in text.lower(), file


def test_public_site_sets_no_cookies_and_runs_no_analytics(fixture_built):
    for file in fixture_built.site("stories").rglob("*"):
        if file.suffix in (".html", ".js"):
            text = file.read_text(encoding="utf-8")
            assert "document.cookie" not in text, file
            assert "googletagmanager" not in text and "gtag(" not in text, file


def test_play_book_links_each_public_story_to_its_public_page(fixture_built):
    for slug, _ in stories(fixture_built, "public"):
        html = fixture_built.page("playbook", f"stories/{slug}/")
        assert f'href="{SITE_URL}stories/{slug}/"' in html
