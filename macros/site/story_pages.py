"""Generated story pages, on both sites: one page per story, and the browse
pages (all stories, by theme, by organisation, by tag).

On the public site everything here is made from ``SiteData`` that has
already been through ``SiteData.public_only()`` (macros/site/audiences.py),
so internal stories and private contacts cannot reach these pages.

Built for thousands of stories: the stories are grouped once per build, in
one pass (``StoryIndex``); a story page looks up only its own related
stories; and no generated page is in the navigation except the few browse
indexes, so a page never carries a list of every story.  The words around
the lists are in the templates (macros/render/templates/story_listing.html,
browse_index.html).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..analysis.measures import MeasureCharts
from ..data import SiteData
from ..data.models import Glossary, Organisation, Story
from ..addresses import (ALL_STORIES, ORGANISATIONS, STORIES, TAGS, THEMES, UNTHEMED, listing_url, measure_url,
                         organisation_url, project_url, relative_url, root_from, source_path, story_url, tag_url,
                         theme_url)
from ..render.browse import render_browse_index, render_listing
from ..render.measures_overview import render_measures_summary, summary_row
from ..render.stories import THEME_NAMES, listing_order, render_story
from .generated import GeneratedPage

PAGE_SIZE = 24  # stories per listing page


# The browse pages a site may have, by kind: where each one's first page is.
BROWSE_INDEXES = {"all": (ALL_STORIES, STORIES), "themes": (THEMES,), "organisations": (ORGANISATIONS,),
                  "tags": (TAGS,)}


def browse_indexes(pages: list[GeneratedPage]) -> tuple[tuple[str, str], ...]:
    """(kind, URL) of each browse page among a site's generated pages."""
    made = {page.url for page in pages}
    return tuple((kind, url) for kind, urls in BROWSE_INDEXES.items() for url in urls if url in made)


@dataclass(frozen=True)
class StoryIndex:
    """The stories grouped every way the site browses them, newest first."""

    stories: tuple[Story, ...]
    by_slug: dict[str, Story]
    by_theme: dict[str, list[Story]]  # theme id, or UNTHEMED
    by_organisation: dict[str, list[Story]]
    by_tag: dict[str, list[Story]]
    glossary: Glossary | None = None  # the words the site explains where stories use them

    @classmethod
    def of(cls, stories: Iterable[Story], glossary: Glossary | None = None) -> "StoryIndex":
        stories = tuple(stories)
        by_theme: dict[str, list[Story]] = {theme: [] for theme in THEME_NAMES}
        by_organisation: dict[str, list[Story]] = {}
        by_tag: dict[str, list[Story]] = {}
        for story in stories:
            by_theme.setdefault(story.theme or UNTHEMED, []).append(story)
            for org in story.organisations:
                by_organisation.setdefault(org, []).append(story)
            for tag in story.tags:
                by_tag.setdefault(tag, []).append(story)
        return cls(stories, {story.slug: story for story in stories}, by_theme, by_organisation, by_tag, glossary)

    def related(self, story: Story) -> list[Story]:
        """Related stories that are on this site (the others were filtered out)."""
        return [self.by_slug[slug] for slug in story.related if slug in self.by_slug]


def story_pages(data: SiteData, charts: MeasureCharts, staff: bool,
                public_site_url: str | None = None, glossary_url: str | None = None) -> list[GeneratedPage]:
    """Every generated story and browse page of one site.

    The public site passes data already through ``SiteData.public_only()``
    (and the charts of its public measures only); the play book passes
    everything and ``staff=True``, which adds what only staff see and links
    each public story to ``public_site_url``. ``glossary_url``: the page
    calling ``glossary()``, which a story's words used link to.
    """
    # Words are explained only where their meaning is confirmed, on either site.
    index = StoryIndex.of(data.stories, data.glossary.confirmed_only())
    organisations = data.organisations.by_id()
    # The play book's own section page (docs/stories.md) is at stories/, and
    # it, not the list, is in the play book's navigation.
    folder = ALL_STORIES if staff else STORIES
    # The projects a story is part of: those of this site that name it (on the public site, public ones only).
    projects: dict[str, list] = {}
    for project in data.projects if data.has("projects") else ():
        for slug in dict.fromkeys(project.stories):
            projects.setdefault(slug, []).append((project.title, project_url(project.id)))
    pages = [story_page(story, index, organisations, charts, staff, public_site_url, folder, glossary_url,
                        projects.get(story.slug, ())) for story in index.stories]
    pages += listing(folder, "All stories", index.stories, kind="all", in_nav=not staff, glossary=index.glossary)
    pages += theme_pages(index, in_nav=not staff, staff=staff)
    pages += organisation_pages(index, organisations, in_nav=not staff)
    pages += tag_pages(index, in_nav=not staff)
    return pages


def story_page(story: Story, index: StoryIndex, organisations: dict[str, Organisation], charts: MeasureCharts,
               staff: bool, public_site_url: str | None, list_url: str = STORIES,
               glossary_url: str | None = None, projects: Iterable[tuple[str, str]] = ()) -> GeneratedPage:
    """A story's page; ``projects``: (title, URL from the site root) of the projects it is part of."""
    url = story_url(story.slug)
    root = root_from(url)
    public_url = f"{public_site_url}{url}" if public_site_url and story.is_public else None
    measures = [summary_row(measure, analysis, root + measure_url(measure.id))
                for measure, analysis in charts.supporting(story.slug)]
    body = render_story(story, organisations, index.related(story), root=root, staff=staff,
                        public_url=public_url, measures=render_measures_summary(measures) if measures else "",
                        glossary=index.glossary, list_url=root + list_url,
                        glossary_href=relative_url(url, glossary_url) if glossary_url else None,
                        projects=[(title, root + address) for title, address in projects])
    # In the navigation it sits under the stories' section page (the play book's is a written page there).
    return GeneratedPage(source_path(url), story.title, body, description=story.summary, kind="story",
                         section=STORIES)


def listing(folder: str, title: str, stories: Iterable[Story], kind: str, name: str = "",
            in_nav: bool = False, glossary: Glossary | None = None) -> list[GeneratedPage]:
    """``folder``, ``folder/page/2/``, …: the stories, PAGE_SIZE to a page.
    ``kind`` (all, theme, unthemed, organisation, tag) and ``name`` choose
    the introduction the template writes.

    Listing pages are left out of search: every story they show has its own
    page in the search index already.
    """
    stories = list(stories)
    count = max(1, -(-len(stories) // PAGE_SIZE))
    urls = [listing_url(folder, number) for number in range(1, count + 1)]
    pages = []
    for number, url in enumerate(urls, start=1):
        root = root_from(url)
        first = (number - 1) * PAGE_SIZE
        shown = stories[first:first + PAGE_SIZE]
        # "First" and "Last" only where they differ from "Previous" and "Next".
        targets = {"first": 1 if number > 2 else None, "previous": number - 1 if number > 1 else None,
                   "next": number + 1 if number < count else None,
                   "last": count if number < count - 1 else None}
        links = {key: root + urls[target - 1] for key, target in targets.items() if target}
        page_title = title if count == 1 else f"{title} (page {number} of {count})"
        body = render_listing(page_title, kind, name, shown, first, len(stories), number, count,
                              links, story_base=root + STORIES,
                              order=listing_order(stories), glossary=glossary)
        pages.append(GeneratedPage(source_path(url), page_title, body, in_nav=in_nav and number == 1,
                                   searchable=False))
    return pages


def theme_pages(index: StoryIndex, in_nav: bool, staff: bool) -> list[GeneratedPage]:
    """A listing per theme that has stories; staff also see the stories whose
    theme is still to be agreed. Nothing at all when there is nothing to browse."""
    themed = {theme: stories for theme, stories in index.by_theme.items() if stories and theme != UNTHEMED}
    unthemed = index.by_theme.get(UNTHEMED, []) if staff else []
    pages = []
    for theme, stories in themed.items():
        pages += listing(theme_url(theme), f"Theme: {THEME_NAMES[theme]}", stories, kind="theme",
                         name=THEME_NAMES[theme], glossary=index.glossary)
    if unthemed:
        pages += listing(theme_url(UNTHEMED), "Theme to be agreed", unthemed, kind="unthemed",
                         glossary=index.glossary)
    if not pages:
        return []
    groups = [(THEME_NAMES[theme], f"{theme}/", len(stories)) for theme, stories in themed.items()]
    groups += [("Theme to be agreed", f"{UNTHEMED}/", len(unthemed))] if unthemed else []
    pages.append(GeneratedPage(source_path(THEMES), "Browse by theme",
                               render_browse_index("Browse by theme", "themes", groups, unthemed=bool(unthemed)),
                               in_nav=in_nav, searchable=False))
    return pages


def organisation_pages(index: StoryIndex, organisations: dict[str, Organisation],
                       in_nav: bool) -> list[GeneratedPage]:
    if not index.by_organisation:
        return []
    pages, groups = [], []
    for org_id, stories in sorted(index.by_organisation.items(), key=lambda item: organisations[item[0]].name):
        name = organisations[org_id].name
        pages += listing(organisation_url(org_id), f"Organisation: {name}", stories, kind="organisation",
                         name=name, glossary=index.glossary)
        groups.append((name, f"{org_id}/", len(stories)))
    pages.append(GeneratedPage(source_path(ORGANISATIONS), "Browse by organisation",
                               render_browse_index("Browse by organisation", "organisations", groups),
                               in_nav=in_nav, searchable=False))
    return pages


def tag_pages(index: StoryIndex, in_nav: bool) -> list[GeneratedPage]:
    if not index.by_tag:
        return []
    pages, groups = [], []
    for tag, stories in sorted(index.by_tag.items()):
        name = tag.replace("-", " ")
        pages += listing(tag_url(tag), f"Tag: {name}", stories, kind="tag", name=name, glossary=index.glossary)
        groups.append((name, f"{tag}/", len(stories)))
    pages.append(GeneratedPage(source_path(TAGS), "Browse by tag",
                               render_browse_index("Browse by tag", "tags", groups),
                               in_nav=in_nav, searchable=False))
    return pages
