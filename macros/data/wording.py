"""How error lines show what an editor wrote: one helper for every value shown.

An error line quotes at most a short excerpt of a file (``EXCERPT`` characters),
never a Python repr (a date is shown as 2024-03-01, not ``datetime.date(2024,
3, 1)``), never a control character that could rewrite a terminal or a CI log;
and a number or a date that is not one says why in the editor's words.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from typing import Any

EXCERPT = 60  # the most characters of a file an error line quotes
# A number as data files write it: ASCII digits, an optional sign, a full stop for decimals, an exponent.
PLAIN_NUMBER = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?", re.ASCII)
# The largest size of a figure, either side of zero: far beyond any count of
# people or money in the NHS, and small enough that a chart's arithmetic
# (limits, ticks, scales) stays exact and finite.
NUMBER_LIMIT = 1_000_000_000_000
MAX_NUMBER_CHARACTERS = 30  # more digits than any figure needs: refused before it is converted
ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` cut to ``limit`` characters (with …), on one line, without control characters."""
    text = _UNPRINTABLE.sub("\N{REPLACEMENT CHARACTER}", str(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: Any) -> str:
    """A value as an error line shows it: text in quotes and cut short, a date
    as YYYY-MM-DD, a number as written, a list or mapping by what it is."""
    if isinstance(value, str):
        return f"'{excerpt(value)}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return excerpt(repr(value).replace("inf", ".inf").replace("nan", ".nan"))
    if isinstance(value, int):
        text = str(value) if value.bit_length() < 100 else f"a number of about {len(str(abs(value)))} digits"
        return excerpt(text)
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, dict):
        return "a set of fields"
    return excerpt(type(value).__name__)


def field_name(location: tuple) -> str:
    """How an editor names the field at ``location``: ``outcomes[2].value``."""
    parts = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        else:
            parts.append(("." if parts else "") + excerpt(str(part), 40))
    return "".join(parts) or "the file"


def unseen_character(text: str) -> str:
    """Where an id holds a character that is not ASCII but looks it (a Cyrillic о, a
    non-breaking hyphen), the words that name it: the quoted text alone looks right."""
    character = next((c for c in str(text) if not c.isascii()), None)
    if character is None:
        return ""
    name = unicodedata.name(character, f"U+{ord(character):04X}").lower()
    return f" (its `{character}` is the character {name}, not one of a to z, 0 to 9 or -: retype it)"


def _other_digit(text: str) -> str | None:
    """The first digit that is not 0-9 (Arabic-Indic, full-width…), described."""
    digit = next((c for c in text if c.isdigit() and not c.isascii()), None)
    return f"`{digit}` ({unicodedata.name(digit, 'a digit that is not 0-9').lower()})" if digit else None


def plain_number(text: str) -> int | float | None:
    """``text``'s value, if it is a number as data files write it (a whole number
    stays one, so that a message quotes it as written: -1, not -1.0); None if it
    is not one, or is too large to be a number at all (1e400)."""
    if len(text) > MAX_NUMBER_CHARACTERS or not PLAIN_NUMBER.fullmatch(text):
        return None
    if text.lstrip("+-").isdigit():
        return int(text)
    value = float(text)
    return None if math.isinf(value) else value


def beyond_drawing(name: str, written: str) -> str:
    """A figure so large it is not a number to a chart at all: 1e400, 10**400."""
    return f"`{name}` is {written}, far beyond the largest figure a chart can draw ({NUMBER_LIMIT:,})"


def number_problem(name: str, text: str, whole: bool = False) -> str:
    """Why ``text``, given for the field ``name``, is not a number (a ``whole``
    one) as data files write them: not a number at all, or one written another way."""
    stripped, quoted = text.strip(), shown(text)
    if other := _other_digit(stripped):
        return f"`{name}` is written with {other}; write numbers with the digits 0 to 9, like 42"
    if len(stripped) > MAX_NUMBER_CHARACTERS and PLAIN_NUMBER.fullmatch(stripped):
        return f"`{name}` has {len(stripped):,} digits; a figure needs at most {MAX_NUMBER_CHARACTERS}"
    if PLAIN_NUMBER.fullmatch(stripped) and plain_number(stripped) is None:
        return beyond_drawing(name, stripped)
    if PLAIN_NUMBER.fullmatch(stripped):
        return f"`{name}` {quoted} is a number in quotes; remove the quotes"
    if stripped.lower().lstrip("+-.") in ("nan", "inf", "infinity"):
        return (f"`{name}` must be an ordinary number, like 2.1, not {quoted}: a chart cannot draw it; "
                "leave the value (or the point) out if it is unknown")
    if re.fullmatch(r"[-+]?[0-9][0-9_,'\s\u00a0\u202f]*[0-9](\.[0-9]+)?", stripped):
        return (f"`{name}` {quoted} has a separator (`_`, `,`, `'` or a space) between its digits; write it "
                "without one, with a full stop for decimals, like 1000 or 3.5")
    if re.fullmatch(r"[-+]?(0[xob][0-9a-f_]+|[0-9]+(:[0-5]?[0-9])+)", stripped, re.IGNORECASE):
        return f"`{name}` {quoted} is not written as a plain number; write it with the digits 0 to 9, like 1000"
    if re.fullmatch(r"[-+]?[0-9.,]+\s*[^\s0-9.,]+|[^\s0-9.,]+\s*[-+]?[0-9.,]+", stripped):
        return (f"`{name}` {quoted} has a unit or sign beside the number; write the number alone, like 42 "
                "(a measure's unit goes in `unit`)")
    return f"`{name}` must be {'a whole number, like 42' if whole else 'a number, like 42 or 3.5'}, not {quoted}"


def date_problem(name: str, text: str, written: str = "like 2024-03-01") -> str:
    """Why ``text``, given for the field ``name``, is not a real date written
    YYYY-MM-DD (``written``: how else it should be written, for a generic slip)."""
    stripped, quoted = text.strip(), shown(text)
    if other := _other_digit(stripped):
        return f"`{name}` is written with {other}; write dates with the digits 0 to 9, like 2024-03-01"
    found = ISO_DATE.fullmatch(stripped)
    if not found:
        return f"`{name}` must be a date written YYYY-MM-DD, {written}, not {quoted}"
    year, month, day = (int(part) for part in found.groups())
    if not 1 <= month <= 12:
        return f"`{name}` {stripped} is not a real date: there is no month {month}; write it YYYY-MM-DD"
    if year < 1:
        return f"`{name}` {stripped} is not a real date: there is no year 0; write it YYYY-MM-DD"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return (f"`{name}` {stripped} is not a real date: {calendar.month_name[month]} {year} has {days} days; "
                "correct the day")
    return f"`{name}` {quoted} is a date in quotes; remove the quotes"
