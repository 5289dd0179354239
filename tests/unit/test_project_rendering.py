"""A project's page, the register and the Board summary, rendered from hand-made
projects: the score chart's geometry and its text alternative and table, what
only staff see, the search filters, the quiet win, the out-of-date flag, and a
register that is whole and readable before any script runs."""

from __future__ import annotations

import pytest

import json
import re

import datetime as dt

from support.html import Page, section

from macros.analysis.measures import analyse_measure
from macros.analysis.projects import ProjectState, board_summary, project_states
from macros.data.models import Organisation, Project
from macros.data.models.measures import Annotation, Measure
from macros.render.projects import (ProjectLinks, register_filters, register_rows, render_board_summary,
                                    render_project, render_register, render_register_page)
from macros.render.score_chart import score_chart

TODAY = dt.date(2026, 12, 4)
ORGANISATIONS = {"org-a": Organisation(id="org-a", name="Org A"), "org-b": Organisation(id="org-b", name="Org B")}


def project(project_id: str = "fixture", **fields) -> Project:
    values = {"title": "A <b>bold</b> project", "aim": "Fewer falls by 2027.", "organisations": ["org-a"],
              "status": "active", "started": "2025-01-06", "visibility": "internal",
              "progress": [{"date": "2025-02-03", "score": 1}, {"date": "2025-06-02", "score": 2.5,
                                                               "note": "Changes tested."}]}
    # Read as from a file (JSON mode: a date may be written as text, as YAML gives it).
    made = Project.model_validate_json(json.dumps({**values, **fields}, default=str))
    return made.model_copy(update={"id": project_id})


def page_of(item: Project, staff: bool = True, links: ProjectLinks | None = None) -> str:
    links = links or ProjectLinks(register="../", workstream=("LEAD: Convene", "../../plan/#convene"),
                                  stories=(("A story", "../../stories/a-story/"),))
    return render_project(ProjectState.of(item, TODAY), [ORGANISATIONS[o] for o in item.organisations], links, [],
                          TODAY, staff)


def test_the_score_chart_steps_from_score_to_score_on_a_time_scale_and_carries_the_latest_to_today():
    chart = score_chart(project(), TODAY, "score-x")
    first, second = chart.marks
    assert first.x < second.x and first.y > second.y  # later and higher
    assert chart.line == f"{first.x},{first.y} {second.x},{first.y} {second.x},{second.y}"
    assert chart.carried == (second.x, chart.carried[1], second.y) and chart.carried[1] > second.x
    assert [tick.label for tick in chart.y_ticks] == ["0", "1", "2", "3", "4", "5"]
    assert chart.x_ticks and all(chart.left <= tick.x <= chart.right for tick in chart.x_ticks)
    assert score_chart(project(status="completed"), TODAY, "s").carried is None  # its last score is final
    assert score_chart(project(progress=[]), TODAY, "s") is None


def test_a_projects_page_shows_its_history_as_an_image_with_words_and_a_table():
    html = page_of(project())
    page = Page(html)
    wide, narrow = page.find("svg", role="img")  # CSS shows the one that fits the column
    assert wide["aria-labelledby"] == "score-fixture-title score-fixture-desc"
    assert narrow["aria-labelledby"] == "score-fixture-narrow-title score-fixture-narrow-desc"
    assert (wide["viewbox"], narrow["viewbox"]) == ("0 0 640 230", "0 0 288 230")
    assert "Progress score of A &lt;b&gt;bold&lt;/b&gt; project: 2.5: Changes tested, but no improvement, given " \
           "2 June 2025 (out of date)" in html
    assert "1 on 3 February 2025; 2.5 on 2 June 2025." in page.text
    table = section(html, "progress")
    assert "<table>" in table and "Changes tested." in table and "Charter and team established" in table
    # Out of date: said in words beside the flag, never by colour alone.
    assert "Out of date (550 days old)" in page.text and "scored again at least every 90 days" in page.text


def test_a_projects_page_carries_its_search_filters_and_links_back():
    page = Page(page_of(project(themes=["prevention"], organisations=["org-a", "org-b"])))
    filters = [a["data-pagefind-filter"] for t, a in page.elements if "data-pagefind-filter" in a]
    # the kind filter is the page's own (overrides/main.html), so it is not repeated here
    assert filters == ["organisation", "organisation", "theme", "status"]
    # hidden, and kept out of the indexed text (the facts list says them)
    assert [a for t, a in page.elements if "data-pagefind-ignore" in a and "hidden" in a]
    assert "Org A Org B Prevention Active" in page.text
    assert {"../", "../../plan/#convene", "../../stories/a-story/"} <= set(page.links())


def test_only_staff_see_the_lead_and_the_visibility():
    item = project(lead="Lead Person", visibility="public")
    assert "Lead Person" in Page(page_of(item)).text and "Public project" in Page(page_of(item)).text
    public = Page(page_of(item, staff=False)).text
    assert "Lead Person" not in public and "Public project" not in public


def test_pdsa_cycles_are_a_dated_list_and_drivers_a_nested_list():
    html = page_of(project(pdsa=[{"date": "2025-03-03", "change": "Huddles", "study": "Fewer falls."}], drivers=[
        {"driver": "Safer wards", "secondary": [{"driver": "Staff see risk", "change_ideas": ["Risk board"]}]}]))
    cycles = section(html, "pdsa-cycles")
    assert '<time datetime="2025-03-03">3 March 2025</time>: Huddles' in cycles and "<dt>Study</dt>" in cycles
    assert "<dt>Plan</dt>" not in cycles  # a part the cycle does not have is left out
    drivers = Page(section(html, "driver-diagram")).text
    assert ("Aim: Fewer falls by 2027. Primary driver: Safer wards Secondary driver: Staff see risk "
            "Change idea: Risk board") in drivers
    assert section(html, "driver-diagram").count("<ul") == 4


def test_a_completed_project_without_a_measure_shows_its_quiet_win():
    item = project(status="completed", stories=["a-story"], pdsa=[{"date": "2025-03-03", "change": "X",
                                                                   "act": "Adopt."}])
    text = Page(page_of(item)).text
    assert "Quiet win" in text and "its stories tell what changed and its PDSA cycles record what was learnt" in text
    assert "Out of date" not in text
    assert "Quiet win" not in Page(page_of(project(status="completed"))).text  # nothing shows what changed


def test_the_register_lists_every_project_readable_without_script_with_filters_to_reveal():
    states = project_states([project("a", themes=["redesign"]), project("b", progress=[], organisations=["org-b"]),
                             project("c", status="completed", stories=["s"])], TODAY)
    rows = register_rows(states, ORGANISATIONS, lambda project_id: f"{project_id}/")
    html = render_register(rows, TODAY, staff=True)
    page = Page(html)
    [form] = [a for t, a in page.elements if t == "form"]
    assert "data-ogic-register-filters" in form and "hidden" in form  # shown by the script
    # Staff find the Board summary after the list (project_register() puts it there).
    assert len(page.find("tr")) == 4 and {"a/", "b/", "c/", "#board-summary"} == set(page.links())
    [row_b] = [a for t, a in page.elements if t == "tr" and a.get("data-organisation") == "org-b"]
    assert (row_b["data-status"], row_b["data-score"]) == ("active", "none")
    assert "Out of date (550 days old)" in page.text and "Not scored yet" in page.text and "Quiet win" in page.text
    filters = {name: [value for value, _ in options] for name, _, options in register_filters(rows)}
    assert filters == {"organisation": ["org-a", "org-b"], "theme": ["redesign"],
                       "status": ["active", "completed", "quiet-win"], "score": ["current", "stale", "none"]}


@pytest.mark.parametrize("staff", [True, False])
def test_an_empty_register_says_so_and_nothing_of_the_repository(staff):
    # How to add a project is on the staff Open items page and in CONTRIBUTING, not on a page the Board reads.
    text = Page(render_register([], TODAY, staff)).text
    assert "No improvement projects have been added yet" in text
    assert "CONTRIBUTING" not in text and "repository" not in text


def test_the_board_summary_puts_every_count_in_a_table():
    states = project_states([project("a"), project("b", progress=[], organisations=["org-a", "org-b"])], TODAY)
    page = Page(render_board_summary(board_summary(states), ORGANISATIONS, TODAY, "../projects/"))
    assert "2 improvement projects ( the register lists each), as of 4 December 2026." in page.text
    assert ("Of the 2 active projects, 1 has a score more than 90 days old (out of date) and 1 has no score yet."
            in page.text)
    assert "Org A 2 Org B 1" in page.text and "Active 2 Paused 0 Completed 0 Stopped 0" in page.text
    assert page.links() == ["../projects/"]


def test_the_board_summary_counts_one_project_in_the_singular():
    text = Page(render_board_summary(board_summary(project_states([project("a", progress=[{
        "date": "2026-11-02", "score": 2}])], TODAY)), ORGANISATIONS, TODAY, None)).text
    assert "1 improvement project, as of 4 December 2026." in text
    assert "Of the 1 active project, none has a score more than 90 days old" in text
    assert "projects" not in text.split("Projects by status")[0]


def test_the_public_register_lists_projects_then_counts_them_without_the_boards_own_counts():
    states = project_states([project("a", visibility="public"),
                             project("b", progress=[], visibility="public")], TODAY)
    rows = register_rows(states, ORGANISATIONS, lambda project_id: f"{project_id}/")
    counts = render_board_summary(board_summary(states), ORGANISATIONS, TODAY, None, staff=False)
    html = render_register_page(render_register(rows, TODAY, staff=False), counts)
    page = Page(html)
    assert page.find("h1") and html.index("<table") < html.index('id="in-numbers"')
    assert "2 improvement projects shared here, as of 4 December 2026." in page.text
    assert "Active 2 Paused 0 Completed 0 Stopped 0" in page.text and "Org A 2" in page.text
    # How many scores are out of date or missing is the Board's, for the play book.
    for internal in ("Board summary", "#board-summary", "Active projects’ scores", "has a score more than"):
        assert internal not in page.text and internal not in page.links()


def test_at_320_px_each_register_cell_is_named_by_its_column():
    states = project_states([project("a", themes=["redesign"])], TODAY)
    html = render_register(register_rows(states, ORGANISATIONS, lambda project_id: f"{project_id}/"), TODAY, True)
    headings = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', html)
    labels = [attrs["data-label"] for tag, attrs in Page(html).elements if tag == "td"]
    assert labels == headings[1:]  # the first column is the row's own heading: the project's title


def test_a_measures_notes_on_a_projects_page_are_said_to_be_where_that_page_gives_them():
    values = [3, 4, 3, 5, 4, 3, 4, 5]
    points = [{"date": dt.date(2025, index + 1, 1), "value": value} for index, value in enumerate(values)]
    measure = Measure(title="Falls", improvement="decrease", points=points).model_copy(update={"id": "falls"})
    notes = [Annotation(date=dt.date(2025, 4, 1), text="New rota")]
    links = ProjectLinks(register="../", workstream=None, stories=())
    html = render_project(ProjectState.of(project(), TODAY), [ORGANISATIONS["org-a"]], links,
                          [(measure, analyse_measure(measure), "../../m/", notes)], TODAY, True)
    key = Page(html).text
    # The measure's own page lists its notes under a heading of their own; a project's page, in the figures.
    assert "a note on what changed then, given under its value in “The figures of this chart”" in key
    assert "What changed and when" not in key
    figures = html[html.index("The figures of this chart"):]
    assert "New rota" in Page(figures).text
