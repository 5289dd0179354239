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

from ..data import DATASETS, OPTIONAL_DATASETS
from ..data.models import CapabilityFigures, Measure, Story

SCHEMAS = {f"{name}.schema.json": model for name, model in {**DATASETS, **OPTIONAL_DATASETS}.items()} | {
    "story.schema.json": Story,
    "measure.schema.json": Measure,
    "capability.schema.json": CapabilityFigures,
}


def schema_text(model) -> str:
    schema = model.model_json_schema(mode="validation")
    # A story's slug, a measure's id and an organisation's (capability figures) come from the file
    # name; they are never written in the file.
    for field in ("slug", "id") if model in (Story, Measure, CapabilityFigures) else ():
        schema.get("properties", {}).pop(field, None)
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

