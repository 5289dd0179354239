"""Events on built pages and in the calendars of both sites, on a copy of the tests' own
play book with three events written here: a public one to come, an internal one to come
(whose words are canary text that must never reach site/stories/), and a public one past."""

from __future__ import annotations

import icalendar
import pytest
from support.content import every_file_as_text
from support.html import Page
from support.projects import fixture_project

CANARY = "canary-internal-event"
EVENTS = {
    "data/events/improvement-conference.yml": "title: Improvement Conference\nstart: 2027-03-04T09:30\n"
                                              "end: 2027-03-04T16:00\nlocation: Shire Hall, Gloucester\n"
                                              "visibility: public\n",
    "data/events/leaders-day.yml": f"title: Leaders day {CANARY}\nstart: 2027-06-10\nend: 2027-06-11\n"
                                   f"description: {CANARY} for staff.\n",
    "data/events/learning-session.yml": "title: Learning session\nstart: 2026-11-20T14:00\nvisibility: public\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory, monkeypatch_module):
    project = fixture_project(tmp_path_factory.mktemp("events") / "fixture")
    for path, text in EVENTS.items():
        project.write(path, text)
    result = project.build()
    assert result.ok, result.output
    return project


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLAYBOOK_TODAY", "2026-12-04")
        yield patch


def calendar(project, site: str, path: str = "events.ics") -> icalendar.Calendar:
    return icalendar.Calendar.from_ical((project.site(site) / path).read_bytes())


def uids(cal: icalendar.Calendar) -> set[str]:
    return {str(vevent["UID"]) for vevent in cal.walk("VEVENT")}


def test_the_play_book_lists_every_event_upcoming_first_then_past(built):
    text = Page(built.page("playbook", "events/")).text
    conference, leaders, session = (text.index(name) for name in ("Improvement Conference", "Leaders day",
                                                                  "Learning session"))
    assert text.index("Upcoming events") < conference < leaders < text.index("Past events") < session
    assert "4 March 2027, 9:30am to 4pm (UK time)" in text and "10 to 11 June 2027" in text
    assert "For staff: this event is not listed on the public site." in text


def test_the_public_site_lists_public_events_only_and_no_internal_word_reaches_any_of_its_files(built):
    text = Page(built.page("stories", "events/")).text
    assert "Improvement Conference" in text and "Learning session" in text
    leaks = [path for path, content in every_file_as_text(built.site("stories")) if CANARY in content.lower()]
    assert leaks == []
    assert CANARY in built.page("playbook", "events/")


def test_each_sites_calendar_holds_its_events_with_the_same_uids_on_both(built):
    staff, public = calendar(built, "playbook"), calendar(built, "stories")
    assert len(uids(staff)) == 3 and uids(public) < uids(staff) and len(uids(public)) == 2
    assert {str(v["SUMMARY"]) for v in public.walk("VEVENT")} == {"Improvement Conference", "Learning session"}


def test_each_event_links_to_its_own_calendar_entry(built):
    page = Page(built.page("stories", "events/"))
    links = [link for link in page.links() if link.endswith(".ics")]
    assert "../events.ics" in links
    for link in links:
        entry = calendar(built, "stories", ("events/" + link).replace("events/../", ""))
        assert entry.walk("VEVENT")


def test_without_public_events_the_public_site_has_no_events_page_but_keeps_its_calendar(fixture_site):
    fixture_site.write("data/events/leaders-day.yml", EVENTS["data/events/leaders-day.yml"])
    result = fixture_site.build()
    assert result.ok, result.output
    assert not (fixture_site.site("stories") / "events").exists()
    assert not [link for link in Page(fixture_site.page("stories", "")).links() if "events/" in link]
    assert calendar(fixture_site, "stories").walk("VEVENT") == []
    assert len(calendar(fixture_site, "playbook").walk("VEVENT")) == 1
