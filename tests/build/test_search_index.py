"""Both sites' search index (Pagefind, written into pagefind/ by the build): what
it holds, with which filters, and the search box on every page that leads to it.

Built from the tests' own play book with a public measure written by the test.
What a reader does with it in a browser is in tests/browser/test_search.py.
"""

from __future__ import annotations

import posixpath
import shutil
import subprocess
import sys
import re
from html import unescape

import pytest
import yaml
from support.html import Page
from support.projects import fixture_project
from support.search_index import indexed_page, indexed_pages

# A decrease measure whose last point is far below the rest: a special cause.
MEASURE = """title: Fixture search days
improvement: decrease
visibility: public
points:
""" + "".join(f"  - date: 2025-{month:02d}-01\n    value: {value}\n"
              for month, value in enumerate([30, 31, 29, 30, 32, 30, 31, 12], start=1))
# An internal measure with no signal (common cause), for the play book only.
QUIET_MEASURE = "title: Fixture quiet count\nimprovement: increase\npoints:\n" + "".join(
    f"  - date: 2025-0{month}-01\n    value: {value}\n" for month, value in ((1, 5), (2, 6), (3, 5), (4, 6)))
SITES = ("playbook", "stories")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("search") / "fixture")
    project.write("data/measures/fixture-search-days.yml", MEASURE)
    project.write("data/measures/fixture-quiet-count.yml", QUIET_MEASURE)
    # The public project shows the public measure's chart and table on its page.
    linked = project.path / "data" / "projects" / "fixture-public-project.yml"
    project.write("data/projects/fixture-public-project.yml",
                  linked.read_text(encoding="utf-8") + "measures: [fixture-search-days]\n")
    result = project.build()
    assert result.ok, result.output
    return project


def stories(project) -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted((project.path / "data" / "stories").glob("*.yml"))}


def written_pages(project, site: str) -> list[str]:
    """The URLs ("/x/") of the pages written in the site's docs folder."""
    docs = project.path / ("docs" if site == "playbook" else "docs-public")
    urls = []
    for page in sorted(docs.rglob("*.md")):
        relative = page.relative_to(docs).with_suffix("").as_posix()
        urls.append("/" if relative == "index" else f"/{relative.removesuffix('/index')}/")
    return urls


@pytest.mark.parametrize("site", SITES)
def test_every_story_measure_and_written_page_is_in_search_with_its_kind(built, site):
    kinds = {page.url: page.filters.get("kind") for page in indexed_pages(built.site(site))}
    on_site = {slug for slug, story in stories(built).items() if site == "playbook" or story["visibility"] == "public"}
    assert on_site and {url: kinds.get(url) for url in (f"/stories/{slug}/" for slug in on_site)} \
        == {f"/stories/{slug}/": ["Story"] for slug in on_site}
    assert kinds["/measures/fixture-search-days/"] == ["Measure"]
    written = [url for url in written_pages(built, site) if url != "/print/"]
    assert {url: kinds.get(url) for url in written} == {url: ["Page"] for url in written}


@pytest.mark.parametrize("site", SITES)
def test_lists_of_stories_and_the_print_page_are_left_out_of_search(built, site):
    # Every story they show is in search on its own page.
    urls = {page.url for page in indexed_pages(built.site(site))}
    listings = {"/all-stories/" if site == "playbook" else "/stories/", "/themes/", "/themes/prevention/",
                "/organisations/", "/organisations/fixture-trust/", "/tags/", "/tags/fixture-tag/"}
    assert all((built.site(site) / url.strip("/") / "index.html").is_file() for url in listings)
    assert urls.isdisjoint(listings | {"/print/", "/404.html"})


def test_a_storys_filters_are_its_theme_and_organisations_as_its_page_names_them(built):
    story = stories(built)["fixture-public-story"]
    organisations = {o["id"]: o["name"] for o in yaml.safe_load(built.read("data/organisations.yml"))["organisations"]}
    for site in SITES:
        html = built.page(site, "stories/fixture-public-story/")
        theme = unescape(re.search(rf'href="[./]*themes/{story["theme"]}/"[^>]*>([^<]+)</a>', html).group(1))
        filters = indexed_page(built.site(site), "/stories/fixture-public-story/").filters
        assert filters == {"kind": ["Story"], "theme": [theme],
                           "organisation": [organisations[o] for o in story["organisations"]]}
    # A story without a theme or organisations has only its kind.
    assert indexed_page(built.site("stories"), "/stories/fixture-second-story/").filters == {"kind": ["Story"]}


def test_a_measures_variation_filter_names_its_variation_as_readers_see_it(built):
    for site in SITES:
        page = Page(built.page(site, "measures/fixture-search-days/"))
        filters = indexed_page(built.site(site), "/measures/fixture-search-days/").filters
        assert filters == {"kind": ["Measure"], "variation": ["Special cause — improvement"]}
        assert "Improving (special cause improvement" in page.text  # what the page itself says
    # An internal measure with no signal: the play book only, as common cause.
    assert indexed_page(built.site("playbook"), "/measures/fixture-quiet-count/").filters["variation"] == [
        "Common cause — no sign of change"]


@pytest.mark.parametrize("site", SITES)
def test_each_filter_holds_one_kind_of_thing_in_words_a_reader_knows(built, site):
    pages = indexed_pages(built.site(site))
    assert {kind for page in pages for kind in page.filters["kind"]} == {"Page", "Story", "Measure", "Project"}
    for page in pages:
        if "status" in page.filters:  # a project's status, never a measure's variation
            assert page.filters["kind"] == ["Project"], page.url
            assert set(page.filters["status"]) <= {"Active", "Completed", "Paused", "Stopped"}, page.url
        if "variation" in page.filters:
            assert page.filters["kind"] == ["Measure"], page.url
            assert page.filters["variation"][0].split(" — ")[0] in ("Common cause", "Special cause"), page.url
    statuses = {page.url: page.filters.get("status") for page in pages if page.filters["kind"] == ["Project"]}
    public = {"/projects/fixture-public-project/": ["Active"], "/projects/fixture-quiet-win/": ["Completed"]}
    # The public site's index: its public projects and measures only.
    assert statuses == (public if site == "stories" else {**public,
                                                          "/projects/fixture-internal-project/": ["Paused"]})
    measures = {page.url for page in pages if page.filters["kind"] == ["Measure"]}
    assert measures == {"/measures/fixture-search-days/"} | (
        {"/measures/fixture-quiet-count/"} if site == "playbook" else set())


def test_search_holds_a_pages_own_content_not_its_navigation_or_facts(built):
    page = indexed_page(built.site("playbook"), "/stories/fixture-public-story/")
    assert page.title == "Fixture public story"
    assert page.content.startswith("Fixture public story") and "A fixture step." in page.content
    # Not the header, the navigation, the page's facts or the headings' "¶".
    for elsewhere in ("Skip to content", "Welcome", "Page owner", "Last updated", "¶"):
        assert elsewhere not in page.content, elsewhere


@pytest.mark.parametrize("site", SITES)
def test_the_index_and_pagefinds_search_code_are_in_the_site_but_not_its_ready_made_interfaces(built, site):
    bundle = built.site(site) / "pagefind"
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind"} \
        <= {file.name for file in bundle.iterdir()}
    assert not [file.name for file in bundle.iterdir() if file.name.startswith("pagefind-") and "ui" in file.name]
    assert not (built.site(site) / "search").exists()  # Material's lunr index is gone


@pytest.mark.parametrize("site", SITES)
def test_every_page_has_the_search_box_and_it_leads_to_its_own_sites_index(built, site):
    root = built.site(site)
    # Not redirects, nor the 404 page, whose every link MkDocs makes from the site's root.
    pages = [page for page in sorted(root.rglob("*.html"))
             if 'http-equiv="refresh"' not in page.read_text("utf-8") and page.name != "404.html"]
    assert len(pages) > 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        boxes = re.findall(r'<div class="ogic-search" data-ogic-search data-bundle="([^"]+)"', html)
        assert len(boxes) == 1, f"{page.relative_to(root)} has {len(boxes)} search boxes"
        # Relative to the page, so that it works wherever the site is published.
        folder = posixpath.dirname(page.relative_to(root).as_posix())
        assert posixpath.normpath(posixpath.join(folder, boxes[0])) == "pagefind", page
        assert '<script src="' in html and "assets/javascripts/site-search.js" in html


def test_a_projects_filters_are_its_organisations_themes_and_status_and_not_run_into_its_text(built):
    page = indexed_page(built.site("playbook"), "/projects/fixture-public-project/")
    assert page.filters["kind"] == ["Project"] and page.filters["status"] == ["Active"]
    assert set(page.filters["organisation"]) == {"Fixture Trust", "Fixture Council"}
    # The filters' hidden words are not the start of the page's text (they ran together: "TrustPreventionActive").
    assert page.content.startswith(page.title)


@pytest.mark.parametrize("site", SITES)
def test_indexing_the_searched_parts_makes_the_index_that_whole_pages_make(built, site, tmp_path):
    """The build gives Pagefind each page's searched part only (macros/site/search_index.py):
    the same pages, words and filters as Pagefind indexing the whole built pages."""
    whole = tmp_path / "whole"
    shutil.copytree(built.site(site), whole, ignore=shutil.ignore_patterns("pagefind"))
    subprocess.run([sys.executable, "-m", "pagefind", "--site", ".", "--output-subdir", "pagefind",
                    "--force-language", "en", "--exclude-selectors", ".headerlink", "--quiet"],
                   cwd=whole, check=True, capture_output=True)
    by_url = {page.url: page for page in indexed_pages(whole)}
    assert any(page.filters.get("kind") == ["Measure"] for page in by_url.values())
    project_page = built.site(site) / "projects" / "fixture-public-project" / "index.html"
    assert b"<!--not-searched-->" in project_page.read_bytes()
    assert {page.url: page for page in indexed_pages(built.site(site))} == by_url
    # Every page's record (its meta, anchors and sort keys too) and the words' index: their
    # files are named by what they hold.
    for folder in ("fragment", "index"):
        assert sorted(path.name for path in (built.site(site) / "pagefind" / folder).iterdir()) == \
            sorted(path.name for path in (whole / "pagefind" / folder).iterdir())
