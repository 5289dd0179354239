"""Every address in the built sites, worked out in one place.

The bottom of the house: it imports nothing of the project's, and every
layer that needs an address (the checks' messages, the renderers, the
generated pages, the exports, the plugin, the commands) takes it from here.

Two kinds of path appear:
- a page's *URL*, relative to the site root (one version of the play book)
  and directory-style, as MkDocs writes pages: ``offer/``, ``stories/we-wait-well/``,
  ``""`` for the home page;
- a generated page's *source path* (``uri``), the Markdown file it pretends to
  be under docs_dir: ``stories/we-wait-well/index.md``.
"""

from __future__ import annotations

# The mike alias that always points at the newest published version.
LATEST_ALIAS = "latest"
# The public site's feeds, at its root.
RSS_FILE, JSON_FEED_FILE = "feed.xml", "feed.json"
# Where `make serve-stories` serves the public site: the play book links there while it is served
# and STORIES_SITE_URL is not set. Never in a built site (README, "The public stories site").
LOCAL_STORIES_SITE = "http://127.0.0.1:8001/"
# The theme "page" (themes/to-be-agreed/) of stories with no agreed theme yet: staff site only.
UNTHEMED = "to-be-agreed"

# Where the pages made from data live: not files in docs/, so links to them
# are not checked against docs/, and the navigation may leave out those not made.
STORIES = "stories/"
ALL_STORIES = "all-stories/"  # the play book's list of every story (its stories/ is a written page)
THEMES, ORGANISATIONS, TAGS = "themes/", "organisations/", "tags/"
MEASURES = "measures/"
EVENTS = "events/"
# A page per project; on the public site the register too (the play book's is a written page).
PROJECTS = "projects/"
GENERATED_FOLDERS = (STORIES, ALL_STORIES, THEMES, ORGANISATIONS, TAGS, MEASURES, EVENTS, PROJECTS)
# Every event's calendar entry, in one file at each site's root.
EVENTS_CALENDAR = "events.ics"


def page_url(md_path: str) -> str:
    """A Markdown path under docs_dir -> its URL: ``offer.md`` -> ``offer/``, ``index.md`` -> ``""``."""
    stem = md_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def source_path(url: str) -> str:
    """A generated page's URL -> the source path it is given: ``stories/x/`` -> ``stories/x/index.md``."""
    return url + "index.md"


def story_url(slug: str) -> str:
    # <slug>/ rather than <slug>.md: a story called "index" then cannot
    # collide with the list of all stories.
    return f"{STORIES}{slug}/"


def measure_url(measure_id: str) -> str:
    """A measure's own page (generated from data/measures/<id>.yml)."""
    return f"{MEASURES}{measure_id}/"


def event_url(event_id: str) -> str:
    """An event, on the events page."""
    return f"{EVENTS}#{event_id}"


def event_calendar_url(event_id: str) -> str:
    """One event's calendar entry (.ics), to add it to a calendar."""
    return f"{EVENTS}{event_id}.ics"


def project_url(project_id: str) -> str:
    """A project's own page (generated from data/projects/<id>.yml)."""
    return f"{PROJECTS}{project_id}/"


def listing_url(folder: str, number: int) -> str:
    """Page ``number`` (from 1) of a paged list of stories whose first page is at ``folder``."""
    return folder if number == 1 else f"{folder}page/{number}/"


def theme_url(theme: str) -> str:
    return f"{THEMES}{theme}/"


def organisation_url(organisation_id: str) -> str:
    return f"{ORGANISATIONS}{organisation_id}/"


def tag_url(tag: str) -> str:
    return f"{TAGS}{tag}/"


def story_file(slug: str) -> str:
    """Where a story is written, relative to the repository root."""
    return f"data/stories/{slug}.yml"


def root_from(url: str) -> str:
    """The relative path from the page at ``url`` back to the site root."""
    return "../" * len([part for part in url.split("/") if part])


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` (both from the root)."""
    return root_from(from_url) + to_url or "./"


def latest_url(from_url: str, anchor: str) -> str:
    """From this page of a published version to the same anchor under ``latest``:
    up out of the page and out of the version's folder, then into latest/."""
    return relative_url(from_url, "../") + f"{LATEST_ALIAS}/{from_url}#{anchor}"


def moved_anchors(moves: dict[str, str], labels: dict[str, str], from_url: str) -> list[dict]:
    """Where each retired id's old anchor on the page at ``from_url`` now leads:
    another id on the same page (``labels``: each current id's title or text),
    or ``page.md#anchor`` elsewhere (label None). Each: {id, href, label}."""
    moved = []
    for old_id, target in moves.items():
        if target in labels:
            moved.append({"id": old_id, "href": f"#{target}", "label": labels[target]})
        else:
            page, _, anchor = target.partition("#")
            moved.append({"id": old_id, "href": relative_url(from_url, page_url(page)) + f"#{anchor}",
                          "label": None})
    return moved
