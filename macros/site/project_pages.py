"""Improvement projects on a site: a page per project, the public site's
register page, and projects.json.

On the public site everything here is made from ``SiteData.public_only()``:
public projects only, without their lead, naming only public measures and
stories. Project pages are outside the navigation (the register lists them),
so a page never carries a list of every project.
"""

from __future__ import annotations

import datetime as dt

from ..addresses import PROJECTS, measure_url, project_url, relative_url, root_from, source_path, story_url
from ..analysis.measures import MeasureCharts
from ..analysis.projects import ProjectState, board_summary, project_states
from ..data import SiteData
from ..data.models import Glossary
from ..render.projects import (ProjectLinks, register_rows, render_board_summary, render_project, render_register,
                               render_register_page)
from .generated import GeneratedPage


def project_pages(data: SiteData, charts: MeasureCharts, today: dt.date, staff: bool,
                  register_url: str | None = None, plan_url: str | None = None,
                  public_site_url: str | None = None, glossary_url: str | None = None) -> list[GeneratedPage]:
    """Every project's page, and on the public site the register (when there is
    a project to list). ``register_url``: the play book's register page (the one
    calling ``project_register()``), if any; ``plan_url``: the delivery-plan
    page's, if this site has one; ``public_site_url``: the public site, for the
    play book's links to public projects there; ``glossary_url``: the page
    calling ``glossary()``, which each page's words used link to."""
    states = project_states(data.projects, today)
    glossary = data.glossary.confirmed_only()  # the words each page explains where it uses them
    if not staff and states:
        register_url = PROJECTS
    organisations = data.organisations.by_id()
    stories = {story.slug: story.title for story in data.stories}
    measures = {measure.id: (measure, analysis) for measure, analysis in charts.charts}
    pillars = {pillar.id: pillar.name for pillar in data.delivery_plan.pillars}
    workstreams = {w.id: f"{pillars.get(w.pillar, w.pillar)}: {w.name}" for w in data.delivery_plan.workstreams}
    pages = []
    for state in states:
        project = state.project
        url = project_url(project.id)
        root = root_from(url)
        workstream = None
        if project.workstream in workstreams:
            href = relative_url(url, plan_url) + f"#{project.workstream}" if plan_url else None
            workstream = (workstreams[project.workstream], href)
        links = ProjectLinks(
            register=relative_url(url, register_url) if register_url else None, workstream=workstream,
            stories=tuple((stories[slug], root + story_url(slug)) for slug in project.stories if slug in stories),
            public_url=f"{public_site_url}{url}" if staff and public_site_url and project.is_public else None)
        shown = [(*measures[m], root + measure_url(m), charts.annotations_of(measures[m][0]))
                 for m in dict.fromkeys(project.measures) if m in measures]
        body = render_project(state, [organisations[org] for org in project.organisations], links, shown, today,
                              staff, glossary, relative_url(url, glossary_url) if glossary_url else None)
        pages.append(GeneratedPage(source_path(url), project.title, body, description=project.aim, kind="project",
                                   section=register_url))  # its tab: the register's
    if not staff and states:
        pages.append(register_page(states, organisations, today, glossary, glossary_url))
    return pages


def register_page(states: list[ProjectState], organisations, today: dt.date, glossary: Glossary,
                  glossary_url: str | None = None) -> GeneratedPage:
    """The public site's register: in its navigation, outside its search (each project has its page there).
    The projects first, then their counts, without the Board's own (out-of-date and missing scores)."""
    root = root_from(PROJECTS)
    rows = register_rows(states, organisations, lambda project_id: root + project_url(project_id))
    counts = render_board_summary(board_summary(states), organisations, today, None, staff=False)
    body = render_register_page(render_register(rows, today, staff=False), counts, glossary,
                                relative_url(PROJECTS, glossary_url) if glossary_url else None)
    return GeneratedPage(source_path(PROJECTS), "Improvement projects", body, in_nav=True, searchable=False)


def projects_json(data: SiteData, today: dt.date) -> list[dict]:
    """Every project of the site as projects.json gives it (the contract names the
    fields); never its lead. ``score``: the latest progress score, or null."""
    entries = []
    for state in project_states(data.projects, today):
        project, latest = state.project, state.latest
        entries.append({
            "id": project.id,
            "title": project.title,
            "url": project_url(project.id),
            "aim": project.aim,
            "status": project.status,
            "organisations": list(project.organisations),
            "themes": list(project.themes),
            "workstream": project.workstream,
            "started": project.started.isoformat(),
            "completed": project.completed.isoformat() if project.completed else None,
            "score": latest.score if latest else None,
            "score_date": latest.date.isoformat() if latest else None,
            "score_out_of_date": state.stale,
            "quiet_win": state.quiet_win,
            "measures": list(project.measures),
            "stories": list(project.stories),
        })
    return entries
