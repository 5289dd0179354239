"""A new story file that already passes ``make check`` (``make new-story``,
and docs-editors/story-template.yml for GitHub's web editor).

The file explains every field of the Story model in comments (written from
the model, so a new field shows up here too), fills the required fields with
obvious TODO placeholders and starts ``visibility: internal``.  It invents no
content: the loader refuses a public story that still says TODO
(macros/data/checks/placeholders.py).
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import yaml

from ..data.models import Story
from .field_docs import FieldDoc, field_docs

# Values for the required fields; any other required field gets "TODO".
REQUIRED_VALUES: dict[str, Any] = {
    "title": "TODO: the story's title",
    "summary": "TODO: one or two plain-language sentences saying what changed, and for whom",
    "visibility": "internal",
}

HEADER = """\
# yaml-language-server: $schema=../../schemas/story.schema.json
#
# A new improvement story. The file name is its slug: the story's address on
# the public site (stories/<slug>/) and how other stories refer to it.
#
# 1. Replace every TODO with the story's real text, as the team told it and
#    agreed it. Never guess: leave an optional field out rather than invent.
# 2. Optional fields are commented out. To use one, delete the `# ` at the
#    start of its lines, then replace the example value.
# 3. Run `make check` (or open a pull request): every mistake is reported as
#    `path:line: message`, naming the field and how to fix it.
# 4. The story stays internal (staff play book only). Set `visibility: public`
#    only once the team's consent is recorded. A public story may not have
#    TODO in any value (these comments do not count): the checks refuse it.
#
# NEVER write anything that could identify a patient: no names, initials,
# dates of birth, NHS numbers, addresses, photographs or rare details.
# Field reference: docs-editors/FIELDS.md (section "story").
"""


GAPS = "to_be_confirmed"


def scaffold_text() -> str:
    """The text of a new story file: the required fields with TODO placeholders,
    every optional one commented out (its date too: a story's `published` date
    is written when it is known, never assumed)."""
    blocks = [HEADER.rstrip("\n")]
    for doc in field_docs(Story):
        lines = comment_lines(f"{doc.name} ({'required' if doc.required else 'optional'}): {doc.kind}."
                         + (f" Default: {doc.default}." if doc.default else ""))
        lines += comment_lines(doc.description)
        for child in doc.children:
            if child.name == GAPS:
                continue  # explained once, for the story itself
            lines += comment_lines(f"{child.name} ({'required' if child.required else 'optional'}): "
                              f"{child.kind}. {child.description}", indent="  ")
        if doc.required:
            lines += yaml_lines(doc.name, REQUIRED_VALUES.get(doc.name, "TODO"))
        else:
            lines += ["# " + line for line in yaml_lines(doc.name, _example(doc))]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _example(doc: FieldDoc) -> Any:
    if doc.name == GAPS:
        return ["problem"]  # a field of the story, as an editor would list one
    if doc.children:  # an entry of a list: without its own to_be_confirmed, which most never need
        return [{name: value for name, value in entry.items() if name != GAPS} for entry in doc.example]
    return (doc.default == "true") if doc.default in ("true", "false") else doc.example


def comment_lines(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width=79, initial_indent="# " + indent,
                         subsequent_indent="# " + indent + ("  " if indent else ""),
                         break_on_hyphens=False) if text.strip() else []


def yaml_lines(name: str, value: Any) -> list[str]:
    """``name: value`` as block YAML, lists indented the way the data files are."""
    if isinstance(value, list):
        lines = [f"{name}:"]
        for item in value:
            if isinstance(item, dict):
                entry = [line for key, sub in item.items() for line in yaml_lines(key, sub)]
                lines += ["  - " + entry[0]] + ["    " + line for line in entry[1:]]
            else:
                lines.append("  - " + _scalar(item))
        return lines
    if isinstance(value, dict):
        return [f"{name}:"] + ["  " + line for key, sub in value.items() for line in yaml_lines(key, sub)]
    return [f"{name}: {_scalar(value)}"]


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and yaml.safe_load(text) != text:  # would not read back as this text
        return json.dumps(text, ensure_ascii=False)
    return text
