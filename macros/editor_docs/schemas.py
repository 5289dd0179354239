"""JSON Schemas for the data files, generated from the models.

Editors' YAML tools (VS Code's YAML extension and others) read the
``# yaml-language-server: $schema=...`` line at the top of each data file
and then autocomplete fields and underline mistakes as they type.
``python -m macros.cli docs`` rewrites schemas/; a test fails when they are
out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..data import DATASETS

# One schema per dataset of the registry (macros/data/registry.py).
SCHEMAS = {f"{dataset.schema}.schema.json": dataset.model for dataset in DATASETS.values()}


def schema_text(model) -> str:
    schema = model.model_json_schema(mode="validation")
    # Fields the loader sets (a record's id comes from its file name) are never written in the file.
    for name, info in model.model_fields.items():
        if info.exclude:
            schema.get("properties", {}).pop(name, None)
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(root: Path) -> list[Path]:
    folder = Path(root) / "schemas"
    folder.mkdir(exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written

