"""The one error type editors see: ``path:line: message``.

Every problem an editor can cause (bad YAML, a missing field, a broken
cross-reference) becomes a ``DataError``.  They are collected rather than
raised one at a time, so an editor sees every problem in one run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .wording import EXCERPT, excerpt

# The most lines one file gets: a spreadsheet of 10,000 wrong rows is one
# mistake made 10,000 times, and its first lines say what it is.
MAX_LINES_PER_FILE = 50


@dataclass(frozen=True, order=True)
class DataError:
    path: str  # relative to the repository root, with forward slashes
    line: int  # 1-based
    message: str

    def __post_init__(self) -> None:
        # Every message passes here: whatever check wrote it, a value it quotes is cut short.
        object.__setattr__(self, "message", quoted_short(self.message))

    def __str__(self) -> str:
        # One line, whatever a file's name or text holds (a newline, a terminal's escape codes).
        return _CONTROL.sub("\N{REPLACEMENT CHARACTER}", f"{self.path}:{self.line}: {self.message}")


# A value a message quotes: in backticks, or in single or double quotes opening after a space or bracket
# (not an apostrophe: "the project's") and closing before one.
_QUOTED = re.compile(r"`[^`\n]*`|(?<![\w'\"])'[^'\n]*?'(?!\w)|(?<![\w'\"])\"[^\"\n]*?\"(?!\w)")


def quoted_short(message: str) -> str:
    """``message`` with each value it quotes cut to ``EXCERPT`` characters (with …), its quotes kept."""
    return _QUOTED.sub(lambda found: found[0] if len(found[0]) <= EXCERPT + 2
                       else found[0][0] + excerpt(found[0][1:-1]) + found[0][-1], message)


def at_most_per_file(errors: list[DataError]) -> list[DataError]:
    """Every problem, sorted, once; but for a file with more than
    ``MAX_LINES_PER_FILE``, its first ones and a line saying how many more
    (the same lines however many times the problems are gathered)."""
    by_file: dict[str, list[DataError]] = defaultdict(list)
    hidden: dict[str, int] = defaultdict(int)  # problems already left out, by an earlier gathering
    hidden_from: dict[str, int] = {}  # the line they start at
    for error in sorted(set(errors)):
        more = _MORE.match(error.message)
        if more:
            hidden[error.path] += int(more.group(1).replace(",", ""))
            hidden_from[error.path] = min(error.line, hidden_from.get(error.path, error.line))
        else:
            by_file[error.path].append(error)
    kept = []
    for path, found in by_file.items():
        kept += found[:MAX_LINES_PER_FILE]
        more = len(found[MAX_LINES_PER_FILE:]) + hidden[path]
        if more:
            line = min(([found[MAX_LINES_PER_FILE].line] if len(found) > MAX_LINES_PER_FILE else [])
                       + ([hidden_from[path]] if path in hidden_from else []))
            kept.append(DataError(path, line, f"and {more:,} more problem{'' if more == 1 else 's'} in this "
                                              "file from here on, not listed; fix the ones above (they may be "
                                              "the same mistake), then check again"))
    return sorted(kept)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MORE = re.compile(r"and ([\d,]+) more problems? in this file from here on")


class DataErrors(Exception):
    """Raised by the loader when one or more files are wrong."""

    def __init__(self, errors: list[DataError]):
        self.errors = at_most_per_file(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def lines(self) -> list[str]:
        return [str(e) for e in self.errors]
