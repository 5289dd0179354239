"""Events: the events page, and their calendar entries (iCalendar, RFC 5545).

Times are UK local time, as editors write them: a calendar file names the
Europe/London time zone (with its summer-time rules), so a calendar shows
9:30 as 9:30 in Gloucestershire whatever the season.  Each event's ``UID``
is made from its id alone, so it stays the same across builds and on both
sites: adding the calendar again updates an event rather than copying it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..addresses import EVENTS_CALENDAR, event_calendar_url
from ..data.models.events import Event
from ..dates import long_date
from . import render_partial

UID_DOMAIN = "events.one-gloucestershire-improvement-community"
PRODUCT = "-//One Gloucestershire Improvement Community//Play book events//EN"
# The UK's time zone, with the rules of British Summer Time (from 1996: last Sunday of March, 01:00 UTC,
# to the last Sunday of October, 01:00 UTC), for calendars that do not know it by name. Every calendar
# has it, even one without a timed event (or with no event at all): RFC 5545 (3.6) asks a calendar
# for at least one component, and subscribers keep the address of a calendar that is empty for now.
LONDON = ("BEGIN:VTIMEZONE", "TZID:Europe/London",
          "BEGIN:DAYLIGHT", "TZNAME:BST", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "DTSTART:19960331T010000",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZNAME:GMT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "DTSTART:19961027T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE")


def upcoming_and_past(events: Sequence[Event], today: dt.date) -> tuple[list[Event], list[Event]]:
    """Events not yet over, soonest first; and those over, most recent first."""
    ordered = sorted(events, key=Event.sort_key)
    return ([event for event in ordered if event.last_day >= today],
            [event for event in reversed(ordered) if event.last_day < today])


def when(event: Event) -> str:
    """When an event is, in words: "4 March 2027, 9:30am to 12:30pm", "4 to 6 March 2027"."""
    if not event.timed:
        first, last = event.first_day, event.last_day
        if first == last:
            return long_date(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day} to {long_date(last)}"
        return f"{long_date(first)} to {long_date(last)}"
    start, end = event.start, event.end
    if end is None:
        return f"{long_date(start.date())}, {_clock(start)}"
    if end.date() == start.date():
        return f"{long_date(start.date())}, {_clock(start)} to {_clock(end)}"
    return f"{long_date(start.date())}, {_clock(start)} to {long_date(end.date())}, {_clock(end)}"


def _clock(moment: dt.datetime) -> str:
    """9:30am, 2pm, 12 noon: the GOV.UK style for times."""
    if (moment.hour, moment.minute) == (12, 0):
        return "12 noon"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


def render_events(events: Sequence[Event], today: dt.date, root: str, staff: bool) -> str:
    """The events page: upcoming events first, then past ones (kept, for the record).
    ``root`` is the relative path from the page to the site root."""
    upcoming, past = upcoming_and_past(events, today)
    return render_partial("events.html", upcoming=upcoming, past=past, when=when, root=root, staff=staff,
                          calendar_url=event_calendar_url, all_events=EVENTS_CALENDAR, today=long_date(today))


def events_calendar(events: Sequence[Event], stamp: dt.date, name: str) -> str:
    """An iCalendar file of ``events``. ``stamp``: the build date, each entry's DTSTAMP."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{_text(name)}", "X-WR-TIMEZONE:Europe/London", *LONDON]
    for event in sorted(events, key=Event.sort_key):
        lines += ["BEGIN:VEVENT", f"UID:{event.id}@{UID_DOMAIN}", f"DTSTAMP:{stamp:%Y%m%d}T000000Z",
                  *_times(event), f"SUMMARY:{_text(event.title)}"]
        lines += [f"LOCATION:{_text(event.location)}"] if event.location else []
        lines += [f"DESCRIPTION:{_text(event.description)}"] if event.description else []
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_folded(line) + "\r\n" for line in lines)


def _times(event: Event) -> list[str]:
    if event.timed:
        times = [f"DTSTART;TZID=Europe/London:{event.start:%Y%m%dT%H%M%S}"]
        return times + ([f"DTEND;TZID=Europe/London:{event.end:%Y%m%dT%H%M%S}"] if event.end else [])
    # A whole-day event ends at the start of the day after its last (RFC 5545, 3.6.1).
    return [f"DTSTART;VALUE=DATE:{event.first_day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.last_day + dt.timedelta(days=1):%Y%m%d}"]


def _text(value: str) -> str:
    """A TEXT value: backslashes, semicolons, commas and line breaks escaped (RFC 5545, 3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _folded(line: str) -> str:
    """Lines of at most 75 octets, continued on lines starting with a space (RFC 5545, 3.1),
    never splitting a character's UTF-8 bytes."""
    parts, current = [], ""
    for character in line:
        limit = 75 if not parts else 74  # a continuation line's leading space counts
        if len((current + character).encode("utf-8")) > limit:
            parts.append(current)
            current = ""
        current += character
    parts.append(current)
    return "\r\n ".join(parts)
