"""Events (data/events/<id>.yml): what editors may write, how the page orders and words
them, and their calendars (RFC 5545), read back with the icalendar library."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from macros.data.models.events import Event
from macros.render.events import events_calendar, render_events, upcoming_and_past, when

TODAY = dt.date(2026, 12, 4)
UTC = dt.timezone.utc


def event(event_id: str, start, end=None, **fields) -> Event:
    return Event.model_validate({"title": f"Event {event_id}", "start": start, "end": end, **fields}).model_copy(
        update={"id": event_id})


def parsed(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def vevents(text: str) -> list:
    return parsed(text).walk("VEVENT")


# --- what editors write -------------------------------------------------------------------

MISTAKES = {
    "a time without its minutes' zero": ("start: 2027-03-04T9:30\n", "start:",
                                         "`start` must be a day, YYYY-MM-DD (2027-03-04), or a day and a time in UK "
                                         "local time, YYYY-MM-DDTHH:MM (2027-03-04T09:30), not '2027-03-04T9:30'"),
    "an impossible day": ("start: 2027-02-30\n", "start:", "`start` 2027-02-30 is not a real date: February 2027 "
                                                             "has 28 days; correct the day"),
    "an end before the start": ("start: 2027-03-04T10:00\nend: 2027-03-04T09:00\n", "end:",
                                "`end` (2027-03-04T09:00) is before `start` (2027-03-04T10:00); correct one of them"),
    "an end written unlike the start": ("start: 2027-03-04\nend: 2027-03-04T16:00\n", "end:",
                                        "`end` must be written like `start`: both a day, or both a day and a time"),
    "no start": ("location: Online\n", "title:", "`start` is missing; add `start:` with a value"),
    "a wrong visibility": ("start: 2027-03-04\nvisibility: everyone\n", "visibility:",
                           "`visibility` must be one of 'public' or 'internal', not 'everyone'"),
}


@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_in_an_event_gives_its_line(fixture_site, name):
    fields, at, message = MISTAKES[name]
    path = "data/events/improvement-day.yml"
    fixture_site.write(path, "title: Improvement day\n" + fields)
    assert fixture_site.problems() == [f"{path}:{fixture_site.line_of(path, at)}: {message}"]


def test_an_event_on_a_day_over_days_or_at_a_time_is_valid(fixture_site):
    for name, fields in (("day", "start: 2027-03-04\n"), ("days", "start: 2027-03-04\nend: 2027-03-05\n"),
                         ("time", "start: 2027-03-04T09:30\nend: 2027-03-04T12:00\n"),
                         ("seconds", "start: 2027-03-04T09:30:00\n")):
        fixture_site.write(f"data/events/{name}.yml", f"title: {name}\n{fields}")
    assert fixture_site.problems() == []


# --- the page ---------------------------------------------------------------------------------

def test_upcoming_events_come_soonest_first_and_past_ones_most_recent_first():
    events = [event("later", "2027-05-01"), event("gone", "2026-01-10"), event("soon", "2026-12-10T09:00"),
              event("older", "2025-06-01"), event("running", "2026-12-01", "2026-12-04")]
    upcoming, past = upcoming_and_past(events, TODAY)
    assert [e.id for e in upcoming] == ["running", "soon", "later"]  # an event still running is upcoming
    assert [e.id for e in past] == ["gone", "older"]


def test_only_an_upcoming_event_offers_to_be_added_to_a_calendar():
    html = render_events([event("soon", "2026-12-10"), event("gone", "2026-01-10")], TODAY, "../", True)
    upcoming, past = html.split('id="past-events"')
    assert 'href="../events/soon.ics" download>Add to your calendar' in upcoming
    assert "Event gone" in past and "Add to your calendar" not in past


@pytest.mark.parametrize(("start", "end", "words"), [
    ("2027-03-04", None, "4 March 2027"),
    ("2027-03-04", "2027-03-06", "4 to 6 March 2027"),
    ("2027-03-30", "2027-04-02", "30 March 2027 to 2 April 2027"),
    ("2027-03-04T09:30", None, "4 March 2027, 9:30am"),
    ("2027-03-04T09:30", "2027-03-04T12:00", "4 March 2027, 9:30am to 12 noon"),
    ("2027-03-04T14:00", "2027-03-05T13:15", "4 March 2027, 2pm to 5 March 2027, 1:15pm"),
])
def test_when_an_event_is_in_words(start, end, words):
    assert when(event("e", start, end)) == words


# --- the calendars ----------------------------------------------------------------------------

def test_each_event_is_one_vevent_whose_uid_is_the_same_in_every_build():
    events = [event("conference", "2027-03-04T09:30", "2027-03-04T16:00"), event("leaders-day", "2027-06-10")]
    first = events_calendar(events, TODAY, "Play book")
    later = events_calendar(list(reversed(events)), TODAY + dt.timedelta(days=30), "Stories")
    uids = [str(vevent["UID"]) for vevent in vevents(first)]
    assert len(uids) == 2 and len(set(uids)) == 2
    assert sorted(uids) == sorted(str(vevent["UID"]) for vevent in vevents(later))
    assert all(event.id in uid for event, uid in zip(events, uids, strict=True))


def test_times_are_uk_local_time_in_summer_and_in_winter():
    events = [event("summer", "2027-07-01T09:30", "2027-07-01T11:00"), event("winter", "2027-01-15T09:30")]
    found = {str(v["SUMMARY"]): v for v in vevents(events_calendar(events, TODAY, "Play book"))}
    summer, winter = found["Event summer"]["DTSTART"].dt, found["Event winter"]["DTSTART"].dt
    assert summer.astimezone(UTC) == dt.datetime(2027, 7, 1, 8, 30, tzinfo=UTC)  # BST: an hour ahead of UTC
    assert winter.astimezone(UTC) == dt.datetime(2027, 1, 15, 9, 30, tzinfo=UTC)  # GMT
    assert found["Event summer"]["DTEND"].dt == dt.datetime(2027, 7, 1, 11, 0, tzinfo=ZoneInfo("Europe/London"))
    calendar = parsed(events_calendar(events, TODAY, "Play book"))
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"


def test_whole_day_events_end_the_day_after_their_last_as_dates_without_a_time_zone():
    text = events_calendar([event("days", "2027-06-10", "2027-06-11")], TODAY, "Play book")
    [vevent] = vevents(text)
    assert (vevent["DTSTART"].dt, vevent["DTEND"].dt) == (dt.date(2027, 6, 10), dt.date(2027, 6, 12))
    assert "DTSTART;VALUE=DATE:20270610" in text and "TZID" not in vevent.to_ical().decode()


def test_text_with_commas_semicolons_line_breaks_and_long_non_ascii_words_survives_the_round_trip():
    title = "Learning; sharing, and celebrating – ‘Improvement Leaders’ café " * 3
    description = "First line.\nSecond line, with a comma; and a semicolon \\ and a backslash."
    text = events_calendar([event("long", "2027-03-04", title=title.strip(), description=description,
                                  location="Room 1, Shire Hall")], TODAY, "Play book")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    [vevent] = vevents(text)
    assert (str(vevent["SUMMARY"]), str(vevent["DESCRIPTION"]), str(vevent["LOCATION"])) == (
        title.strip(), description, "Room 1, Shire Hall")


def test_an_empty_calendar_is_still_a_valid_calendar():
    # RFC 5545, 3.6: a calendar holds at least one component; with no event, that is its time zone.
    text = events_calendar([], TODAY, "Play book")
    calendar = parsed(text)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [component.name for component in calendar.subcomponents] == ["VTIMEZONE"]
    assert calendar.walk("VEVENT") == [] and "BEGIN:VEVENT" not in text
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    assert {part.name for part in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_every_calendar_names_its_time_zone_once():
    for events in ([], [event("days", "2027-06-10")], [event("timed", "2027-06-10T09:30")]):
        text = events_calendar(events, TODAY, "Play book")
        assert text.count("BEGIN:VTIMEZONE") == 1
        assert [c.name for c in parsed(text).subcomponents] == ["VTIMEZONE"] + ["VEVENT"] * len(events)
