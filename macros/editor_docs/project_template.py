"""A new project file that already passes ``make check`` (``make new-project``).

Every field of the Project model is explained in comments (written from the
model, so a new field shows up here too, and the fields of its entries, to
the change ideas of a secondary driver), the required ones are filled with
obvious TODO placeholders, and the project starts ``visibility: internal``.
``started`` is the day the file is made, and the header says to correct it:
a required date cannot wait for a placeholder. The loader refuses a public
project that still says TODO (macros/data/checks/placeholders.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..data.models import Project
from .field_docs import FieldDoc, field_docs
from .story_template import comment_lines, yaml_lines

REQUIRED_VALUES: dict[str, Any] = {
    "title": "TODO: the project's name",
    "aim": "TODO: what will improve, by how much, by when",
    "organisations": [],
    "status": "active",
    "visibility": "internal",
}
# Examples of the right shape for the optional lists, where the model's own would not pass the checks.
EXAMPLES: dict[str, Any] = {
    "progress": [{"date": "YYYY-MM-DD", "score": 0.5, "note": "TODO"}],
    "completed": "YYYY-MM-DD",
}

HEADER = """\
# yaml-language-server: $schema=../../schemas/project.schema.json
#
# A new improvement project. The file name is its id: the project's address
# (projects/<id>/) and how the register, measures.json and projects.json
# name it.
#
# 1. Replace every TODO with the project's real text, as the team gives it.
#    Never guess: leave an optional field out rather than invent.
# 2. `started` is the day this file was made: change it to the day work on
#    the project began.
# 3. Optional fields are commented out. To use one, delete the `# ` at the
#    start of its lines, then replace the example values.
# 4. Run `make check` (or open a pull request): every mistake is reported as
#    `path:line: message`, naming the field and how to fix it.
# 5. The project stays internal (staff play book only). Set
#    `visibility: public` only once the team agrees. On the public site it
#    shows without its lead, and with only its public measures and stories;
#    a public project may not have TODO in any value and names at least one
#    organisation.
#
# NEVER write anything that could identify a patient.
# Field reference: docs-editors/FIELDS.md (section "project").
"""


def scaffold_text(today: dt.date, organisation_ids: Sequence[str] = ()) -> str:
    """The text of a new project file, started ``today``; ``organisation_ids``:
    the ids editors may name, listed in a comment to choose from."""
    blocks = [HEADER.rstrip("\n")]
    for doc in field_docs(Project):
        lines = comment_lines(f"{doc.name} ({'required' if doc.required else 'optional'}): {doc.kind}."
                              + (f" Default: {doc.default}." if doc.default else ""))
        lines += comment_lines(doc.description)
        lines += _children(doc.children, "  ")
        if doc.name == "organisations" and organisation_ids:
            lines += comment_lines("The ids in data/organisations.yml: " + ", ".join(organisation_ids) + ".")
        if doc.required:
            value = today if doc.name == "started" else REQUIRED_VALUES.get(doc.name, "TODO")
            lines += [f"{doc.name}: []"] if value == [] else yaml_lines(doc.name, value)
        else:
            lines += ["# " + line for line in yaml_lines(doc.name, EXAMPLES.get(doc.name, doc.example))]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _children(children: Sequence[FieldDoc], indent: str) -> list[str]:
    """Each field of a list's entries explained, and the fields of their own entries, indented."""
    lines = []
    for child in children:
        lines += comment_lines(f"{child.name} ({'required' if child.required else 'optional'}): {child.kind}. "
                               f"{child.description}", indent=indent)
        lines += _children(child.children, indent + "  ")
    return lines

