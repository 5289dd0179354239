"""Improvement projects on pages: a project's own page, the register of every
project, and the Board summary.

Python only gathers: each project's state as of the build date
(macros/analysis/projects.py), the names of what it names, the links from
the page being made. The markup and every word are in templates/project.html,
project_register.html, project_summary.html, score_chart.html and
project_words.html; a measure's chart is the measures' own (spc_figure.html).
A project's page and the public register end with the glossary's words they
use ("Words used on this page", glossary.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..analysis.projects import STATUS_ORDER, BoardSummary, ProjectState
from ..analysis.progress import STALE_AFTER_DAYS
from ..analysis.spc import Analysis
from ..data.models import Annotation, Glossary, Measure, Organisation
from ..data.models.projects import PROGRESS_SCALE
from . import render_partial
from .glossary import render_words_used
from .measures import measure_view
from .measures_overview import render_measures_summary, summary_row
from .score_chart import NARROW, score_chart
from .stories import THEME_NAMES

COMMON = {"names": PROGRESS_SCALE, "stale_days": STALE_AFTER_DAYS, "theme_names": THEME_NAMES}


@dataclass(frozen=True)
class RegisterRow:
    state: ProjectState
    href: str  # the project's page, from the register's page
    organisation_ids: tuple[str, ...]
    organisation_names: tuple[str, ...]


@dataclass(frozen=True)
class ProjectLinks:
    """Where a project's page leads, relative to it (None: not on this site)."""

    register: str | None
    workstream: tuple[str, str | None] | None  # its name, and its place on the delivery-plan page
    stories: tuple[tuple[str, str], ...]  # (title, href)
    public_url: str | None = None  # staff only: the project's page on the public site


def render_project(state: ProjectState, organisations: Sequence[Organisation], links: ProjectLinks,
                   measures: Sequence[tuple[Measure, Analysis, str, Sequence[Annotation]]], today: dt.date,
                   staff: bool, glossary: Glossary | None = None, glossary_href: str | None = None) -> str:
    """The body of a project's page (its <h1> included). ``measures``: (measure,
    its analysis, the link to its page, its notes) of each measure on this site;
    ``glossary``: the words the page explains at its end, where it uses them,
    each linked to the glossary page (``glossary_href``)."""
    project = state.project
    rows = [summary_row(measure, analysis, href) for measure, analysis, href, _ in measures]
    charts = [render_partial("project_measure.html", view=measure_view(measure, analysis, notes), href=href)
              for measure, analysis, href, notes in measures]
    body = render_partial(
        "project.html", state=state, organisations=list(organisations), staff=staff, today=today,
        register_href=links.register, workstream=links.workstream, stories=list(links.stories),
        public_url=links.public_url, learnt=any(cycle.learning for cycle in project.pdsa),
        chart=score_chart(project, today, f"score-{project.id or 'chart'}"),
        narrow_chart=score_chart(project, today, f"score-{project.id or 'chart'}-narrow", NARROW),
        measures=render_measures_summary(rows) if rows else "", measure_charts=charts, **COMMON)
    return body + render_words_used(body, glossary, glossary_href)


def register_rows(states: Sequence[ProjectState], organisations: Mapping[str, Organisation],
                  href_of) -> list[RegisterRow]:
    """The register's rows, newest start first; ``href_of(project_id)``: the link to its page."""
    ordered = sorted(states, key=lambda state: (-state.project.started.toordinal(), state.project.title.lower()))
    return [RegisterRow(state, href_of(state.project.id), tuple(state.project.organisations),
                        tuple(organisations[org].name for org in state.project.organisations))
            for state in ordered]


def register_filters(rows: Sequence[RegisterRow]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The register's filters, each offering only what some project has."""
    names = {org: name for row in rows for org, name in zip(row.organisation_ids, row.organisation_names,
                                                             strict=True)}
    themes = {theme for row in rows for theme in row.state.project.themes}
    statuses = {row.state.project.status for row in rows}
    status_options = [(status, status.capitalize()) for status in STATUS_ORDER if status in statuses]
    if any(row.state.quiet_win for row in rows):
        status_options.append(("quiet-win", "Quiet wins (completed, no measure)"))
    scores = {"stale" if row.state.stale else ("none" if row.state.latest is None else "current") for row in rows}
    return [
        ("organisation", "Organisation", sorted(names.items(), key=lambda item: item[1].lower())),
        ("theme", "Theme", [(theme, THEME_NAMES[theme]) for theme in THEME_NAMES if theme in themes]),
        ("status", "Status", status_options),
        ("score", "Progress score", [(value, text) for value, text in (
            ("current", "Up to date or final"), ("stale", "Out of date"), ("none", "Not scored yet"))
            if value in scores]),
    ]


def render_register(rows: Sequence[RegisterRow], today: dt.date, staff: bool) -> str:
    return render_partial("project_register.html", rows=list(rows), filters=register_filters(rows), today=today,
                          staff=staff, **COMMON)


def render_board_summary(summary: BoardSummary, organisations: Mapping[str, Organisation], today: dt.date,
                         register_href: str | None, staff: bool = True) -> str:
    """The projects counted; on the public site (``staff`` false) without the
    Board's own counts of out-of-date and missing scores."""
    return render_partial("project_summary.html", summary=summary, today=today, register_href=register_href,
                          organisations={org_id: org.name for org_id, org in organisations.items()}, staff=staff,
                          **COMMON)


def render_register_page(register_html: str, counts_html: str = "", glossary: Glossary | None = None,
                         glossary_href: str | None = None) -> str:
    """The public site's register page (made from data): its heading and the
    projects, then their counts, then the words it uses, explained."""
    body = render_partial("project_register_page.html", register=register_html, counts=counts_html)
    return body + render_words_used(body, glossary, glossary_href)
