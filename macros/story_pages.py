"""Generated story pages, on both sites: one page per story, and the browse
pages (all stories, by theme, by organisation, by tag).

On the public site everything here is made from ``SiteData`` that has
already been through ``SiteData.public_only()`` (macros/site.py:data_for),
so internal stories and private contacts cannot reach these pages.

Built for thousands of stories: the stories are grouped once per build, in
one pass (``StoryIndex``); a story page looks up only its own related
stories; and no generated page is in the navigation except the few browse
indexes, so a page never carries a list of every story.  ``add_generated``
hands the pages to MkDocs for both sites' hooks.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Iterable

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from .loader import SiteData
from .models import Organisation, Story
from .render.browse import render_browse_index, render_listing
from .render.stories import THEME_NAMES, render_story

PAGE_SIZE = 24  # stories per listing page
UNTHEMED = "to-be-agreed"  # the theme "page" of stories with no agreed theme yet

STORIES_INTRO = "Every improvement story on this site, newest first."
THEMES_INTRO = ("The spotlight on successful improvements in One Gloucestershire carries the banner "
                "“Working as One: Prevention | Integration | Redesign”.")
UNTHEMED_NOTE = ("Which theme each story belongs to is still to be agreed with partners. "
                 "Until then, stories without a theme are listed under “Theme to be agreed”.")


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from data; ``html`` is complete and already escaped."""

    uri: str  # the source path it pretends to have under docs_dir
    title: str  # plain text
    html: str
    description: str | None = None
    in_nav: bool = False
    searchable: bool = True

    @property
    def url(self) -> str:
        return url_of(self.uri)

    def markdown(self) -> str:
        """Front matter only: the body, already HTML, is put in after Markdown
        (``generated_html``), because passing thousands of pages of finished
        HTML through Markdown's HTML parser was a third of the build.

        ``render_macros: false`` keeps editors' text (which may contain
        ``{{``) away from the macros engine.  Material prints ``title`` and
        ``description`` into the page head unescaped, so they are escaped here.
        """
        front = {"title": _escape(self.title), "render_macros": False}
        if self.description:
            front["description"] = _escape(self.description)
        if not self.searchable:
            front["search"] = {"exclude": True}
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        return "---\n" + "\n".join(lines) + "\n---\n"


def _escape(text: str) -> str:
    """Escape for HTML text and double-quoted attributes, leaving apostrophes
    readable (they also reach the search index as they are)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def url_of(uri: str) -> str:
    """The URL (relative to the site root) of a generated ``…/index.md``."""
    return uri.removesuffix("index.md")


def root_from(uri: str) -> str:
    """The relative path from a generated page back to the site root."""
    return "../" * url_of(uri).count("/")


def story_uri(slug: str) -> str:
    # <slug>/index.md rather than <slug>.md: a story called "index" then
    # cannot collide with the list of all stories.
    return f"stories/{slug}/index.md"


@dataclass(frozen=True)
class StoryIndex:
    """The public stories grouped every way the site browses them, newest first."""

    stories: tuple[Story, ...]
    by_slug: dict[str, Story]
    by_theme: dict[str, list[Story]]  # theme id, or UNTHEMED
    by_organisation: dict[str, list[Story]]
    by_tag: dict[str, list[Story]]

    @classmethod
    def of(cls, stories: Iterable[Story]) -> "StoryIndex":
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
        return cls(stories, {story.slug: story for story in stories}, by_theme, by_organisation, by_tag)

    def related(self, story: Story) -> list[Story]:
        """Related stories that are on this site (the others were filtered out)."""
        return [self.by_slug[slug] for slug in story.related if slug in self.by_slug]


def story_pages(data: SiteData, staff: bool, public_site_url: str | None = None) -> list[GeneratedPage]:
    """Every generated story and browse page of one site.

    The public site passes data already through ``SiteData.public_only()``;
    the play book passes everything and ``staff=True``, which adds what only
    staff see and links each public story to ``public_site_url``.
    """
    index = StoryIndex.of(data.stories)
    organisations = data.organisations.by_id()
    pages = [story_page(story, index, organisations, staff, public_site_url) for story in index.stories]
    # The play book's own section page (docs/stories.md) is at stories/, and
    # it, not the list, is in the play book's navigation.
    folder = "all-stories" if staff else "stories"
    pages += listing(folder, "All stories", STORIES_INTRO, index.stories, in_nav=not staff)
    pages += theme_pages(index, in_nav=not staff)
    pages += organisation_pages(index, organisations, in_nav=not staff)
    pages += tag_pages(index, in_nav=not staff)
    return pages


def story_page(story: Story, index: StoryIndex, organisations: dict[str, Organisation], staff: bool,
               public_site_url: str | None) -> GeneratedPage:
    uri = story_uri(story.slug)
    public_url = f"{public_site_url}{url_of(uri)}" if public_site_url and story.is_public else None
    body = render_story(story, organisations, index.related(story), root=root_from(uri), staff=staff,
                        public_url=public_url)
    return GeneratedPage(uri, story.title, body, description=story.summary)


def listing(folder: str, title: str, intro: str, stories: Iterable[Story],
            in_nav: bool = False) -> list[GeneratedPage]:
    """``folder/``, ``folder/page/2/``, …: the stories, PAGE_SIZE to a page.

    Listing pages are left out of search: every story they show has its own
    page in the search index already.
    """
    stories = list(stories)
    count = max(1, -(-len(stories) // PAGE_SIZE))
    uris = [f"{folder}/index.md"] + [f"{folder}/page/{n}/index.md" for n in range(2, count + 1)]
    pages = []
    for number, uri in enumerate(uris, start=1):
        root = root_from(uri)
        first = (number - 1) * PAGE_SIZE
        shown = stories[first:first + PAGE_SIZE]
        # "First" and "Last" only where they differ from "Previous" and "Next".
        targets = {"first": 1 if number > 2 else None, "previous": number - 1 if number > 1 else None,
                   "next": number + 1 if number < count else None,
                   "last": count if number < count - 1 else None}
        links = {name: root + url_of(uris[target - 1]) for name, target in targets.items() if target}
        page_title = title if count == 1 else f"{title} (page {number} of {count})"
        body = render_listing(page_title, intro, shown, first, len(stories), number, count,
                              links, story_base=root + "stories/")
        pages.append(GeneratedPage(uri, page_title, body, in_nav=in_nav and number == 1,
                                   searchable=False))
    return pages


def theme_pages(index: StoryIndex, in_nav: bool) -> list[GeneratedPage]:
    names = {**THEME_NAMES, UNTHEMED: "Theme to be agreed"}
    pages = []
    for theme, stories in index.by_theme.items():
        intro = (UNTHEMED_NOTE if theme == UNTHEMED
                 else f"Stories with the theme {names[theme]}.")
        pages += listing(f"themes/{theme}", names[theme] if theme == UNTHEMED else f"Theme: {names[theme]}",
                         intro, stories)
    groups = [(names[theme], f"{theme}/", len(stories)) for theme, stories in index.by_theme.items()]
    note = UNTHEMED_NOTE if index.by_theme.get(UNTHEMED) else None
    pages.append(GeneratedPage("themes/index.md", "Browse by theme",
                               render_browse_index("Browse by theme", THEMES_INTRO, groups, "", note),
                               in_nav=in_nav, searchable=False))
    return pages


def organisation_pages(index: StoryIndex, organisations: dict[str, Organisation],
                       in_nav: bool) -> list[GeneratedPage]:
    pages, groups = [], []
    for org_id, stories in sorted(index.by_organisation.items(), key=lambda item: organisations[item[0]].name):
        name = organisations[org_id].name
        pages += listing(f"organisations/{org_id}", f"Organisation: {name}",
                         f"Stories that name {name}.", stories)
        groups.append((name, f"{org_id}/", len(stories)))
    intro = "The organisations named in the stories on this site."
    pages.append(GeneratedPage("organisations/index.md", "Browse by organisation",
                               render_browse_index("Browse by organisation", intro, groups,
                                                   "No story names an organisation yet."),
                               in_nav=in_nav, searchable=False))
    return pages


def tag_pages(index: StoryIndex, in_nav: bool) -> list[GeneratedPage]:
    pages, groups = [], []
    for tag, stories in sorted(index.by_tag.items()):
        name = tag.replace("-", " ")
        pages += listing(f"tags/{tag}", f"Tag: {name}", f"Stories tagged “{name}”.", stories)
        groups.append((name, f"{tag}/", len(stories)))
    intro = "Tags say what a story is about."
    pages.append(GeneratedPage("tags/index.md", "Browse by tag",
                               render_browse_index("Browse by tag", intro, groups, "No story has a tag yet."),
                               in_nav=in_nav, searchable=False))
    return pages


def add_generated(files: Files, config, pages: list[GeneratedPage], others: dict[str, str]) -> Files:
    """Add generated pages and other generated files (e.g. feeds) to the site.

    A page in docs/ at a generated address would silently shadow or be
    shadowed by data, so that stops the build instead.
    """
    for uri in [*(page.uri for page in pages), *others]:
        if files.get_file_from_path(uri) is not None:
            raise PluginError(f"{config['docs_dir']}/{uri} has the address of a generated page or feed; "
                              "rename or remove it")
    for page in pages:
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, page.uri, content=page.markdown(), inclusion=inclusion)
        file.generated_html = page.html  # read back by generated_html() in on_page_content
        files.append(file)
    for uri, content in others.items():
        files.append(File.generated(config, uri, content=content))
    return files


def generated_html(html: str, page) -> str:
    """For hooks' ``on_page_content``: a generated page's body, else ``html`` unchanged."""
    return getattr(page.file, "generated_html", html)
