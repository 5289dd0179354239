"""The public stories site as `make build` leaves it in site/stories/."""

import gzip
from html import unescape
import json
import posixpath
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import yaml

SITE_URL = "http://127.0.0.1:8001/"  # STORIES_SITE_URL's default in mkdocs.stories.yml


def stories_in_data(project, visibility):
    """(slug, data) for each story file with that visibility, read straight from YAML."""
    found = []
    for file in sorted((project.path / "data" / "stories").glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if data["visibility"] == visibility:
            found.append((file.stem, data))
    return found


def stories_site(project) -> Path:
    return project.path / "site" / "stories"


def read(project, path):
    return (stories_site(project) / path).read_text(encoding="utf-8")


def every_file_as_text(folder: Path):
    """Every file under folder, decompressing .gz files, as (path, text)."""
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            data = file.read_bytes()
            if file.suffix == ".gz":
                data = gzip.decompress(data)
            yield file, data.decode("utf-8", errors="replace")


class PageParser(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.tags, self.hrefs, self.lang = [], [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def search_locations(project):
    index = json.loads(read(project, "search/search_index.json"))
    return {doc["location"].split("#")[0].split("?")[0] for doc in index["docs"]}


def test_both_sites_are_built_by_one_make_build(built):
    assert (built.path / "site/playbook/index.html").is_file()
    assert (built.path / "site/stories/index.html").is_file()


def test_each_public_story_has_its_page_with_its_data(built):
    public = stories_in_data(built, "public")
    assert public
    for slug, data in public:
        html = read(built, f"stories/{slug}/index.html")
        assert [unescape(h1) for h1 in re.findall(r"<h1>(.*?)</h1>", html)] == [data["title"]]
        assert unescape(data["summary"]) in unescape(html)
        for outcome in data.get("outcomes", []):
            if outcome.get("value"):
                assert outcome["value"] in html, (slug, outcome)
            if outcome.get("period"):
                assert f"({outcome['period']})" in html, (slug, outcome)
        if not data.get("theme"):
            assert re.search(r"<dt>Theme</dt>\n<dd><a [^>]*>To be agreed</a></dd>", html)
        for step in data.get("what_we_did", []):
            assert f"<li>{step}</li>" in unescape(html)


def test_internal_stories_have_no_page(built):
    for slug, _ in stories_in_data(built, "internal"):
        assert not (stories_site(built) / "stories" / slug).exists()


def test_home_page_shows_featured_and_latest_stories_linking_to_their_pages(built):
    home = read(built, "index.html")
    featured = [slug for slug, data in stories_in_data(built, "public") if data.get("featured")]
    featured_part = home.split('id="featured-stories"')[1].split('id="latest-stories"')[0]
    assert featured and all(f'href="stories/{slug}/"' in featured_part for slug in featured)
    latest_part = home.split('id="latest-stories"')[1].split('id="find-a-story"')[0]
    assert not any(f'href="stories/{slug}/"' in latest_part for slug in featured), "shown twice"
    assert 'href="stories/"' in home  # all stories
    for browse in ("themes/", "organisations/", "tags/"):
        assert f'href="{browse}"' in home


def test_browse_pages_list_the_stories_of_each_tag_theme_and_organisation(built):
    public = stories_in_data(built, "public")
    for slug, data in public:
        for tag in data.get("tags", []):
            assert f'href="../../stories/{slug}/"' in read(built, f"tags/{tag}/index.html")
        for org in data.get("organisations", []):
            assert f'href="../../stories/{slug}/"' in read(built, f"organisations/{org}/index.html")
        theme = data.get("theme") or "to-be-agreed"
        assert f'href="../../stories/{slug}/"' in read(built, f"themes/{theme}/index.html")
    assert all(f'href="../stories/{slug}/"' in read(built, "stories/index.html") for slug, _ in public)
    themes = read(built, "themes/index.html")
    assert all(name in themes for name in ("Prevention", "Integration", "Redesign"))


def test_search_index_holds_every_public_story_page(built):
    locations = search_locations(built)
    for slug, _ in stories_in_data(built, "public"):
        assert f"stories/{slug}/" in locations


def test_feeds_parse_and_list_public_stories_newest_first(built):
    public = stories_in_data(built, "public")
    expected = {SITE_URL + f"stories/{slug}/" for slug, _ in public}
    rss_items = ET.fromstring(read(built, "feed.xml")).findall("./channel/item")
    assert {item.findtext("link") for item in rss_items} == expected
    feed = json.loads(read(built, "feed.json"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert {item["url"] for item in feed["items"]} == expected
    dates = [item["date_published"] for item in feed["items"]]
    assert dates == sorted(dates, reverse=True)
    for url in expected:
        assert (stories_site(built) / url.removeprefix(SITE_URL) / "index.html").is_file()


def test_every_page_advertises_the_feeds_in_its_head(built):
    for page in ("index.html", "privacy/index.html", f"stories/{stories_in_data(built, 'public')[0][0]}/index.html"):
        head = read(built, page).split("</head>")[0]
        # rel is a list of words: "alternate" among them (see feed_links.html for the trailing space).
        assert re.search(r'<link rel="alternate ?" type="application/rss\+xml"[^>]+href="[./]*feed\.xml"', head)
        assert re.search(r'<link rel="alternate ?" type="application/feed\+json"[^>]+href="[./]*feed\.json"', head)


def test_sitemap_lists_the_story_pages(built):
    sitemap = read(built, "sitemap.xml")
    for slug, _ in stories_in_data(built, "public"):
        assert f"<loc>{SITE_URL}stories/{slug}/</loc>" in sitemap


def test_every_link_within_the_site_leads_to_a_page(built):
    root = stories_site(built)
    for file in root.rglob("*.html"):
        page_dir = "/" + file.parent.relative_to(root).as_posix()
        for href in PageParser(file.read_text(encoding="utf-8")).hrefs:
            if re.match(r"^([a-z]+:|#|//)", href):
                continue
            target = posixpath.normpath(posixpath.join(page_dir, href.split("#")[0].split("?")[0]))
            path = root / target.lstrip("/")
            assert path.is_file() or (path / "index.html").is_file(), f"{file}: {href}"


def test_pages_meet_the_checks_the_accessibility_statement_names(built):
    for file in stories_site(built).rglob("*.html"):
        page = PageParser(file.read_text(encoding="utf-8"))
        assert page.lang == "en", file
        assert [tag for tag, _ in page.tags].count("h1") == 1, file
        assert all(attrs.get("alt") is not None for tag, attrs in page.tags if tag == "img"), file


def test_public_site_has_no_staff_only_material(built):
    for file, text in every_file_as_text(stories_site(built)):
        if file.suffix in (".html", ".json", ".xml"):
            assert "Internal: staff only" not in text, file
            assert "play book" not in text.lower(), file


def test_public_site_sets_no_cookies_and_runs_no_analytics(built):
    for file, text in every_file_as_text(stories_site(built)):
        if file.suffix in (".html", ".js"):
            assert "document.cookie" not in text, file
            assert "googletagmanager" not in text and "gtag(" not in text, file


def test_privacy_settings_that_would_load_from_other_hosts_stop_the_build(project):
    config = project.read("mkdocs.stories.yml")
    project.write("mkdocs.stories.yml", config + "\nextra_javascript:\n  - https://cdn.example/x.js\n")
    result = project.make("build")
    assert result.returncode != 0
    assert "extra_javascript loads https://cdn.example/x.js from another host" in result.stdout + result.stderr
    assert not (project.path / "site" / "stories").exists()


def test_play_book_links_each_public_story_to_its_public_page(built):
    for slug, _ in stories_in_data(built, "public"):
        html = (built.path / f"site/playbook/stories/{slug}/index.html").read_text(encoding="utf-8")
        assert f'href="{SITE_URL}stories/{slug}/"' in html
        assert (stories_site(built) / "stories" / slug / "index.html").is_file()


# Unique strings that must never reach site/stories/ (lower-case for the slug-like fields).
CANARY = "zqcanary"
INTERNAL_STORY = f"""\
title: Internal {CANARY} title
summary: Internal {CANARY} summary.
visibility: internal
published: 2030-01-02
featured: true
theme: prevention
organisations: [health-foundation]
teams: [Team {CANARY}]
tags: [tag-{CANARY}]
problem: Problem {CANARY}.
what_we_did: [Did {CANARY}.]
outcomes:
  - value: 99 {CANARY}
    description: outcome {CANARY}
    period: period {CANARY}
source: Source {CANARY}
"""
PRIVATE_CONTACT = f"""\
  - name: Private {CANARY} Person
    role: Role {CANARY}
    email: private.{CANARY}@example.org
    public: false
"""
# Its public twin shows that contacts do flow to the public site, filtered.
PUBLIC_CONTACT = """\
  - name: Public Test Person
    email: public.person@example.org
    public: true
"""
# A new public story, newest of all, naming the internal one as related, with
# HTML and a macro call in its text.
NEW_PUBLIC_STORY = """\
title: "New <b>public</b> story & {{ config.site_name }}"
summary: 'Summary with <script>alert("x")</script> in it.'
visibility: public
published: 2030-01-01
tags: [brand-new-tag]
related: [internal-story-zqcanary]
source: Test
"""


def test_canary_internal_story_and_private_contact_reach_nothing_under_site_stories(project):
    project.write(f"data/stories/internal-story-{CANARY}.yml", INTERNAL_STORY)
    project.write("data/stories/new-public-story.yml", NEW_PUBLIC_STORY)
    project.write("data/contacts.yml", project.read("data/contacts.yml") + PRIVATE_CONTACT + PUBLIC_CONTACT)
    result = project.make("build")
    assert result.returncode == 0, result.stdout + result.stderr

    checked = 0
    for file, text in every_file_as_text(stories_site(project)):
        assert CANARY not in text.lower(), f"{file} leaks internal content"
        checked += 1
    assert checked > 20 and (stories_site(project) / "sitemap.xml.gz").is_file()
    # The canary was built: the play book shows the internal story to staff,
    # and the contacts were read (the public one is on the contact page).
    playbook = "\n".join(text for _, text in every_file_as_text(project.path / "site" / "playbook"))
    assert f"Internal {CANARY} title" in playbook
    contact_page = read(project, "contact/index.html")
    assert "Public Test Person" in contact_page and 'href="mailto:public.person@example.org"' in contact_page

    # The new public story is on its page, in search and first in both feeds, escaped.
    page = read(project, "stories/new-public-story/index.html")
    assert "New &lt;b&gt;public&lt;/b&gt; story &amp; {{ config.site_name }}" in page
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<b>public</b>" not in page
    assert "stories/new-public-story/" in search_locations(project)
    assert "<script>" not in read(project, "search/search_index.json")
    rss = ET.fromstring(read(project, "feed.xml")).findall("./channel/item")
    assert rss[0].findtext("title") == "New <b>public</b> story & {{ config.site_name }}"
    feed = json.loads(read(project, "feed.json"))
    assert feed["items"][0]["url"] == SITE_URL + "stories/new-public-story/"
    assert 'href="../../stories/new-public-story/"' in read(project, "tags/brand-new-tag/index.html")
