"""Events: one file per event, data/events/<id>.yml (the file name is its id).

An event happens on a day (``start: 2027-03-04``), over days (``end`` a later
day), or at a time of day in UK local time (``start: 2027-03-04T09:30``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, WithJsonSchema, field_validator
from pydantic_core import PydanticCustomError

from ..wording import shown
from .base import Model, Public, Rule, Slug, Text, in_window

# A time's seconds, if written, are 00 (unquoted, YAML reads 09:30:00 as a time; quoted, the same is taken).
TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:00)?)?$"


def _day_or_time(value: Any, info: ValidationInfo) -> Any:
    """A day (YAML reads 2027-03-04 as one), or a day and a time written
    YYYY-MM-DDTHH:MM (YAML reads that as text; with seconds, as a time)."""
    if isinstance(value, dt.datetime) and value.tzinfo is None and not (value.second or value.microsecond):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(TIME_PATTERN, value.strip()):
        try:
            return (dt.datetime if "T" in value else dt.date).fromisoformat(value.strip())
        except ValueError:
            pass
    if isinstance(value, str) and (slip := _time_slip(value.strip(), info)):
        raise PydanticCustomError("said", slip)
    if isinstance(value, dt.datetime):  # YAML read a time with a zone, or with seconds
        like = f'"{written(value)}"'
        raise PydanticCustomError("said", f"has a time zone after its time; event times are UK local time: write "
                                          f"the time as it is in the UK, without the zone, in quotes, like {like}"
                                  if value.tzinfo else f"has seconds; write hours and minutes only, like {like}")
    given = shown(written(value) if isinstance(value, dt.date) else value)
    raise PydanticCustomError("said", f"must be a day, YYYY-MM-DD (2027-03-04), or a day and a time in UK "
                                      f"local time, YYYY-MM-DDTHH:MM (2027-03-04T09:30), not {given}")


def _time_slip(text: str, info: ValidationInfo) -> str | None:
    """What to write instead of a time given another way: with a space for the T, or without its day."""
    spaced = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s+(\d{1,2}):(\d{2})", text)
    if spaced and int(spaced[2]) < 24 and int(spaced[3]) < 60:
        day, hours, minutes = spaced.groups()
        return (f"{shown(text)} has a space between the day and the time; write a T there, in quotes, like "
                f'"{day}T{int(hours):02d}:{minutes}"')
    alone = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if alone and int(alone[1]) < 24 and int(alone[2]) < 60:
        start = info.data.get("start") if info.field_name == "end" else None
        day = (start.date() if isinstance(start, dt.datetime) else start) or dt.date(2027, 3, 4)
        hours, minutes = alone.groups()
        return (f"{shown(text)} is a time without its day; write the full date and time, in quotes, like "
                f'"{day.isoformat()}T{int(hours):02d}:{minutes}"')
    return None


def written(when: dt.date) -> str:
    """A day or a time as editors write it: 2027-03-04, 2027-03-04T09:30."""
    return when.strftime("%Y-%m-%dT%H:%M") if isinstance(when, dt.datetime) else when.isoformat()


# When an event starts or ends: a day, or a day and a time (UK local time).
EventTime = Annotated[dt.datetime | dt.date, BeforeValidator(_day_or_time), AfterValidator(in_window),
                      Rule("day-or-time"), WithJsonSchema({"type": "string", "pattern": TIME_PATTERN})]


class Event(Model):
    """An event of the Improvement Community, listed on the events page and in its calendar (events.ics)."""

    title: Public[Text] = Field(description="The event's name, as its organisers give it.")
    start: Public[EventTime] = Field(description="When it starts: a day, YYYY-MM-DD (2027-03-04), or a day and "
                                     "a time in UK local time, YYYY-MM-DDTHH:MM (2027-03-04T09:30).")
    end: Public[EventTime | None] = Field(None, description="When it ends, written like `start`: the last day of "
                                          "an event over several days, or the time it finishes. Leave it out "
                                          "for an event on one day with no set end.")
    location: Public[Text | None] = Field(None, description="Where it is: a place, or \"Online\".")
    description: Public[Text | None] = Field(None, description="What it is and who it is for, in a sentence "
                                             "or two.")
    visibility: Public[Literal["public", "internal"]] = Field("internal", description="`public` lists it on "
                                                              "the public site too; `internal` keeps it for staff.")

    # Set by the loader from the file name, never written in the file.
    id: Public[Slug] = Field("", exclude=True)

    @field_validator("end")
    @classmethod
    def _ends_after_it_starts(cls, end, info: ValidationInfo):
        start = info.data.get("start")
        if end is None or start is None:
            return end
        if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
            raise PydanticCustomError("said", "must be written like `start`: both a day, or both a day and a time")
        if end < start:
            raise PydanticCustomError("said", f"({written(end)}) is before `start` ({written(start)}); "
                                              "correct one of them")
        return end

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"

    @property
    def timed(self) -> bool:
        """Whether it starts at a time of day (else it takes whole days)."""
        return isinstance(self.start, dt.datetime)

    @property
    def first_day(self) -> dt.date:
        return self.start.date() if self.timed else self.start

    @property
    def last_day(self) -> dt.date:
        end = self.end or self.start
        return end.date() if isinstance(end, dt.datetime) else end

    def sort_key(self) -> tuple:
        """Soonest first; on one day, timed events in time order after those taking the whole day."""
        return (self.first_day, self.start.time() if self.timed else dt.time.min, self.timed, self.id)
