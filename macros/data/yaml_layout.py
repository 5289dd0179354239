"""Valid YAML that does not say what its editor meant: the reader (yaml_reader.py) asks
these of each text value whose layout could hide a mistake, and says so on its line.

- A field indented as far as the block of text above it (`summary: >-`) is more of
  the text: the words are published, the field is lost (``fields_in_block`` finds the
  lines written like a field; ``fields_in_text``, in validation, says which are one).
- A list's item indented under the item above (`  - a` then `    - b`) is one item, "a - b";
  a list's item without a space after its `-` (`  -Ward A`) is text, not an item.
- Text after ` #` is a comment, left out: `period: 25/26 #1 in region` reads `25/26`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel

from .errors import DataError
from .models.base import inner_model
from .wording import excerpt, field_name

if TYPE_CHECKING:
    from .yaml_reader import YamlDocument

# A comment that starts with a word, not a space: "25/26 #1 in region", "#NHSImprovement".
TEXT_AS_COMMENT = re.compile(r"[ \t]#[^\s#!]")
_COMMENT_AFTER = re.compile(r"[ \t]+#[^\s#!]")  # such a comment, after a value
# A line of a block of text that looks like a field: `who_for: …`, `source:`.
_FIELD_LIKE = re.compile(r"\s*([a-z][a-z0-9_]*):(?:\s|$)")


def _text_lines(node: yaml.ScalarNode, lines: list[str]) -> range:
    """The 0-based lines a text runs on after its first."""
    return range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines)))


def fields_in_block(node: yaml.ScalarNode, lines: list[str]) -> list[tuple[int, str]]:
    """(0-based line, name) of each line of a block of text indented exactly as far as the text
    and written like a field (a line indented further is the text's own)."""
    found, indent = [], None
    for number in _text_lines(node, lines):
        line = lines[number]
        if not line.strip():
            continue
        own = len(line) - len(line.lstrip(" "))
        indent = own if indent is None else indent
        if own < indent:
            break  # past the text
        if own == indent and (field := _FIELD_LIKE.match(line)):
            found.append((number, field.group(1)))
    return found


def item_run_on(node: yaml.ScalarNode, lines: list[str], in_list: bool) -> tuple[int, str] | None:
    """(0-based line, message) of a list's item that is not one: written without a space after its
    `-` (`  -Ward A`, then text), or, in a list (``in_list``: the text is an item), indented under
    the item above, which YAML reads as more of it."""
    first = lines[node.start_mark.line] if node.start_mark.line < len(lines) else ""
    if re.match(r"[-][^\W\d_]", node.value) and first[node.start_mark.column:].startswith(node.value[:2]) \
            and not first[:node.start_mark.column].strip(" -"):  # the text starts its line
        return node.start_mark.line, (f"a list's item needs a space after its `-`: write "
                                      f"`- {excerpt(first[node.start_mark.column + 1:].strip(), 40)}`")
    for number in _text_lines(node, lines) if in_list else ():
        if lines[number].lstrip().startswith("- "):
            return number, ("this item's `- ` is indented further than the item above it, so YAML reads it as "
                            "more of that item's text; line it up with the `- ` above")
    return None


def comment_meant_as_text(node: yaml.ScalarNode, lines: list[str], named: str,
                          key: str | None) -> tuple[int, str] | None:
    """(0-based line, message) when a plain text is followed by a comment that starts with a word:
    text the editor meant to keep. A note for editors starts with a space (`# from the report`).
    ``named``: the field as an editor names it; ``key``: its name in the mapping (None: a list's item)."""
    line = lines[node.end_mark.line] if node.end_mark.line < len(lines) else ""
    comment = _COMMENT_AFTER.match(line, node.end_mark.column)
    if not comment or line[node.end_mark.column:comment.start()].strip():
        return None
    dropped = excerpt(line[comment.start():].strip(), 40)
    quoted = f"\"{excerpt(node.value, 30)} {dropped}\""
    example = f"{key}: {quoted}" if key else f"- {quoted}"
    return node.end_mark.line, (f"`{dropped}` is read as a note for editors and left out of `{named}` (YAML reads "
                                f"` #` as the start of one); if it is part of the value, put the whole value in "
                                f"quotes ({example}); if it is a note, write a space after `#`")


def fields_in_text(document: YamlDocument, model: type[BaseModel]) -> list[DataError]:
    """Of the lines ``fields_in_block`` found, those naming a field of the mapping holding the
    text that the mapping does not give: a field meant to follow the text. Text may still say
    `period:` (another record's field) or `source:` where the mapping has its own."""
    errors = []
    for location, line, name in document.field_like:
        holder = _model_at(model, location[:-1]) if location and isinstance(location[-1], str) else None
        mapping = _value_at(document.data, location[:-1])
        if holder is not None and name in holder.model_fields and isinstance(mapping, dict) and name not in mapping:
            errors.append(DataError(document.path, line, (
                f"`{name}:` is indented as far as the text of `{field_name(location)}` above it, so it is read as "
                f"part of that text, and `{name}` as not given; move `{name}:` left, to start where "
                f"`{location[-1]}:` starts (if it is meant as text, start it with a capital letter)")))
    return errors


def _model_at(model: type[BaseModel] | None, location: tuple) -> type[BaseModel] | None:
    """The model of the mapping at ``location`` in a record of ``model``, if it is one."""
    for part in location:
        if isinstance(part, str):
            info = model.model_fields.get(part) if model is not None else None
            model = inner_model(info.annotation) if info is not None else None
    return model


def _value_at(data, location: tuple):
    for part in location:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
