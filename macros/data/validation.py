"""Turn pydantic's validation errors into ``path:line: message`` for editors.

Every model is validated as of the build's date (``as_of``: the loader sets
it, from PLAYBOOK_TODAY or the day), which a date of something that has
happened may not be after (macros/data/models/base.py: ``PastDay``).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import difflib
import functools
import typing
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import DataError
from .models.base import FIRST_DAY, LAST_DAY, NUMBER_LIMIT, SMALLEST_NUMBER, build_date, inner_model
from .models.playbook import REVIEW_INTERVAL_PATTERN, VERSION_PATTERN
from .wording import beyond_drawing, date_problem, field_name, number_problem, shown, unseen_character
from .yaml_layout import fields_in_text
from .yaml_reader import YamlDocument

__all__ = ["as_of", "field_name", "validate", "validate_partly", "validation_context"]

MAX_GUESSES = 100  # unknown fields matched against the allowed ones (each match takes a while)
_BUILD_DATE: ContextVar[dt.date | None] = ContextVar("build_date", default=None)


@contextlib.contextmanager
def as_of(day: dt.date) -> Iterator[None]:
    """Validate every model read inside this block as of ``day``, the build's date."""
    token = _BUILD_DATE.set(day)
    try:
        yield
    finally:
        _BUILD_DATE.reset(token)


def validation_context() -> dict:
    """What the models' validators are given: the build's date."""
    return {"today": _BUILD_DATE.get() or build_date()}


def _model_at(model: type[BaseModel], location: tuple) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``location``."""
    current: Any = model
    for part in location:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if isinstance(current, type) else None
        if field is None:
            return None
        current = inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


# Formats, in the words an editor needs (the pattern itself says little).
FORMATS = {
    VERSION_PATTERN: 'a version number in quotes, like "10.1"',
    REVIEW_INTERVAL_PATTERN: "a number (up to 999) and a unit, like `6 months`, `1 year`, `8 weeks` or `30 days`",
}


def _bound(number: float) -> str:
    return (f"{number:,}" if abs(number) >= 10_000 else str(number)).removesuffix(".0")


def _number_message(name: str, kind: str, value: Any, ctx: dict) -> str | None:
    """Numbers: quoted, not numbers, not whole, too large or small, not finite."""
    whole = kind.startswith("int")
    if isinstance(value, str):
        return number_problem(name, value, whole)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"`{name}` must be {'a whole number' if whole else 'a number'}, like 42, not {shown(value)}"
    if kind == "finite_number":  # YAML's .nan and .inf are numbers to a parser, not to a chart
        return (f"`{name}` must be an ordinary number, like 2.1, not {shown(value)}: a chart cannot draw it; "
                "leave the value (or the point) out if it is unknown")
    if whole and isinstance(value, float):
        return f"`{name}` must be a whole number, like 42, not {shown(value)}"
    if kind == "float_type":  # an integer too large to be a float at all
        return beyond_drawing(name, shown(value))
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = next(ctx[key] for key in ("gt", "ge", "lt", "le") if key in ctx)
        words = {"greater_than": "more than", "greater_than_equal": "at least", "less_than": "less than",
                 "less_than_equal": "at most"}[kind]
        why = (" (the largest figure a chart can draw)" if abs(bound) == NUMBER_LIMIT
               else f" (the years the play book takes run from {FIRST_DAY.year} to {LAST_DAY.year})"
               if bound in (FIRST_DAY.year, LAST_DAY.year) else "")
        return f"`{name}` must be {words} {_bound(bound)}{why}, not {shown(value)}"
    return None


def _date_message(name: str, kind: str, value: Any, ctx: dict) -> str:
    if kind == "day_window":
        return (f"`{name}` is {shown(value)}, outside the dates the play book takes ({FIRST_DAY} to {LAST_DAY}); "
                "check the year")
    if kind == "day_in_future":
        return (f"`{name}` is {shown(value)}, after today ({shown(ctx.get('today'))}); it records something "
                "that has happened, so it cannot be in the future: correct the date")
    if isinstance(value, dt.datetime):
        return f"`{name}` must be a date without a time, like 2024-03-01, not {shown(value)}"
    if isinstance(value, str):
        return date_problem(name, value)
    return f"`{name}` must be a date written YYYY-MM-DD, like 2024-03-01, not {shown(value)}"


def _message(error: dict, model: type[BaseModel], guesses: dict | None = None) -> str:
    location = tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p))
    name = field_name(location)
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if value is None and kind != "missing":
        return f"`{name}` is empty; give it a value, or remove the line if the field is optional"
    if kind == "missing":
        return f"`{name}` is missing; add `{field_name(location[-1:])}:` with a value"
    if kind == "extra_forbidden":
        allowed = _allowed(model, location[:-1])
        guess = (guesses or {}).get(location)
        hint = f"did you mean `{guess}`? " if guess else ""
        return (f"unknown field `{name}`; {hint}remove it or correct its spelling "
                f"(allowed: {', '.join(allowed)})")
    if kind == "said":  # a model's own validator, which words the rest of the message for editors
        return f"`{name}` {error['msg']}"
    if kind == "month":  # macros/data/models/plan.py: Month
        return f"`{name}` must be a month written YYYY-MM, like 2027-03, not {shown(ctx.get('shown'))}"
    if kind == "literal_error" and isinstance(value, bool) and "'" in str(ctx.get("expected")):
        return (f"`{name}` must be one of {ctx.get('expected')}, not {shown(value)}: YAML reads yes, no, on and off "
                "as true or false; write one of the words")
    if kind == "literal_error":
        return f"`{name}` must be one of {ctx.get('expected')}, not {shown(value)}"
    if kind == "int_parsing_size":  # a whole number too large to compare with the values the field takes
        return f"`{name}` is {shown(value)}, far beyond what it may be: {_takes(model, location)}"
    if kind == "string_pattern_mismatch":
        return (f"`{name}` must be lower-case words joined by hyphens, like `we-wait-well`, "
                f"not {shown(value)}{unseen_character(value)}") if "a-z0-9" in str(ctx.get("pattern")) else (
                f"`{name}` must be {FORMATS.get(str(ctx.get('pattern')), 'in the format of the examples')}, "
                f"not {shown(value)}")
    if kind == "number_too_small":
        return (f"`{name}` is {shown(value)}, smaller than a chart can draw: other than 0, a figure must be at "
                f"least {SMALLEST_NUMBER:f} in size; give it in a larger unit (per 1,000 or per 100,000)")
    if kind.startswith("date") or kind.startswith("day_"):
        return _date_message(name, kind, value, ctx)
    if kind == "string_too_long":  # only ids have a length limit: each becomes a file name and a web address
        return (f"`{name}` is {len(str(value)):,} characters long; an id, slug or tag may be at most "
                f"{ctx.get('max_length')} characters (it becomes a file name and part of a web address): shorten it")
    if kind.startswith("string_too_short"):
        return f"`{name}` must not be empty; write the text or remove the field"
    if kind == "string_type" and isinstance(value, float):
        return (f"`{name}` must be text, not the number {shown(value)}; put it in quotes, so it is kept as "
                "written (without quotes, 10.10 is read as the number 10.1)")
    if kind == "string_type":
        return f"`{name}` must be text, not {shown(value)}; put it in quotes"
    if kind.startswith("bool"):
        return f"`{name}` must be true or false, not {shown(value)}"
    if kind == "list_type":
        return f"`{name}` must be a list, one item per line starting with `- `"
    if kind == "too_long":
        return (f"`{name}` has {shown(ctx.get('actual_length'))} items; it may have at most "
                f"{_bound(ctx.get('max_length', 0))}: leave out the oldest")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"`{name}` must be a set of fields (`field: value` lines), not {shown(value)}"
    number = (kind.startswith(("int", "float", "greater", "less")) or kind == "finite_number")
    if number and (message := _number_message(name, kind, value, ctx)):
        return message
    if kind == "value_error" and "email" in error["msg"].lower():
        return f"`{name}` is not a valid email address ({shown(value)}); check it"
    return f"`{name}`: {error['msg']} (got {shown(value)})"


def _takes(model: type[BaseModel], location: tuple) -> str:
    """The values the field at ``location`` takes, in words: its choices, or its range."""
    parent = _model_at(model, location[:-1]) if location and isinstance(location[-1], str) else None
    field = parent.model_fields.get(location[-1]) if parent else None
    annotation = field.annotation if field else None
    if typing.get_origin(annotation) is typing.Literal:
        choices = [str(choice) for choice in typing.get_args(annotation)]
        return f"one of {', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]
    low = next((mark.ge for mark in field.metadata if hasattr(mark, "ge")), None) if field else None
    high = next((mark.le for mark in field.metadata if hasattr(mark, "le")), None) if field else None
    if low is not None and high is not None:
        return f"a whole number from {_bound(low)} to {_bound(high)}"
    return f"a whole number, at most {_bound(NUMBER_LIMIT)}"


def _allowed(model: type[BaseModel], location: tuple) -> list[str]:
    """The fields an editor may write in the mapping at ``location``."""
    return list(_allowed_in(_model_at(model, location)))


@functools.lru_cache(maxsize=256)
def _allowed_in(parent: type[BaseModel] | None) -> tuple[str, ...]:
    return tuple(sorted(name for name, field in parent.model_fields.items() if not field.exclude)) if parent else ()


# Fields editors write under another name, and the fields they mean, in order of
# likelihood: the first the mapping has is suggested (an event's `name:` is its `title`).
OTHER_NAMES = {
    "name": ("title",), "heading": ("title",), "date": ("start", "started", "as_of"),
    "start_date": ("start", "started"), "begins": ("start",), "when": ("start",), "end_date": ("end", "completed"),
    "finish": ("end", "completed"), "finished": ("completed",), "place": ("location",), "venue": ("location",),
    "where": ("location",), "details": ("description",), "state": ("status",),
}


def _guess(model: type[BaseModel], location: tuple) -> str | None:
    """The field an unknown one at ``location`` is probably a misspelling of, or another name for."""
    allowed = _allowed(model, location[:-1])
    written = str(location[-1])
    meant = [field for field in OTHER_NAMES.get(written.strip().lower(), ()) if field in allowed]
    guess = meant or difflib.get_close_matches(written, allowed, n=1)
    return guess[0] if guess else None


def problems(exc: ValidationError, model: type[BaseModel]) -> list[tuple[tuple, str]]:
    """(location, message) of each of pydantic's errors, in an editor's words."""
    found = [(tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p)), error)
             for error in exc.errors(include_url=False)]
    # What each unknown field is probably a misspelling of: for the first
    # ones only, which are all an editor reads (errors.py: at most 50 lines a file).
    unknown = [location for location, error in found if error["type"] == "extra_forbidden"]
    guesses = {location: _guess(model, location) for location in unknown[:MAX_GUESSES]}
    # A misspelt field is one mistake: "unknown field `headcout`; did you mean
    # `headcount`?" says it all, without "`headcount` is missing" as well.
    misspelt = {location[:-1] + (guess,) for location, guess in guesses.items() if guess}
    return [(location, _message(error, model, guesses)) for location, error in found
            if not (error["type"] == "missing" and location in misspelt)]


def validate(document: YamlDocument, model: type[BaseModel]) -> tuple[Any, list[DataError]]:
    """Validate a document; return the model, or None and the errors."""
    swallowed = fields_in_text(document, model)
    try:
        return model.model_validate(document.data, context=validation_context()), document.problems + swallowed
    except ValidationError as exc:
        return None, _said_of(document, exc, model) + swallowed


def validate_partly(document: YamlDocument, model: type[BaseModel]) -> tuple[Any, list[DataError]]:
    """Like ``validate``, but with mistakes, the record as far as it is right:
    without its unknown fields and the optional fields that are wrong, so that
    the checks across fields and files report its other mistakes in the same
    run (None when a required part is wrong). Never built: the errors stop the build."""
    swallowed = fields_in_text(document, model)
    try:
        return model.model_validate(document.data, context=validation_context()), document.problems + swallowed
    except ValidationError as exc:
        return _without_mistakes(model, document.data, exc), _said_of(document, exc, model) + swallowed


def _said_of(document: YamlDocument, exc: ValidationError, model: type[BaseModel]) -> list[DataError]:
    """The reader's lines for the values it refused, then validation's for the rest."""
    return document.problems + [document.error(location, message) for location, message in problems(exc, model)
                                if not document.is_refused(location)]


def _without_mistakes(model: type[BaseModel], data: Any, exc: ValidationError) -> Any:
    pruned = copy.deepcopy(data)
    for error in exc.errors(include_url=False):
        location = tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p))
        # Only the field itself may be left out: leaving out more (a list) would hide what is right in it.
        leave_out = location and isinstance(location[-1], str) and (error["type"] == "extra_forbidden"
                                                                   or _optional(model, location))
        if not leave_out or not _delete(pruned, location):
            return None
    try:
        return model.model_validate(pruned, context=validation_context())
    except ValidationError:
        return None


def _optional(model: type[BaseModel], location: tuple) -> bool:
    parent = _model_at(model, location[:-1])
    field = parent.model_fields.get(location[-1]) if parent else None
    return field is not None and not field.is_required()


def _delete(data: Any, location: tuple) -> bool:
    """Remove the key at ``location``; whether it was there (it may be gone already)."""
    for part in location[:-1]:
        if isinstance(data, dict) and part in data or isinstance(data, list) and isinstance(part, int) \
                and part < len(data):
            data = data[part]
        else:
            return isinstance(data, (dict, list))
    if isinstance(data, dict):
        data.pop(location[-1], None)
        return True
    return False
