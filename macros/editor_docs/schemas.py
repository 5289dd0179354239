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


def model_schema(model) -> dict:
    """The model's JSON Schema, with each bound a field adds to a number of the data layer's
    (``Annotated[Number, Ge(0)]``: pydantic writes it as ``ge``, which no schema tool reads) as
    JSON Schema writes it, so that editors' tools and the field reference say what is allowed."""
    return _bounds_in_json_schema(model.model_json_schema(mode="validation"))


_BOUNDS = {"ge": ("minimum", max), "gt": ("exclusiveMinimum", max), "le": ("maximum", min),
           "lt": ("exclusiveMaximum", min)}


def _bounds_in_json_schema(schema):
    if isinstance(schema, list):
        return [_bounds_in_json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: _bounds_in_json_schema(value) for key, value in schema.items()}
    if schema.get("type") in ("number", "integer"):
        for bound, (keyword, tighter) in _BOUNDS.items():
            if bound in schema:
                value = schema.pop(bound)
                schema[keyword] = tighter(schema[keyword], value) if keyword in schema else value
        if "exclusiveMinimum" in schema and schema.get("minimum", float("-inf")) <= schema["exclusiveMinimum"]:
            schema.pop("minimum", None)
        if "exclusiveMaximum" in schema and schema.get("maximum", float("inf")) >= schema["exclusiveMaximum"]:
            schema.pop("maximum", None)
    return schema


def schema_text(model) -> str:
    schema = model_schema(model)
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

