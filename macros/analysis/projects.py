"""Improvement projects, worked out without a build: each project's latest
progress score and whether it is out of date, whether it is a quiet win, the
Board's summary of all of them, and its PDSA cycles as notes for its measures'
charts.

Pure functions of validated projects and "today" (passed in), so the rules
can be tested on hand-made projects with a fixed date.

The rules:
- out of date: an active project whose latest score is more than 90 days
  before today (a score exactly 90 days old is still current); a project
  that is completed, paused or stopped keeps its last score, which never goes
  out of date; an active project with no score at all is "not scored yet",
  counted apart, never as out of date;
- quiet win: a completed project with no measure (on this site) that still
  shows what changed: a story, or a PDSA cycle with what was learnt (its study
  or act);
- score bands: the IHI scale's stages, by the latest score.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..data.models.measures import Annotation
from ..data.models.projects import ProgressScore, Project
from .progress import STALE_AFTER_DAYS

# Statuses in the order pages list them.
STATUS_ORDER = ("active", "paused", "completed", "stopped")
# The IHI scale's stages, each (name, lowest score, highest score), in order.
SCORE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("Getting started (0.5 to 1.5)", 0.5, 1.5),
    ("Testing changes (2 to 2.5)", 2.0, 2.5),
    ("Improving (3 to 3.5)", 3.0, 3.5),
    ("Significant or sustained improvement (4 to 5)", 4.0, 5.0),
)
NOT_SCORED = "Not scored yet"


def score_band(score: float | None) -> str:
    if score is None:
        return NOT_SCORED
    return next(name for name, low, high in SCORE_BANDS if low <= score <= high)


def days_since_score(project: Project, today: dt.date) -> int | None:
    return None if project.latest is None else (today - project.latest.date).days


def is_stale(project: Project, today: dt.date, days: int = STALE_AFTER_DAYS) -> bool:
    """Active, and its latest score is more than ``days`` days old."""
    since = days_since_score(project, today)
    return project.status == "active" and since is not None and since > days


def is_quiet_win(project: Project) -> bool:
    """Completed without a measure, yet with a story or PDSA learning to show what changed.
    On the public site ``project`` names only public measures and stories."""
    return (project.status == "completed" and not project.measures
            and bool(project.stories or any(cycle.learning for cycle in project.pdsa)))


@dataclass(frozen=True)
class ProjectState:
    """One project as the register, its page and the Board summary read it, as of ``today``."""

    project: Project
    latest: ProgressScore | None
    stale: bool
    days_since: int | None
    band: str
    quiet_win: bool

    @classmethod
    def of(cls, project: Project, today: dt.date) -> "ProjectState":
        latest = project.latest
        return cls(project, latest, is_stale(project, today), days_since_score(project, today),
                   score_band(latest.score if latest else None), is_quiet_win(project))


def project_states(projects: Iterable[Project], today: dt.date) -> list[ProjectState]:
    return [ProjectState.of(project, today) for project in projects]


@dataclass(frozen=True)
class BoardSummary:
    """How many projects there are, by status, by score band and by organisation;
    how many active ones have an out-of-date score or none yet; the quiet wins."""

    total: int
    by_status: tuple[tuple[str, int], ...]  # every status, in STATUS_ORDER, zeros included
    by_band: tuple[tuple[str, int], ...]  # every band, then "not scored yet"
    by_organisation: tuple[tuple[str, int], ...]  # organisation id, projects it takes part in; most first
    stale: int
    active: int
    active_unscored: int
    quiet_wins: int


def board_summary(states: Sequence[ProjectState]) -> BoardSummary:
    statuses = Counter(state.project.status for state in states)
    bands = Counter(state.band for state in states)
    organisations = Counter(org for state in states for org in dict.fromkeys(state.project.organisations))
    active = [state for state in states if state.project.status == "active"]
    return BoardSummary(
        total=len(states),
        by_status=tuple((status, statuses[status]) for status in STATUS_ORDER),
        by_band=tuple((name, bands[name]) for name in [*(band[0] for band in SCORE_BANDS), NOT_SCORED]),
        by_organisation=tuple(sorted(organisations.items(), key=lambda item: (-item[1], item[0]))),
        stale=sum(state.stale for state in states),
        active=len(active),
        active_unscored=sum(state.latest is None for state in active),
        quiet_wins=sum(state.quiet_win for state in states),
    )


def pdsa_annotations(projects: Iterable[Project]) -> dict[str, list[Annotation]]:
    """Each measure's notes from the PDSA cycles of the projects it measures:
    measure id -> its notes, oldest first; for the measures' charts and
    measures.json's ``annotations``. Give it the site's projects (the public
    site's name only public measures)."""
    notes: dict[str, list[Annotation]] = {}
    for project in projects:
        for measure_id in dict.fromkeys(project.measures):
            notes.setdefault(measure_id, []).extend(
                Annotation(date=cycle.date, text=f"PDSA cycle ({project.title}): {cycle.change}")
                for cycle in project.pdsa)
    return {measure_id: sorted(found, key=lambda note: note.date) for measure_id, found in notes.items()}
