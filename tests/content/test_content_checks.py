"""The content checks (tests/support/content.py) find what they are for:
run on a copy of the fixture's built sites with a defect put in on purpose,
each must report it. (On the real content they only ever say "all is well",
which would mean nothing without this.)"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from support.content import content_problems
from support.projects import Project


@pytest.fixture
def built_copy(fixture_built, tmp_path) -> Project:
    copy = Project(tmp_path / "copy")
    shutil.copytree(fixture_built.path, copy.path, symlinks=True)
    return copy


def test_the_fixture_as_built_has_no_problem(fixture_built):
    assert content_problems(fixture_built) == []


def test_an_offer_item_missing_from_offer_json_is_reported(built_copy):
    offer = built_copy.site("playbook") / "offer.json"
    items = json.loads(offer.read_text(encoding="utf-8"))
    offer.write_text(json.dumps(items[1:]), encoding="utf-8")
    assert content_problems(built_copy) == [f"offer.json has no item {items[0]['id']}"]


def test_an_offer_url_leading_nowhere_is_reported(built_copy):
    offer = built_copy.site("playbook") / "offer.json"
    items = json.loads(offer.read_text(encoding="utf-8"))
    items[0]["url"] = items[0]["url"].replace("#", "#not-")
    offer.write_text(json.dumps(items), encoding="utf-8")
    assert [line for line in content_problems(built_copy) if "does not lead to the item" in line]


def test_a_missing_story_page_is_reported(built_copy):
    shutil.rmtree(built_copy.site("stories") / "stories" / "fixture-public-story")
    assert content_problems(built_copy) == [
        "the story fixture-public-story is public but lacks a page on the public site"]


@pytest.mark.parametrize("secret, what", [
    ("CANARY internal summary; never on the public site.", "the internal story fixture-internal-story's summary"),
    ("canary.private@example.org", "the private contact canary.private@example.org"),
])
def test_internal_text_on_the_public_site_is_reported(built_copy, secret, what):
    page = built_copy.site("stories") / "contact" / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + secret, encoding="utf-8")
    assert f"site/stories/contact/index.html holds {what}" in content_problems(built_copy)


@pytest.mark.parametrize("site, words, reason", [
    ("playbook", "as the slide shows", "pages speak to the reader"),
    ("stories", "Not legible in the source.", "pages speak to the reader"),
    ("stories", "Theme to be agreed", "the public site never shows a gap"),
])
def test_pages_that_talk_about_their_making_or_show_a_gap_in_public_are_reported(built_copy, site, words, reason):
    page = built_copy.site(site) / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</main>", f"<p>{words}</p></main>"),
                    encoding="utf-8")
    assert any(line.startswith(f"site/{site}/index.html says") and reason in line
               for line in content_problems(built_copy))
# --- the delivery plan's actions (delivery_problems) ---

def delivery_entries(project: Project):
    path = project.site("playbook") / "delivery.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_an_action_missing_from_delivery_json_is_reported(built_copy):
    path, entries = delivery_entries(built_copy)
    path.write_text(json.dumps(entries[1:]), encoding="utf-8")
    assert content_problems(built_copy) == [f"delivery.json has no action {entries[0]['id']}"]


def test_an_action_url_leading_nowhere_is_reported(built_copy):
    path, entries = delivery_entries(built_copy)
    entries[0]["url"] = entries[0]["url"].replace("#", "#not-")
    path.write_text(json.dumps(entries), encoding="utf-8")
    assert content_problems(built_copy) == [
        f"delivery.json's url {entries[0]['url']} for {entries[0]['id']} does not lead to the action"]


def test_a_status_in_delivery_json_that_is_not_the_datas_is_reported(built_copy):
    path, entries = delivery_entries(built_copy)
    was = entries[0]["status"]
    entries[0]["status"] = "off-track" if was != "off-track" else "complete"
    path.write_text(json.dumps(entries), encoding="utf-8")
    assert content_problems(built_copy) == [
        f"delivery.json gives {entries[0]['id']} the status {entries[0]['status']!r}, not {was!r}"]


def test_an_action_whose_page_does_not_show_its_status_is_reported(built_copy):
    _, entries = delivery_entries(built_copy)
    first = entries[0]
    page = built_copy.site("playbook") / first["url"].split("#")[0] / "index.html"
    html = page.read_text(encoding="utf-8")
    start = html.index(f'id="{first["id"]}"')
    end = html.index("</li>", start)
    item = re.sub(r'<span class="ogic-status__name">[^<]*</span>', "", html[start:end])
    page.write_text(html[:start] + item + html[end:], encoding="utf-8")
    assert content_problems(built_copy) == [
        f"the action {first['id']} on {first['url'].split('#')[0]} does not show its text and status"]


def test_a_report_that_does_not_say_nothing_is_reported_is_reported(built_copy):
    # The data now has no progress at all, but the built report was made from progress.
    plan = built_copy.read("data/delivery_plan.yml")
    plan = re.sub(r"(?m)^        (lead|due|status): .*\n", "", plan)
    plan = re.sub(r"(?m)^        updates:\n(?:          .*\n)*", "", plan)
    built_copy.write("data/delivery_plan.yml", plan)
    assert "the progress report progress-report/ does not say that no progress has been reported yet" in (
        content_problems(built_copy))
