"""``python -m macros.cli docs``: regenerate what editors' tools and the field
reference are made from the models (a test fails when they are out of date)."""

from __future__ import annotations

from pathlib import Path

from ..editor_docs.reference import write_reference
from ..editor_docs.schemas import write_schemas


def main(args: list[str]) -> int:
    root = Path.cwd()
    for path in write_schemas(root) + write_reference(root):
        print(f"wrote {path.relative_to(root)}")
    return 0
