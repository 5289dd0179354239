"""What a YAML file's mistakes are, in an editor's words (macros/data/yaml_reader.py reads the files).

The parser notices a mistake where it can no longer go on, often lines later,
and in its own terms ("could not find expected ':'"); these say where the
mistake is and what to write instead: a key without its colon, a quote never
closed, a tab, a field's name longer than YAML reads, a key YAML reads as a
number or as true.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from .errors import DataError
from .wording import excerpt, shown

MAX_DEPTH = 20  # lists and mappings inside each other: the deepest data file needs fewer than 10
MAX_KEY = 1024  # the longest key YAML reads (its "simple key" limit): no field's name comes near it


def not_a_name(key: Any, field: str, in_braces: bool) -> str:
    """Why a key that YAML reads as a number, a date, true or false, or nothing, is no field's name
    (``field``: the field holding the mapping, "" at the top of the file)."""
    read_as = ("nothing" if key is None
               else f"{shown(key)} (YAML reads yes, no, on and off as true or false)" if isinstance(key, bool)
               else f"the date {key}" if isinstance(key, dt.date) else f"the number {shown(key)}")
    where = f"`{field}` holds" if field else "this line is"
    if in_braces:
        example = '- "{…}"' if field.endswith("]") else f'{field.rsplit(".", 1)[-1] or "title"}: "{{…}}"'
        return (f"{where} a field whose name YAML reads as {read_as}: `{{…}}` makes fields, with `,` between "
                f"them and `:` after each name; if it is text, put it all in quotes, like `{example}`")
    return (f"{where} a field whose name YAML reads as {read_as}, but a field's name is a word, like `title`: "
            "write the field's name, or put it in quotes")


def _tab_at(text: str, mark) -> bool:
    """Whether the line the parser stopped at is indented with a tab (the
    parser's own words for that vary with where the tab is)."""
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines):
        return False
    line = lines[mark.line]
    return "\t" in line[:len(line) - len(line.lstrip())]


def syntax_error(exc: yaml.MarkedYAMLError, text: str, path: str, line_offset: int) -> DataError:
    """A syntax error on the line where the mistake is, in an editor's words."""
    context, problem = exc.context or "", exc.problem or "invalid YAML"
    mark = exc.problem_mark or exc.context_mark
    if _tab_at(text, mark) or "tab" in problem or "\\t" in problem:
        message = "a tab character: YAML must be indented with spaces, never tabs; replace the tab with spaces"
        return DataError(path, (mark.line + 1 if mark else 1) + line_offset, message)
    long_key = _long_key(text, [m for m in (exc.context_mark, exc.problem_mark) if m is not None])
    if long_key:
        line, length = long_key
        return DataError(path, line + 1 + line_offset, f"this field's name is {length:,} characters long; YAML "
                                                       f"reads a name of at most {MAX_KEY:,}, and no field's name "
                                                       "comes near it: shorten it, or, if it is a value, put it "
                                                       "after its field's name (`title: …`)")
    # The parser notices a mistake where it can no longer go on, often lines
    # later; where it says what it was reading, that is where the mistake is.
    started = exc.context_mark
    if started and "simple key" in context and _character_at(text, started) in ("`{`", "`[`"):
        bracket = _character_at(text, started)
        mark, message = started, (f"this line starts with {bracket}, which YAML reads as the start of a "
                                  "mapping or a list, not as a field's name: write `field: value`, and put a value "
                                  "starting with `{` or `[` in quotes")
    elif started and "simple key" in context and re.match(r"\s*-[^\s-]", _line(text, started.line)):
        item = excerpt(_line(text, started.line).strip()[1:], 40)
        mark, message = started, f"a list's item needs a space after its `-`: write `- {item}`"
    elif started and "simple key" in context:
        mark, message = started, ("this line has no `:` after its field name; write `field: value`, or, if it "
                                  "goes on from the line above, indent it further")
    elif started and "quoted scalar" in context and ("end of stream" in problem or "document" in problem):
        quote = _character_at(text, started)
        mark, message = started, f"the quote {quote} opened on this line is never closed; close it, or remove it"
    elif "nesting depth" in problem:
        message = f"lists and mappings nested too deep; no data file needs more than {MAX_DEPTH} levels"
    elif started and "flow" in context:
        bracket = _character_at(text, started)
        closing = {"[": "]", "{": "}"}.get(bracket.strip("`"), "the bracket")
        mark, message = started, (f"the {bracket} opened on this line is not closed where it should be: close "
                                  f"it with `{closing}`, and put a value holding `,`, `[` or `{{` in quotes")
    elif "single document" in context:
        message = "a second document starts here (a `---` line); a data file holds one: remove the line"
    elif "cannot start any token" in problem:
        message = (f"a value cannot start with {_character_at(text, mark)}; put the value in quotes "
                   '(summary: "@team: our work")')
    elif "mapping values are not allowed" in problem and (deeper := _deeper_than_above(text, mark.line)):
        message = (f"`{deeper[0]}:` is indented further than `{deeper[1]}:` above it, so YAML reads it as more of "
                   f"that field's value; line it up with `{deeper[1]}:`")
    elif "mapping values are not allowed" in problem:
        message = ("this line has a `: ` that YAML cannot read as a field: if the value holds `: `, put it in "
                   'quotes (title: "Waiting well: a story"); else check the indentation')
    elif (quoted := _quote_running_on(text, mark)) is not None:
        mark, message = quoted
    elif mark and (apostrophe := _apostrophe_word(_line(text, mark.line))):
        message = (f"the value's single quotes end at the apostrophe in `{excerpt(apostrophe, 40)}`; write "
                   "the apostrophe twice (`'Siân''s story'`), or put the value in double quotes")
    elif "expected '-' indicator" in problem:
        message = ("this line is not lined up with the fields above it: line it up with them, or, if it starts a "
                   "new item of the list, begin it with `- `")
    else:
        message = f"invalid YAML: {excerpt(problem)}; check indentation, colons and quotes"
    return DataError(path, _content_line(text, mark.line if mark else 0) + 1 + line_offset, message)


def _line(text: str, index: int) -> str:
    lines = text.split("\n")
    return lines[index] if 0 <= index < len(lines) else ""


_FIELD = re.compile(r"\s*(?:-\s+)?([A-Za-z_][\w-]*):(?:\s|$)")


def _apostrophe_word(line: str) -> str | None:
    """The word whose apostrophe closes a value's single quotes early (title: 'Siân's story'),
    found in one pass over the line."""
    opening = re.search(r":\s+'", line)
    closing = line.find("'", opening.end()) if opening else -1
    if closing <= 0 or closing + 1 >= len(line) or not (line[closing - 1].isalnum() and line[closing + 1].isalnum()):
        return None
    start, end = closing, closing + 1
    while start > opening.end() and line[start - 1].isalnum():
        start -= 1
    while end < len(line) and line[end].isalnum():
        end += 1
    return line[start:end]


def _deeper_than_above(text: str, index: int) -> tuple[str, str] | None:
    """(this line's field, the field above) when this line's field is indented further than the
    nearest line with content above it, itself a field: `period:` under `description: …`."""
    here = _FIELD.match(_line(text, index))
    above_line = _line(text, _content_line(text, index - 1)) if index > 0 else ""
    above = _FIELD.match(above_line)
    # The field above has a value of its own on its line: one under it is not its field.
    has_value = above and above_line[above.end():].strip()[:1] not in ("", "#", ">", "|")
    if here and has_value and here.start(1) > above.start(1):  # where each field's name starts
        return here.group(1), above.group(1)
    return None


def _quote_running_on(text: str, mark) -> tuple[Any, str] | None:
    """A quote not closed on its own line, which YAML closes at the next quote lines later, where it
    then stops: (the quote's mark, the message), found by reading the file's tokens up to the stop."""
    if mark is None or ('"' not in _line(text, mark.line) and "'" not in _line(text, mark.line)):
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'") \
                    and token.end_mark.line > token.start_mark.line:
                last = token
    except yaml.YAMLError:
        pass
    if last is None or last.end_mark.line < mark.line - 1:
        return None
    quote = '`"`' if last.style == '"' else "`'`"
    return last.start_mark, (f"the quote {quote} opened on this line is not closed on it, so YAML reads the lines "
                             f"after it as more of the text, up to line {last.end_mark.line + 1}: close the quote "
                             "on this line (for text over several lines, write `>-` after the field's name and "
                             "the text on the lines below it)")


_KEY = re.compile(r"\s*(?:-\s+)*(\"[^\"]*\"|'[^']*'|[^\s#'\"][^\n]*?)\s*:(?:\s|$)")


def _long_key(text: str, marks: list) -> tuple[int, int] | None:
    """(0-based line, length) of a key longer than YAML reads, on a line the parser stopped at."""
    lines = text.split("\n")
    for mark in marks:
        found = _KEY.match(lines[mark.line]) if mark.line < len(lines) else None
        if found and len(found[1].strip("'\"")) > MAX_KEY:
            return mark.line, len(found[1].strip("'\""))
    return None


def _character_at(text: str, mark) -> str:
    """The character at ``mark``, shown in an error line."""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    character = line[mark.column] if mark.column < len(line) else ""
    return "a backtick (`)" if character == "`" else f"`{excerpt(character)}`" if character else "here"


def _content_line(text: str, index: int) -> int:
    """``index`` (0-based), or the nearest line before it with content when it
    is blank or a comment: the parser often stops at the line after a mistake."""
    lines = text.split("\n")
    while index > 0 and (index >= len(lines) or not lines[index].strip() or lines[index].lstrip().startswith("#")):
        index -= 1
    return index
