"""Shared building blocks for the data models."""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from annotated_types import Ge, Le
from pydantic import AfterValidator, AllowInfNan, BaseModel, BeforeValidator, ConfigDict, EmailStr, Field, Strict
from pydantic import StringConstraints
from pydantic import ValidationInfo
from pydantic_core import PydanticCustomError

from ...dates import today
from ..wording import ISO_DATE, NUMBER_LIMIT

# A permanent identifier: lower-case words joined by hyphens.  Used as URL
# anchors and file and folder names (data/stories/<slug>.yml, tags/<tag>/,
# events/<id>.ics), so it must survive being put in a link, and fit in a file
# name: file systems take at most 255 bytes, and an id is read and typed by people.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_ID_LENGTH = 100
_ID = StringConstraints(pattern=SLUG_PATTERN, max_length=MAX_ID_LENGTH)
Slug = Annotated[str, _ID]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


# --- What reaches the public site: nothing, unless declared. ---
class _PublicMark:
    def __repr__(self) -> str:
        return "Public"


PUBLIC_MARK = _PublicMark()


class Public:
    """``title: Public[Text]``: the field may reach the public stories site, in the
    records its dataset publishes (macros/data/registry.py). A field without
    it never does: a new field stays off the public site until someone decides
    it may go there."""

    def __class_getitem__(cls, annotation: Any) -> Any:
        return Annotated[annotation, PUBLIC_MARK]


def is_public_field(info) -> bool:
    return PUBLIC_MARK in info.metadata or _marked(info.annotation, PUBLIC_MARK)


# --- References to other records: one rule checks them all (macros/data/checks/references.py). ---
@dataclass(frozen=True)
class References:
    """The field names a record of another kind by its id: ``kind`` is a
    dataset of one file per record (``stories``), or ids a dataset declares
    (``organisations``, ``workstreams``): macros/data/registry.py."""

    kind: str


def reference_of(info) -> References | None:
    """The kind of record a field (or each item of a list field) names, if any."""
    found = [mark for mark in info.metadata if isinstance(mark, References)]
    return found[0] if found else _marked(info.annotation, References)


def _marked(annotation: Any, mark: Any) -> Any:
    """``mark`` (an object, or an instance of a class) inside ``Annotated[…]``
    anywhere in ``annotation`` (``list[Annotated[str, mark]] | None``), else None."""
    if typing.get_origin(annotation) is Annotated:
        for extra in annotation.__metadata__:
            if extra is mark or (isinstance(mark, type) and isinstance(extra, mark)):
                return extra
    for arg in typing.get_args(annotation):
        found = _marked(arg, mark)
        if found is not None:
            return found
    return None


# --- Numbers and dates: one rule for every dataset. ---
# Every number or date field of every model is one of the types below
# (tests/unit/test_data_rules.py walks the registry's models to hold new ones
# to it). CONTRIBUTING.md ("Limits") gives editors these figures.
@dataclass(frozen=True)
class Rule:
    """Which rule a number or date field follows (``number``, ``count``, ``year``, ``day``, ``past-day``);
    the CSV reader (macros/data/records.py) reads a cell by it, and the schemas say it to editors' tools."""

    kind: str

    def __get_pydantic_json_schema__(self, core_schema, handler) -> dict:
        schema = handler(core_schema)
        if self.kind in ("day", "past-day"):
            schema.update(formatMinimum=FIRST_DAY.isoformat(), formatMaximum=LAST_DAY.isoformat())
        if self.kind == "past-day":
            schema["notAfterBuildDate"] = True
        return schema


# The smallest size of a figure other than 0: below it a chart's scale would
# run out of digits (a reader gives such figures per 1,000 or per 100,000).
SMALLEST_NUMBER = 0.000001
# The dates the play book takes: the NHS's years, with room either side.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)


def _drawable(number: float) -> float:
    if number and abs(number) < SMALLEST_NUMBER:
        raise PydanticCustomError("number_too_small", "is too small for a chart to draw", {})
    return number


def in_window(day: dt.date) -> dt.date:
    """A day (or a day and a time) within the dates the play book takes."""
    if not FIRST_DAY <= (day.date() if isinstance(day, dt.datetime) else day) <= LAST_DAY:
        raise PydanticCustomError("day_window", "is outside the dates the play book takes", {})
    return day


def build_date(info: ValidationInfo | None = None) -> dt.date:
    """The build's date: given by the loader (PLAYBOOK_TODAY, or the day), so that
    `make check` and `make build` agree; today when a model is validated on its own."""
    given = (info.context or {}).get("today") if info is not None else None
    return given or today()


def _not_after_build(day: dt.date, info: ValidationInfo) -> dt.date:
    if day > build_date(info):
        raise PydanticCustomError("day_in_future", "is after the build date", {"today": build_date(info)})
    return day


# A figure: finite, written as a plain number (never in quotes), within ±NUMBER_LIMIT,
# and 0 or at least SMALLEST_NUMBER in size.
Number = Annotated[float, Strict(), AllowInfNan(False), Ge(-NUMBER_LIMIT), Le(NUMBER_LIMIT), AfterValidator(_drawable),
                   Rule("number")]
# How many of something: a whole number from 0 to NUMBER_LIMIT.
Count = Annotated[int, Strict(), Ge(0), Le(NUMBER_LIMIT), Rule("count")]
# A year, as a whole number within the dates the play book takes.
Year = Annotated[int, Strict(), Ge(FIRST_DAY.year), Le(LAST_DAY.year), Rule("year")]
def _quoted_day(value: Any) -> Any:
    """A date in quotes, "2026-03-01", is the date (YAML reads it as text): the one rule for
    every date field. Anything else goes on to the strict check, which says what is wrong."""
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


# A real date, written YYYY-MM-DD (in quotes or not), within FIRST_DAY to LAST_DAY.
Day = Annotated[dt.date, Strict(), BeforeValidator(_quoted_day), AfterValidator(in_window), Rule("day")]
# A date of something that has happened (a measurement, an update, figures as of):
# a Day no later than the build date.
PastDay = Annotated[dt.date, Strict(), BeforeValidator(_quoted_day), AfterValidator(in_window),
                    AfterValidator(_not_after_build), Rule("past-day")]


def rule_of(info) -> Rule | None:
    """The rule of a field (or of each item of a list field), if it has one."""
    found = [mark for mark in info.metadata if isinstance(mark, Rule)]
    return found[0] if found else _marked(info.annotation, Rule)


StoryRef = Annotated[str, _ID, References("stories")]
MeasureRef = Annotated[str, _ID, References("measures")]
OrganisationRef = Annotated[str, _ID, References("organisations")]
WorkstreamRef = Annotated[str, _ID, References("workstreams")]
PillarRef = Annotated[str, _ID, References("pillars")]
ComponentRef = Annotated[str, _ID, References("components")]
ContactRef = Annotated[EmailStr, References("contacts")]

# A gap in the content is one of two things, and the pages word each its own way:
# `to_be_agreed`: partners have still to decide it; `to_be_confirmed`: it
# exists and is still to be supplied. Nothing is ever invented to fill either.
ContentStatus = Literal["agreed", "to_be_agreed", "to_be_confirmed"]
GAP_STATES = ("to_be_agreed", "to_be_confirmed")


class Model(BaseModel):
    """Strict base: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class WithGaps(Model):
    """A record some of whose fields may exist without being supplied yet."""

    # Public: the public site needs it to leave out what is not yet supplied.
    to_be_confirmed: Public[list[str]] = Field([], description="The fields that exist but are still to be supplied, "
                                       "in full or in part, such as `[name, role]` for a contact whose name and "
                                       "role are not yet known: the pages show what there is and say the rest "
                                       "is to be confirmed. Remove a field from the list once it is complete.")

    def confirms(self, field: str) -> bool:
        """Whether ``field`` is still to be confirmed."""
        return field in self.to_be_confirmed


def is_slug(text: str) -> bool:
    """Whether ``text`` may be an id: lower-case words joined by hyphens, at most ``MAX_ID_LENGTH`` long."""
    return len(text) <= MAX_ID_LENGTH and re.fullmatch(SLUG_PATTERN, text) is not None


def models_in(annotation: Any) -> tuple[type[BaseModel], ...]:
    """Every model anywhere in ``annotation``: ``list[A | B] | None`` -> (A, B)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return (annotation,)
    return tuple(dict.fromkeys(model for arg in typing.get_args(annotation) for model in models_in(arg)))


@functools.cache
def fields_reaching(model: type[BaseModel], marked: Callable[[Any], bool]) -> tuple[str, ...]:
    """The names of ``model``'s fields that are ``marked`` (a predicate on a field's
    info), or that hold a model with such a field at any depth: what a walk over a
    record must visit, so that a measure's hundreds of points are not walked when
    nothing in a point is marked. Worked out once per model and mark; a model met
    again inside itself counts as reaching one (the cautious answer)."""
    return _reaching(model, marked, frozenset())


def _reaching(model: type[BaseModel], marked: Callable[[Any], bool], seen: frozenset) -> tuple[str, ...]:
    inside = seen | {model}
    return tuple(name for name, info in model.model_fields.items()
                 if marked(info) or any(inner in inside or _reaching(inner, marked, inside)
                                        for inner in models_in(info.annotation)))


def inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``list[Model]``, ``Model | None`` or ``dict[str, Model]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = inner_model(arg)
        if found is not None:
            return found
    return None
