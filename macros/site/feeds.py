"""Feeds of the public stories, newest first: RSS 2.0 (feed.xml) and JSON Feed 1.1 (feed.json).

Partners and the extranet syndicate the stories from these.  Written by our
own code (no feed plugin: the maintained ones pull in ``properdocs``), from
the same filtered data as every other page of the public site.  Their links
are absolute, from the site's ``site_url`` (STORIES_SITE_URL); a build that
is not told the address writes them relative to the feeds, at the site's
root (feed readers resolve them against the feed's own address), rather
than point readers at a wrong host.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from email.utils import format_datetime

from ..data.models import Story
from ..addresses import JSON_FEED_FILE, RSS_FILE, story_file, story_url
from ..render.stories import THEME_NAMES

FEED_SIZE = 50  # the newest stories; older ones stay on the site and in its search
# Read by overrides/partials/feed_links.html for the <link rel="alternate"> tags.
FEED_LINKS = [
    {"href": RSS_FILE, "type": "application/rss+xml", "title": "Improvement stories (RSS)"},
    {"href": JSON_FEED_FILE, "type": "application/feed+json", "title": "Improvement stories (JSON Feed)"},
]


@dataclass(frozen=True)
class FeedSite:
    title: str
    description: str
    url: str  # absolute, ending in "/"; "" when the site's address is not known: links relative to the feeds
    # Each story file's last change in git (path relative to the repository):
    # the date a story without `published` is given in the feeds.
    changed: dict[str, dt.date] = field(default_factory=dict)

    def story_url(self, story: Story) -> str:
        return self.url + story_url(story.slug)

    @staticmethod
    def story_id(story: Story) -> str:
        """A story's id in the feeds: its address within the site, the same whether or not the site's
        address is known, so that feed readers do not show every story again once it is set."""
        return story_url(story.slug)

    def date_of(self, story: Story) -> dt.datetime | None:
        """The story's feed date: its `published` date when recorded, else the
        date its file last changed in the repository (a date the build can
        stand behind: the story was on the site from then), else none."""
        day = story.published or self.changed.get(story_file(story.slug))
        return dt.datetime.combine(day, dt.time(), tzinfo=dt.timezone.utc) if day else None


def _json_item(story: Story, site: FeedSite) -> dict:
    item = {"id": site.story_id(story), "url": site.story_url(story), "title": story.title,
            "summary": story.summary, "content_text": story.summary, "tags": _categories(story)}
    if site.date_of(story):
        key = "date_published" if story.published else "date_modified"
        item[key] = site.date_of(story).isoformat().replace("+00:00", "Z")
    return item


def _categories(story: Story) -> list[str]:
    theme = [THEME_NAMES[story.theme]] if story.theme else []
    return theme + [tag.replace("-", " ") for tag in story.tags]


def rss_feed(stories: list[Story], site: FeedSite) -> str:
    """RSS 2.0; ElementTree escapes every value taken from data."""
    atom = "http://www.w3.org/2005/Atom"
    ET.register_namespace("atom", atom)
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    for name, value in (("title", site.title), ("link", site.url or "./"), ("description", site.description),
                        ("language", "en-gb")):
        ET.SubElement(channel, name).text = value
    ET.SubElement(channel, f"{{{atom}}}link", href=site.url + RSS_FILE, rel="self",
                  type="application/rss+xml")
    for story in stories[:FEED_SIZE]:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = story.title
        ET.SubElement(item, "link").text = site.story_url(story)
        ET.SubElement(item, "guid", isPermaLink="false").text = site.story_id(story)
        ET.SubElement(item, "description").text = story.summary
        if site.date_of(story):
            ET.SubElement(item, "pubDate").text = format_datetime(site.date_of(story), usegmt=True)
        for category in _categories(story):
            ET.SubElement(item, "category").text = category
    ET.indent(rss)
    return ET.tostring(rss, encoding="unicode", xml_declaration=True) + "\n"


def json_feed(stories: list[Story], site: FeedSite) -> str:
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.title,
        # Both optional in JSON Feed, and left out rather than guessed when the site's address is not known.
        **({"home_page_url": site.url, "feed_url": site.url + JSON_FEED_FILE} if site.url else {}),
        "description": site.description,
        "language": "en-GB",
        "items": [_json_item(story, site) for story in stories[:FEED_SIZE]],
    }
    return json.dumps(feed, indent=2, ensure_ascii=False) + "\n"


def feed_files(stories: list[Story], site: FeedSite) -> dict[str, str]:
    """File name -> content, newest stories first (same-day stories keep their order)."""
    newest_first = sorted(stories, key=Story.newest_first)
    return {RSS_FILE: rss_feed(newest_first, site), JSON_FEED_FILE: json_feed(newest_first, site)}
