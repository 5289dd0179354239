"""Every page and file a site makes from data, declared in one list (``OUTPUTS``).

Each entry is a plain function from a site's data (already cut down to what
the site may show: macros/site/audiences.py) to the pages it adds (story,
browse, measure, project and event pages) and the files it writes beside
them (a measure's CSV, the feeds, the events calendars).  The plugin asks for them
all once per build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ..addresses import EVENTS, EVENTS_CALENDAR, event_calendar_url, root_from, source_path
from ..analysis.measures import MeasureCharts
from ..data import SiteData
from ..render.events import events_calendar, render_events
from .feeds import FeedSite, feed_files
from .generated import GeneratedPage
from .measure_pages import measure_pages
from .project_pages import project_pages
from .story_pages import story_pages


@dataclass(frozen=True)
class SiteContext:
    """What a site's outputs need besides its data."""

    name: str  # the site's name
    staff: bool
    today: dt.date  # the build date
    charts: MeasureCharts  # the site's measures with their analyses
    public_site_url: str | None = None  # the play book: where public stories are on the public site
    feeds: FeedSite | None = None  # the public site: its address, for absolute links in its feeds
    register_url: str | None = None  # the play book: the written page listing every project, if any
    plan_url: str | None = None  # the play book: the delivery-plan page, for projects' workstreams
    measures_url: str | None = None  # the page listing every measure (the one calling measures_summary()), if any
    glossary_url: str | None = None  # the page calling glossary(), where pages' words used link to
    example_data: bool = False  # `make demo`: its example projects never link to the public site


Output = Callable[[SiteData, SiteContext], tuple[list[GeneratedPage], dict[str, str]]]


def _stories(data: SiteData, site: SiteContext):
    return story_pages(data, site.charts, staff=site.staff, public_site_url=site.public_site_url,
                       glossary_url=site.glossary_url), {}


def _measures(data: SiteData, site: SiteContext):
    return measure_pages(data, site.charts, site.staff, site.measures_url, site.glossary_url)


def _feeds(data: SiteData, site: SiteContext):
    return [], feed_files(list(data.stories), site.feeds) if site.feeds else {}


def _projects(data: SiteData, site: SiteContext):
    return project_pages(data, site.charts, site.today, site.staff, site.register_url, site.plan_url,
                         None if site.example_data else site.public_site_url, site.glossary_url), {}


def _events(data: SiteData, site: SiteContext):
    """The calendar of every event (always: subscribers keep their address) and each
    event's own entry; the events page, on the public site only when it has an event."""
    files = {EVENTS_CALENDAR: events_calendar(data.events, site.today, site.name)}
    files |= {event_calendar_url(event.id): events_calendar([event], site.today, site.name) for event in data.events}
    if not data.events and not site.staff:
        return [], files
    page = GeneratedPage(source_path(EVENTS), "Events",
                         render_events(data.events, site.today, root_from(EVENTS), site.staff), in_nav=True,
                         description="Events of the Improvement Community, with their calendar entries.")
    return [page], files


OUTPUTS: tuple[Output, ...] = (_stories, _measures, _projects, _feeds, _events)


def site_outputs(data: SiteData, site: SiteContext) -> tuple[list[GeneratedPage], dict[str, str]]:
    """Every generated page of the site, and every generated file (path -> content)."""
    pages, files = [], {}
    for output in OUTPUTS:
        more_pages, more_files = output(data, site)
        pages += more_pages
        files |= more_files
    return pages, files
