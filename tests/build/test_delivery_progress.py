"""Delivery progress in the built fixture play book: delivery.json and the
delivery-plan page agree with the data, partners' links to an action survive
its text changing and its move to another workstream, a retired id leads on,
and the progress report is worked out as of PLAYBOOK_TODAY and compared with
the previous published version read from the local gh-pages branch.

The fixture's plan (tests/fixtures/site/data/delivery_plan.yml) shows the
delivery plan on sections/ and its report on progress-report/."""

from __future__ import annotations

import json

import pytest
import yaml
from support.git import git, init_repository
from support.html import Page, element_text
from support.publishing import page as published_page

from macros.dates import TODAY_VARIABLE

PLAN_PAGE, REPORT_PAGE = "sections/", "progress-report/"


def actions(project) -> list[tuple[str, dict]]:
    """(workstream id, action) for every next-year action in the project's data."""
    plan = yaml.safe_load(project.read("data/delivery_plan.yml"))
    return [(w["id"], a) for w in plan["workstreams"] for a in w.get("next_year", [])]


def delivery(project) -> dict[str, dict]:
    return {entry["id"]: entry for entry in json.loads(project.read("site/playbook/delivery.json"))}


def test_every_action_id_resolves_in_delivery_json_and_on_the_page(fixture_built):
    listed, page = delivery(fixture_built), fixture_built.page("playbook", PLAN_PAGE)
    assert [a["id"] for _, a in actions(fixture_built)] == list(listed)  # the page's order, nothing else
    for workstream, action in actions(fixture_built):
        entry = listed[action["id"]]
        assert entry["url"] == f"{PLAN_PAGE}#{action['id']}"
        assert (entry["workstream"], entry["text"]) == (workstream, action["text"])
        assert (entry["status"], entry["lead"], entry["due"]) == (
            action.get("status"), action.get("lead"), action.get("due"))  # null when not reported
        assert action["text"] in element_text(page, action["id"])


def test_delivery_json_gives_each_actions_updates_newest_first(fixture_built):
    event = delivery(fixture_built)["hold-fixture-event"]
    assert event["pillar"] == "lead" and event["updates"] == [
        {"date": "2026-09-03", "text": "Fixture venue booked."},
        {"date": "2026-06-01", "text": "Fixture event planning began."}]
    assert event["latest_update"] == event["updates"][0]
    plan = delivery(fixture_built)["write-fixture-plan"]
    assert (plan["status"], plan["updates"], plan["latest_update"]) == (None, [], None)


def test_the_plan_page_shows_each_actions_progress(fixture_built):
    page = fixture_built.page("playbook", PLAN_PAGE)
    event = element_text(page, "hold-fixture-event")
    assert "On track" in event and "Lead: Fixture events team" in event and "Due November 2026" in event
    assert "Latest update, 3 September 2026: Fixture venue booked." in event and "Earlier updates (1)" in event
    assert "Not reported" in element_text(page, "write-fixture-plan")
    assert "Complete" in element_text(page, "facilitate-fixture-programme")
    # LEAD: one on track, one not reported (Convene); ENABLE: one complete (Facilitate).
    assert "LEAD: 2 actions by status 2 actions. Not reported: 1. On track: 1." in content(page)
    assert "ENABLE: 1 action by status 1 action. Complete: 1." in content(page)


def test_delivery_json_is_on_the_staff_site_only(fixture_built):
    assert not (fixture_built.site("stories") / "delivery.json").exists()


def test_a_link_to_an_action_survives_new_text_and_a_move_to_another_workstream(fixture_site):
    # hold-fixture-event moves from Convene to Facilitate, with new words.
    plan = fixture_site.read("data/delivery_plan.yml")
    start = plan.index("      - id: hold-fixture-event")
    entry = plan[start:plan.index("      - id: write-fixture-plan")]
    plan = plan.replace(entry, "").replace("Hold a fixture event.", "Hold the fixture's annual event.")
    plan = plan.replace("    next_year:\n      - id: facilitate-fixture-programme",
                        "    next_year:\n" + entry.replace("Hold a fixture event.", "Hold the fixture's annual event.")
                        + "      - id: facilitate-fixture-programme")
    fixture_site.write("data/delivery_plan.yml", plan)
    assert fixture_site.problems() == []
    assert fixture_site.build("playbook").ok
    entry = delivery(fixture_site)["hold-fixture-event"]
    assert (entry["url"], entry["workstream"], entry["text"]) == (
        f"{PLAN_PAGE}#hold-fixture-event", "facilitate", "Hold the fixture's annual event.")
    page = fixture_site.page("playbook", PLAN_PAGE)
    assert "Hold the fixture's annual event." in element_text(page, "hold-fixture-event")
    assert "Hold the fixture's annual event." in element_text(page, "facilitate-plan")  # now under Facilitate


def retire_write_fixture_plan(project, target: str) -> None:
    """The Convene action write-fixture-plan is taken out, its id recorded as moved to ``target``."""
    project.replace("data/delivery_plan.yml", "      - id: write-fixture-plan\n        text: Write a fixture plan.\n",
                    "")
    project.replace("data/published_ids.yml", "moved_actions: {}", f"moved_actions:\n  write-fixture-plan: {target}")


@pytest.mark.parametrize("target, leads_to", [
    ("hold-fixture-event", "#hold-fixture-event"),           # merged into another action
    ("offer.md#fixture-coaching", "../offer/#fixture-coaching"),  # handed to an offer item
])
def test_a_retired_action_id_leads_on(fixture_site, target, leads_to):
    retire_write_fixture_plan(fixture_site, target)
    assert fixture_site.problems() == []
    assert fixture_site.build("playbook").ok
    page = fixture_site.page("playbook", PLAN_PAGE)
    assert f'id="write-fixture-plan" data-ogic-moved-to="{leads_to}"' in page
    assert "write-fixture-plan" not in delivery(fixture_site)
    target_page, _, anchor = target.rpartition("#") if "#" in target else ("", "", target)
    shown = fixture_site.page("playbook", "offer/" if target_page else PLAN_PAGE)
    assert anchor in Page(shown).ids()


def test_a_retired_id_moved_to_an_anchor_missing_on_another_page_fails_the_build(fixture_site):
    retire_write_fixture_plan(fixture_site, "offer.md#no-such-anchor")
    result = fixture_site.build("playbook")
    assert not result.ok
    assert ("data/published_ids.yml: `write-fixture-plan` moved to offer.md#no-such-anchor, but the built page "
            "offer/ has no element with id `no-such-anchor`") in result.output


# --- the progress report, as of a fixed day ---

def content(html: str) -> str:
    """The text of a built page's content (from its heading on), without the navigation."""
    article = html[html.index("<h1"):html.index("</article>")]
    return element_text(f'<div id="content">{article}</div>', "content")


def section_text(html: str, start: str, end: str) -> str:
    text = content(html)
    return text[text.index(start):text.index(end)]


@pytest.mark.parametrize("today, quiet", [
    ("2026-12-02", False),  # the Convene action's latest update, 3 September, is exactly 90 days old
    ("2026-12-03", True),   # 91 days: no recent update
])
def test_the_report_as_of_a_fixed_day(fixture_site, monkeypatch, today, quiet):
    monkeypatch.setenv(TODAY_VARIABLE, today)
    assert fixture_site.build("playbook").ok
    html = fixture_site.page("playbook", REPORT_PAGE)
    # Due November 2026 and on track: overdue from 1 December. The Facilitate action was due in
    # October but is complete: never overdue.
    overdue = section_text(html, "Overdue actions", "Actions without a recent update")
    assert "Hold a fixture event." in overdue and "Facilitate a fixture programme." not in overdue
    stale = section_text(html, "Actions without a recent update", "No update recorded")
    assert ("Hold a fixture event." in stale) is quiet
    never = section_text(html, "No update recorded", "Changes since")
    assert "Write a fixture plan." in never and "Facilitate a fixture programme." not in never
    assert '<a href="../sections/#hold-fixture-event">Hold a fixture event.</a>' in html
    # Not in git: nothing was published before.
    assert "There is no earlier published version of the play book to compare with" in content(html)


def test_the_report_compares_with_the_previous_version_in_the_local_gh_pages_branch(fixture_site):
    """A clean clone with gh-pages holding versions 0.8 and 0.9 (each with its delivery.json) and the
    `latest` alias: building 1.0 compares with 0.9, the newest version older than 1.0."""
    init_repository(fixture_site)
    previous = [{"id": "hold-fixture-event", "text": "Hold a fixture event.", "status": "at-risk",
                 "updates": [{"date": "2026-06-01", "text": "Fixture event planning began."}]},
                {"id": "write-fixture-plan", "text": "Write a fixture plan.", "status": None, "updates": []},
                {"id": "retired-fixture-action", "text": "A fixture action since retired.", "status": None,
                 "updates": []}]
    older = [{"id": "hold-fixture-event", "text": "Hold a fixture event.", "status": "off-track", "updates": []}]
    git(fixture_site.path, "checkout", "-q", "--orphan", "gh-pages")
    git(fixture_site.path, "rm", "-rq", "--cached", ".")
    for version, entries in (("0.8", older), ("0.9", previous), ("latest", previous)):
        fixture_site.write(f"pages/{version}/delivery.json", json.dumps(entries))
    fixture_site.write("pages/versions.json", json.dumps([
        {"version": "0.9", "title": "0.9", "aliases": ["latest"]}, {"version": "0.8", "title": "0.8", "aliases": []},
        {"version": "1.1", "title": "1.1", "aliases": []}]))  # newer than the one being built: not compared
    git(fixture_site.path, "add", "pages")
    tree = git(fixture_site.path, "write-tree", "--prefix=pages/").strip()
    commit = git(fixture_site.path, "commit-tree", tree, "-m", "Published").strip()
    git(fixture_site.path, "update-ref", "refs/heads/gh-pages", commit)
    git(fixture_site.path, "checkout", "-q", "-f", "main")
    assert fixture_site.build("playbook").ok
    text = content(fixture_site.page("playbook", REPORT_PAGE))
    changes = text[text.index("Changes since version 0.9"):]
    # hold-fixture-event: at risk in 0.9, on track now, with one new update (3 September).
    assert "Hold a fixture event. (LEAD: Convene) At risk On track" in changes
    assert "3 September 2026, Hold a fixture event. (LEAD: Convene): Fixture venue booked." in changes
    assert "Fixture event planning began." not in changes  # 0.9 had it already
    new = changes[changes.index("New actions"):changes.index("Removed actions")]
    assert "Facilitate a fixture programme." in new  # not in 0.9
    assert "A fixture action since retired." in changes[changes.index("Removed actions"):]


def test_each_published_version_compares_with_the_one_before(published):
    """make publish (1.0) then make version (1.1), with mike: 1.1's report reads 1.0's delivery.json."""
    first = content(published_page(published.project, "1.0/progress-report/index.html"))
    second = content(published_page(published.project, "1.1/progress-report/index.html"))
    assert "There is no earlier published version of the play book to compare with" in first
    assert "Nothing changed since version 1.0" in second
    assert json.loads(published_page(published.project, "1.0/delivery.json"))


def test_the_progress_report_is_for_the_staff_play_book_only(fixture_site):
    fixture_site.write("docs-public/report.md", "---\nowner: Fixture team\nlast_reviewed: 2026-01-15\n"
                                               "review_in: 6 months\n---\n\n# Report\n\n{{ progress_report() }}\n")
    result = fixture_site.build("stories")
    assert not result.ok
    assert "the progress report is for the staff play book only" in result.output
