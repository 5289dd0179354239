"""The rules of macros/analysis/projects.py on hand-made projects and a fixed
"today": when a score is out of date, what a quiet win is, what the Board
summary counts, and the PDSA notes each measure's chart gets."""

from __future__ import annotations

import json

import datetime as dt

import pytest

from macros.analysis.projects import (NOT_SCORED, board_summary, is_quiet_win, is_stale, pdsa_annotations,
                                      project_states, score_band)
from macros.data.models import Project

TODAY = dt.date(2026, 12, 4)


def project(project_id: str = "p", status: str = "active", scores: tuple = (), organisations=("org-a",),
            **fields) -> Project:
    """A valid project; ``scores``: (days before TODAY, score) pairs, oldest first."""
    progress = [{"date": TODAY - dt.timedelta(days=days), "score": score} for days, score in scores]
    made = Project.model_validate_json(json.dumps({  # JSON mode: dates written as text, as YAML gives them
        "title": f"Project {project_id}", "aim": "An aim.", "status": status, "organisations": list(organisations),
        "started": dt.date(2020, 1, 1), "visibility": "internal", "progress": progress, **fields}, default=str))
    return made.model_copy(update={"id": project_id})


def test_an_active_projects_score_is_out_of_date_after_90_days_not_on_the_90th():
    assert not is_stale(project(scores=((90, 2),)), TODAY)
    assert is_stale(project(scores=((91, 2),)), TODAY)
    # Only the latest score counts.
    assert not is_stale(project(scores=((400, 1), (10, 2))), TODAY)


@pytest.mark.parametrize("status", ["completed", "paused", "stopped"])
def test_a_project_no_longer_active_keeps_its_last_score_which_never_goes_out_of_date(status):
    assert not is_stale(project(status=status, scores=((900, 3),)), TODAY)


def test_an_active_project_with_no_score_is_not_scored_yet_rather_than_out_of_date():
    [state] = project_states([project()], TODAY)
    assert (state.stale, state.latest, state.band) == (False, None, NOT_SCORED)


def test_a_quiet_win_is_completed_without_a_measure_and_shows_what_changed():
    learnt = [{"date": "2024-01-01", "change": "A change", "study": "What we saw."}]
    untold = [{"date": "2024-01-01", "change": "A change"}]
    assert is_quiet_win(project(status="completed", stories=["a-story"]))
    assert is_quiet_win(project(status="completed", pdsa=learnt))
    assert is_quiet_win(project(status="completed", pdsa=[{**untold[0], "act": "Adopt."}]))
    assert not is_quiet_win(project(status="completed", pdsa=untold))  # nothing shows what changed
    assert not is_quiet_win(project(status="completed", stories=["a-story"], measures=["a-measure"]))
    assert not is_quiet_win(project(status="active", stories=["a-story"]))


@pytest.mark.parametrize(("score", "band"), [
    (0.5, "Getting started (0.5 to 1.5)"), (1.5, "Getting started (0.5 to 1.5)"), (2, "Testing changes (2 to 2.5)"),
    (3.5, "Improving (3 to 3.5)"), (4, "Significant or sustained improvement (4 to 5)"),
    (5, "Significant or sustained improvement (4 to 5)"), (None, NOT_SCORED)])
def test_score_bands_follow_the_scale(score, band):
    assert score_band(score) == band


def test_the_board_summary_counts_by_status_band_and_organisation_and_the_stale_scores():
    projects = [
        project("a", scores=((200, 1), (120, 2.5)), organisations=("org-a", "org-b")),  # out of date
        project("b", scores=((30, 3),), organisations=("org-a",)),
        project("c", organisations=("org-b", "org-b")),  # not scored yet; one organisation named twice
        project("d", status="completed", scores=((500, 4),), stories=["a-story"]),  # a quiet win
        project("e", status="stopped", scores=((300, 1),)),
    ]
    summary = board_summary(project_states(projects, TODAY))
    assert summary.total == 5
    assert summary.by_status == (("active", 3), ("paused", 0), ("completed", 1), ("stopped", 1))
    assert dict(summary.by_band) == {"Getting started (0.5 to 1.5)": 1, "Testing changes (2 to 2.5)": 1,
                                     "Improving (3 to 3.5)": 1, "Significant or sustained improvement (4 to 5)": 1,
                                     NOT_SCORED: 1}
    assert summary.by_organisation == (("org-a", 4), ("org-b", 2))
    assert (summary.stale, summary.active, summary.active_unscored, summary.quiet_wins) == (1, 3, 1, 1)


def test_the_summary_of_no_projects_counts_nothing():
    summary = board_summary([])
    assert summary.total == 0 and summary.by_organisation == () and all(n == 0 for _, n in summary.by_status)


def test_pdsa_cycles_become_notes_on_each_measure_of_their_project_oldest_first():
    first = project("a", measures=["waits", "falls", "waits"], pdsa=[
        {"date": "2025-03-01", "change": "Later change"}, {"date": "2025-03-01", "change": "Same day"}])
    second = project("b", measures=["waits"], pdsa=[{"date": "2025-01-15", "change": "Earlier change"}])
    unmeasured = project("c", pdsa=[{"date": "2025-02-01", "change": "No measure"}])
    notes = {measure: [(note.date, note.text) for note in found]
             for measure, found in pdsa_annotations([first, second, unmeasured]).items()}
    assert notes == {
        "waits": [(dt.date(2025, 1, 15), "PDSA cycle (Project b): Earlier change"),
                  (dt.date(2025, 3, 1), "PDSA cycle (Project a): Later change"),
                  (dt.date(2025, 3, 1), "PDSA cycle (Project a): Same day")],
        "falls": [(dt.date(2025, 3, 1), "PDSA cycle (Project a): Later change"),
                  (dt.date(2025, 3, 1), "PDSA cycle (Project a): Same day")],
    }
    assert pdsa_annotations([]) == {}
