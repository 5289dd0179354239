"""Strict, safe YAML reading that remembers where every value came from.

PyYAML's ``safe_load`` silently keeps the last of two duplicate keys and
forgets line numbers.  We compose the node tree ourselves instead, so that
we can refuse duplicate keys and unknown tags (``!!python/...`` is never
constructed, let alone executed) and map every value back to its line.

Loading takes time and memory in proportion to the file: anchors and
aliases (``&name``, ``*name``), which let ten lines expand to gigabytes, are
refused; so is nesting deeper than ``MAX_DEPTH``.  A number is written as
plain ASCII digits (YAML 1.1's ``1_000`` or ``0x1F`` are refused,
not silently read as 1000 or 31), with at most ``MAX_NUMBER_CHARACTERS``
characters; ``12:00`` is text, as YAML 1.2 reads it (YAML 1.1 reads it as the
number 720), so that the field's own rule says what to write (a number, or an
event's full date and time).  Every key is text: a field's name.  A syntax error is reported on the line
where the mistake is: the key without its colon, the quote never closed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError, DataErrors
from .files import read_text
from .wording import (MAX_NUMBER_CHARACTERS, PLAIN_NUMBER, date_problem, excerpt, field_name, number_problem,
                      plain_number, shown)
from .yaml_layout import TEXT_AS_COMMENT, comment_meant_as_text, fields_in_block, item_run_on
from .yaml_syntax import MAX_DEPTH, not_a_name, syntax_error

Location = tuple[str | int, ...]

# LibYAML's parser is about 20 times faster than PyYAML's pure-Python one,
# which matters with thousands of story files; it gives the same nodes and
# line marks. PyYAML's wheels include it; fall back where a build lacks it.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVED: dict[tuple[str, tuple[bool, bool]], str] = {}   # a scalar's text -> its tag


class _Loader(_BASE_LOADER):
    """The safe loader, remembering which tag each scalar's text resolves to: the
    same keys and values recur in every file, and resolving is a row of regular
    expressions in Python each time. (The safe loader has no path resolvers, so
    a scalar's tag depends on its text and quoting alone.)"""

    def resolve(self, kind, value, implicit):
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = _RESOLVED.get(key)
        if tag is None:
            if len(_RESOLVED) > 100_000:
                _RESOLVED.clear()
            tag = _RESOLVED[key] = super().resolve(kind, value, implicit)
        return tag


_LOADER = _Loader

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_NOT_A_NUMBER = {".inf", "+.inf", "-.inf", ".nan"}  # YAML's own words: numbers to a parser, refused by the models


_TEXT, _TIMESTAMP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")  # YAML 1.1's base 60: 12:00, 1:30:15


def _plain_date(text: str) -> dt.date | None:
    """A date written YYYY-MM-DD, built directly; None when it is not a real one (the
    constructor, which words the error, is asked then)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


class _Refused:
    """A value the reader refused (a number or date not written as one): its line says why,
    and validation says nothing more of it, so that the file's other mistakes are reported
    in the same run."""

    def __repr__(self) -> str:
        return "<refused>"


REFUSED = _Refused()


@dataclass
class YamlDocument:
    """Plain Python data plus the line of every key and list item."""

    path: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    problems: list[DataError] = field(default_factory=list)  # the values refused while reading, each its line
    refused: frozenset[Location] = frozenset()  # where they are (REFUSED in ``data``)
    # Lines inside a block of text (`>-`, `|`) written like a field, `name: …`: (the text's location,
    # the line, the name). Validation, which knows the fields, says which were meant as one.
    field_like: tuple[tuple[Location, int, str], ...] = ()

    def is_refused(self, location: Location) -> bool:
        """Whether ``location`` is a refused value or inside one (validation's words for it are left out)."""
        return any(tuple(location[:len(where)]) == where for where in self.refused)

    def line_of(self, location: Location) -> int:
        """The line of ``location``, or of its nearest enclosing value."""
        location = tuple(location)
        while location not in self.lines and location:
            location = location[:-1]
        return self.lines.get(location, 1)

    def error(self, location: Location, message: str) -> DataError:
        return DataError(self.path, self.line_of(location), message)


class _Composer:
    def __init__(self, path: str, line_offset: int, text: str = ""):
        self.path = path
        self.offset = line_offset
        self.text = text
        self._lines: list[str] | None = None
        self.field_like: list[tuple[Location, int, str]] = []
        self.hashes = TEXT_AS_COMMENT.search(text) is not None  # any `#` that may be meant as text
        self.lines: dict[Location, int] = {}
        self.constructor = yaml.SafeLoader("")
        self.problems: list[DataError] = []
        self.refused: set[Location] = set()

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.offset

    def fail(self, node: yaml.Node, message: str) -> DataErrors:
        return DataErrors([DataError(self.path, self.line(node), message)])

    def convert(self, node: yaml.Node, location: Location) -> Any:
        self.lines.setdefault(location, self.line(node))
        if len(location) > MAX_DEPTH:
            raise self.fail(node, f"`{field_name(_fields(location))}` is nested more than {MAX_DEPTH} lists "
                                  "and mappings deep; no data file needs that: check the indentation")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, location)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self.fail(node, f"the tag {_short(node.tag)} is not allowed here; remove it")
            return [self.convert(item, location + (i,)) for i, item in enumerate(node.value)]
        try:
            return self._scalar(node, location)
        except DataErrors as exc:  # one value's mistake: said, and the rest of the file read on
            self.problems += exc.errors
            self.refused.add(_fields(location))
            return REFUSED

    def _scalar(self, node: yaml.ScalarNode, location: Location) -> Any:
        if node.tag not in _PLAIN_TAGS:
            raise self.fail(
                node,
                f"the tag {_short(node.tag)} is not allowed: data files hold plain text, numbers, "
                "dates, lists and mappings only; remove the tag",
            )
        if node.tag == _TEXT and (node.style or not PLAIN_NUMBER.fullmatch(node.value)):
            if (node.style in (">", "|") and ":" in node.value) or (not node.style and (
                    self.hashes or node.value[:1] == "-"
                    or (" - " in node.value and node.end_mark.line > node.start_mark.line))):
                self._layout(node, location)
            return node.value  # text, quoted or not a number: the bulk of a file, built directly
        if node.tag == _TIMESTAMP and _DATE.fullmatch(node.value) and (day := _plain_date(node.value)):
            return day
        if node.tag in _NUMBER_TAGS and _SEXAGESIMAL.fullmatch(node.value):  # a time of day, as written
            return node.value
        if node.tag in _NUMBER_TAGS or node.tag == _TEXT:  # an unquoted number-like text: read as a number
            return self._number(node, location)
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            if node.tag == "tag:yaml.org,2002:timestamp":
                raise self.fail(node, date_problem(_named(location), node.value)) from None
            raise self.fail(node, f"`{_named(location)}`: cannot read {shown(node.value)}; check its format") from None

    def _layout(self, node: yaml.ScalarNode, location: Location) -> None:
        """Valid YAML that does not say what its editor meant (yaml_layout.py), said on its line."""
        if self._lines is None:
            self._lines = self.text.splitlines()
        if node.style in (">", "|"):
            self.field_like += [(_fields(location), number + 1 + self.offset, name)
                                for number, name in fields_in_block(node, self._lines)]
            return
        run_on = item_run_on(node, self._lines, bool(location) and isinstance(location[-1], int))
        if run_on:  # the value is not what was meant: refused, so nothing more is said of it
            raise DataErrors([DataError(self.path, run_on[0] + 1 + self.offset, run_on[1])])
        key = location[-1] if location and isinstance(location[-1], str) else None
        comment = self.hashes and comment_meant_as_text(node, self._lines, _named(location), key)
        if comment:  # the value is read, without the words meant for it
            self.problems.append(DataError(self.path, comment[0] + 1 + self.offset, comment[1]))

    def _number(self, node: yaml.ScalarNode, location: Location) -> int | float:
        """A number written as data files write them; YAML 1.1's other forms are refused, not guessed."""
        text = node.value
        if text.lower() in _NOT_A_NUMBER:
            return float(text.lower().replace(".", ""))
        number = plain_number(text)
        if number is None:
            # A number too large to be one (1e400) is a figure mistyped, not text.
            too_large = len(text) <= MAX_NUMBER_CHARACTERS and PLAIN_NUMBER.fullmatch(text)
            hint = "" if too_large else " (if it is text, put it in quotes)"
            raise self.fail(node, f"{number_problem(_named(location), text)}{hint}")
        return number

    def _mapping(self, node: yaml.MappingNode, location: Location) -> dict:
        if node.tag != "tag:yaml.org,2002:map":
            raise self.fail(node, f"the tag {_short(node.tag)} is not allowed here; remove it")
        result: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.fail(key_node, "merge keys (<<) are not supported; write the fields out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "a key must be plain text; quote it or rename it")
            if key_node.tag == _TEXT and (key_node.style or not PLAIN_NUMBER.fullmatch(key_node.value)):
                key = key_node.value  # a field's name, as nearly every key is: built directly
            else:
                key = self.convert(key_node, location + ("<key>",))
            if not isinstance(key, str):
                raise self.fail(key_node, not_a_name(key, field_name(_fields(location)) if location else "",
                                                      node.flow_style))
            if key in result:
                in_list = bool(location) and isinstance(location[-1], int)  # an item: a `- ` may be missing
                raise self.fail(
                    key_node,
                    f"duplicate key `{excerpt(str(key), 40)}` (first used on line {first_line[key]}); "
                    + ("if this line starts a new item of the list, write `- ` before it; else keep one of them"
                       if in_list else "keep one of them"),
                )
            first_line[key] = line = key_node.start_mark.line + 1 + self.offset
            self.lines[where := location + (key,)] = line
            result[key] = self.convert(value_node, where)
        self.lines.pop(location + ("<key>",), None)
        return result


def _short(tag: str) -> str:
    return excerpt(tag.replace("tag:yaml.org,2002:", "!!"), 40)


def _named(location: Location) -> str:
    """The field at ``location`` as an editor names it (worked out only for a message)."""
    return field_name(_fields(location)) if _fields(location) else "this value"


def _fields(location: Location) -> Location:
    """The location without the composer's own marks."""
    return tuple(part for part in location if part != "<key>")


def _anchor(text: str, path: str, line_offset: int) -> DataError | None:
    """The first anchor (``&name``) or alias (``*name``), which data files never need."""
    if "&" not in text and "*" not in text:
        return None
    for token in yaml.scan(text, Loader=_LOADER):
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            return DataError(path, token.start_mark.line + 1 + line_offset,
                             "anchors and aliases (`&name`, `*name`) are not allowed in data files; write the "
                             "value out in full where it is needed, or put text starting with & or * in quotes")
    return None


def parse_yaml(text: str, path: str, line_offset: int = 0, partly: bool = False) -> YamlDocument:
    """Parse one YAML document; raise ``DataErrors`` with the problem's line. ``partly``: a value
    written wrong (a number, a date) does not stop the reading; the document has it as REFUSED,
    with its line in ``problems``, so that its validation reports the file's other mistakes too."""
    try:
        anchor = _anchor(text, path, line_offset)
        if anchor:
            raise DataErrors([anchor])
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        raise DataErrors([syntax_error(exc, text, path, line_offset)]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: a control character
        line = text[:exc.position].count("\n") + 1 + line_offset
        raise DataErrors([DataError(path, line, f"this line holds a control character (code {exc.character:#04x}), "
                                                "which a data file may not hold; retype the line")]) from None
    except yaml.YAMLError as exc:
        raise DataErrors([DataError(path, 1 + line_offset, f"invalid YAML: {excerpt(str(exc))}")]) from None
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"):  # `---` alone
        raise DataErrors(
            [DataError(path, 1 + line_offset, "the file is empty; add its fields (see CONTRIBUTING.md)")]
        )
    composer = _Composer(path, line_offset, text)
    data = composer.convert(node, ())
    if composer.problems and (not partly or () in composer.refused):
        raise DataErrors(composer.problems)
    return YamlDocument(path, data, composer.lines, composer.problems, frozenset(composer.refused),
                        tuple(composer.field_like))


def read_yaml(file: Path, root: Path, partly: bool = False) -> YamlDocument:
    """A YAML file of the repository (read by macros/data/files.py's rules)."""
    return parse_yaml(read_text(file, root), file.relative_to(root).as_posix(), partly=partly)
