"""Measures on a site: a page per measure, its data as CSV, and measures.json.

On the public site everything here is made from ``SiteData.public_only()``:
internal measures are not there to be shown.
"""

from __future__ import annotations

from ..analysis.measures import MeasureCharts
from ..data import SiteData
from ..addresses import measure_url, project_url, root_from, source_path, story_url
from ..render.glossary import render_words_used, term_id
from ..render.measures import measure_csv, render_measure
from .exports import measure_json
from .generated import GeneratedPage


# The glossary entries that explain each kind of chart, by their anchors (render/glossary.py term_id).
CHART_TERMS = {"xmr": "term-xmr-chart", "p": "term-p-chart", "u": "term-u-chart"}


def chart_entries(data: SiteData, glossary_url: str | None) -> dict[str, str]:
    """Each kind of chart the site's glossary explains -> the entry's address from the site's root;
    ``glossary_url``: the page showing the glossary (None: no page does, so nothing to link to)."""
    if glossary_url is None or not data.has("glossary"):
        return {}
    anchors = {term_id(term) for term in data.glossary.terms}
    return {chart: f"{glossary_url}#{anchor}" for chart, anchor in CHART_TERMS.items() if anchor in anchors}


def measure_pages(data: SiteData, charts: MeasureCharts, staff: bool = True, list_url: str | None = None,
                  glossary_url: str | None = None) -> tuple[list[GeneratedPage], dict[str, str]]:
    """A page per measure, and its CSV beside it (uri -> text). ``list_url``:
    the page listing every measure (the one calling measures_summary()), which
    each measure's page links back to and sits under in the navigation;
    ``glossary_url``: the page calling glossary(), whose entries explain the charts."""
    stories = {story.slug: story for story in data.stories}
    entries = chart_entries(data, glossary_url)
    # The Making Data Count words a page uses (special cause, process limits...), explained at its end.
    glossary = data.glossary.confirmed_only() if data.has("glossary") else None
    projects = [project.id for project in data.projects] if data.has("projects") else []
    pages, files = [], {}
    for measure, analysis in charts.charts:
        url = measure_url(measure.id)
        root = root_from(url)
        links = [(stories[slug].title, root + story_url(slug)) for slug in measure.stories if slug in stories]
        notes = charts.annotations_of(measure)
        # On the public site the home page lists the measures, under a heading of their own.
        back = None if list_url is None else root + list_url + ("" if staff else "#measures-of-improvement")
        body = render_measure(measure, analysis, csv_url=f"{measure.id}.csv", stories_links=links,
                              annotations=notes, staff=staff,
                              glossary_href=root + entries[analysis.chart] if analysis.chart in entries else None,
                              list_href=back, project_hrefs={id_: root + project_url(id_) for id_ in projects})
        body += render_words_used(body, glossary, root + glossary_url if glossary_url is not None else None)
        pages.append(GeneratedPage(source_path(url), measure.title, body, description=measure.description,
                                   kind="measure", section=list_url))
        files[f"{url}{measure.id}.csv"] = measure_csv(analysis, notes)
    return pages, files


def measures_json(charts: MeasureCharts) -> list[dict]:
    return [measure_json(measure, analysis, charts.annotations_of(measure)) for measure, analysis in charts.charts]
