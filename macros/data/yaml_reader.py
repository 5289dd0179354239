"""Strict, safe YAML reading that remembers where every value came from.

PyYAML's ``safe_load`` silently keeps the last of two duplicate keys and
forgets line numbers.  We compose the node tree ourselves instead, so that
we can refuse duplicate keys and unknown tags (``!!python/...`` is never
constructed, let alone executed) and map every value back to its line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError, DataErrors

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


_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _plain_date(text: str):
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None   # not a real date: the constructor words the error


# The plain scalars of most files, built directly; anything else (0x1f, 1_000,
# .inf, a timestamp with a time) is left to PyYAML's constructor, as before.
_FAST = {
    "tag:yaml.org,2002:str": lambda text: text,
    "tag:yaml.org,2002:int": lambda text: int(text) if _INTEGER.fullmatch(text) else None,
    "tag:yaml.org,2002:float": lambda text: float(text) if _DECIMAL.fullmatch(text) else None,
    "tag:yaml.org,2002:timestamp": lambda text: _plain_date(text) if _DATE.fullmatch(text) else None,
}


@dataclass
class YamlDocument:
    """Plain Python data plus the line of every key and list item."""

    path: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)

    def line_of(self, location: Location) -> int:
        """The line of ``location``, or of its nearest enclosing value."""
        location = tuple(location)
        while location not in self.lines and location:
            location = location[:-1]
        return self.lines.get(location, 1)

    def error(self, location: Location, message: str) -> DataError:
        return DataError(self.path, self.line_of(location), message)


class _Composer:
    def __init__(self, path: str, line_offset: int):
        self.path = path
        self.offset = line_offset
        self.lines: dict[Location, int] = {}
        self.constructor = yaml.SafeLoader("")

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.offset

    def fail(self, node: yaml.Node, message: str) -> DataErrors:
        return DataErrors([DataError(self.path, self.line(node), message)])

    def convert(self, node: yaml.Node, location: Location) -> Any:
        self.lines.setdefault(location, self.line(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, location)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self.fail(node, f"the tag {_short(node.tag)} is not allowed here; remove it")
            return [self.convert(item, location + (i,)) for i, item in enumerate(node.value)]
        if node.tag not in _PLAIN_TAGS:
            raise self.fail(
                node,
                f"the tag {_short(node.tag)} is not allowed: data files hold plain text, numbers, "
                "dates, lists and mappings only; remove the tag",
            )
        if node.tag in _FAST:   # 42, 3.5, 2024-03-01 and text: the bulk of a file
            value = _FAST[node.tag](node.value)
            if value is not None:
                return value
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            field = next((str(part) for part in reversed(location) if isinstance(part, str)), "this value")
            if node.tag == "tag:yaml.org,2002:timestamp":
                raise self.fail(node, f"`{field}`: {node.value} is not a real date ({exc}); "
                                      "write it as YYYY-MM-DD") from None
            raise self.fail(node, f"`{field}`: cannot read {node.value!r} ({exc}); check its format") from None

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
            key = self.convert(key_node, location + ("<key>",))
            if key in result:
                raise self.fail(
                    key_node,
                    f"duplicate key `{key}` (first used on line {first_line[key]}); "
                    "keep one of them",
                )
            first_line[key] = self.line(key_node)
            self.lines[location + (key,)] = self.line(key_node)
            result[key] = self.convert(value_node, location + (key,))
        self.lines.pop(location + ("<key>",), None)
        return result


def _short(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _tab_at(text: str, mark) -> bool:
    """Whether the line the parser stopped at is indented with a tab (the
    parser's own words for that vary with where the tab is)."""
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines):
        return False
    line = lines[mark.line]
    return "\t" in line[:len(line) - len(line.lstrip())]


def parse_yaml(text: str, path: str, line_offset: int = 0) -> YamlDocument:
    """Parse one YAML document; raise ``DataErrors`` with the problem's line."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = exc.problem or "invalid YAML"
        if "tab" in problem or "\\t" in problem or _tab_at(text, mark):
            raise DataErrors([DataError(path, line, "a tab character: YAML must be indented with spaces, "
                                                    "never tabs; replace the tab with spaces")]) from None
        hint = ("check the indentation, or put a value holding `: ` in quotes "
                "(title: \"Waiting well: a story\")"
                if "mapping values are not allowed" in problem else "check indentation, colons and quotes")
        raise DataErrors([DataError(path, line, f"invalid YAML: {problem}; {hint}")]) from None
    except yaml.YAMLError as exc:
        raise DataErrors([DataError(path, 1 + line_offset, f"invalid YAML: {exc}")]) from None
    if node is None:
        raise DataErrors(
            [DataError(path, 1 + line_offset, "the file is empty; add its fields (see CONTRIBUTING.md)")]
        )
    composer = _Composer(path, line_offset)
    data = composer.convert(node, ())
    return YamlDocument(path=path, data=data, lines=composer.lines)


def read_text(file: Path, path: str) -> str:
    """Read a file as UTF-8, reporting the line of the first bad byte."""
    raw = file.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataErrors(
            [DataError(path, line, "the file is not UTF-8 text; save it as UTF-8 and retype this line")]
        ) from None


def read_yaml(file: Path, root: Path) -> YamlDocument:
    path = file.relative_to(root).as_posix()
    return parse_yaml(read_text(file, path), path)
