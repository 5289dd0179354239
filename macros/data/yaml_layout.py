"""Valid YAML that does not say what its editor meant: the reader (yaml_reader.py) asks
these of each text value whose layout could hide a mistake, and says so on its line.

- A field indented as far as the block of text above it (`summary: >-`) is more of
  the text: the words are published, the field is lost (validation names the fields:
  ``fields_in_block`` only finds the lines written like one).
- A list's item indented under the item above (`  - a` then `    - b`) is one item, "a - b".
- Text after ` #` is a comment, left out: `period: 25/26 #1 in region` reads `25/26`.
"""

from __future__ import annotations

import re

import yaml

from .wording import excerpt

# A comment that starts with a word, not a space: "25/26 #1 in region", "#NHSImprovement".
TEXT_AS_COMMENT = re.compile(r"[ \t]#[^\s#!]")
# A line of a block of text that looks like a field: `who_for: …`, `source:`.
_FIELD_LIKE = re.compile(r"\s*([a-z][a-z0-9_]*):(?:\s|$)")


def _text_lines(node: yaml.ScalarNode, lines: list[str]) -> range:
    """The 0-based lines a text runs on after its first."""
    return range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines)))


def fields_in_block(node: yaml.ScalarNode, lines: list[str]) -> list[tuple[int, str]]:
    """(0-based line, name) of each line of a block of text indented as far as the text and
    written like a field."""
    found, indent = [], None
    for number in _text_lines(node, lines):
        line = lines[number]
        if not line.strip():
            continue
        own = len(line) - len(line.lstrip(" "))
        indent = own if indent is None else indent
        if own < indent:
            break  # past the text
        if field := _FIELD_LIKE.match(line):
            found.append((number, field.group(1)))
    return found


def item_run_on(node: yaml.ScalarNode, lines: list[str]) -> tuple[int, str] | None:
    """(0-based line, message) of a list's item that YAML reads as more of the item above."""
    for number in _text_lines(node, lines):
        if lines[number].lstrip().startswith("- "):
            return number, ("this item's `- ` is indented further than the line above it, so YAML reads it as more "
                            "of that line's text; line it up with the `- ` above")
    return None


def comment_meant_as_text(node: yaml.ScalarNode, lines: list[str], named: str,
                          key: str | None) -> tuple[int, str] | None:
    """(0-based line, message) when a plain text is followed by a comment that starts with a word:
    text the editor meant to keep. A note for editors starts with a space (`# from the report`).
    ``named``: the field as an editor names it; ``key``: its name in the mapping (None: a list's item)."""
    line = lines[node.end_mark.line] if node.end_mark.line < len(lines) else ""
    comment = TEXT_AS_COMMENT.match(line, node.end_mark.column)
    if not comment or line[node.end_mark.column:comment.start()].strip():
        return None
    dropped = excerpt(line[comment.start():].strip(), 40)
    quoted = f"\"{excerpt(node.value, 30)} {dropped}\""
    example = f"{key}: {quoted}" if key else f"- {quoted}"
    return node.end_mark.line, (f"`{dropped}` is read as a note for editors and left out of `{named}` (YAML reads "
                                f"` #` as the start of one); if it is part of the value, put the whole value in "
                                f"quotes ({example}); if it is a note, write a space after `#`")
