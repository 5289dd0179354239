"""Every field of a model, described in plain words for editors.

The field reference (``python -m macros.cli docs``) and the story
template (``make new-story``) are both written from these descriptions, so
neither can drift from what the loader accepts: a field added to a model
appears in both after regeneration, and a test fails until it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from ..data.models.base import MAX_ID_LENGTH, SLUG_PATTERN, inner_model
from ..data.models.plan import MONTH_PATTERN
from .schemas import model_schema
SLUG_WORDS = f"an id: lower-case words joined by hyphens, like `we-wait-well`, at most {MAX_ID_LENGTH} characters"


@dataclass(frozen=True)
class FieldDoc:
    name: str
    required: bool
    kind: str  # what to write, in plain words
    description: str  # what it means ("" where the model says nothing)
    default: str | None  # the value used when the field is left out, if worth saying
    example: Any  # a placeholder of the right shape, for commented-out examples
    children: tuple[FieldDoc, ...] = field(default=())  # fields of each entry, for lists of entries


def field_docs(model: type[BaseModel]) -> list[FieldDoc]:
    """The fields an editor may write in a file validated by ``model``, in model order."""
    schema = model_schema(model)
    defs = schema.get("$defs", {})
    docs = []
    for name, info in model.model_fields.items():
        if info.exclude:  # set by the loader (like a story's slug), never written in a file
            continue
        prop = _resolve(schema["properties"][name], defs)
        nested = inner_model(info.annotation)
        children = tuple(field_docs(nested)) if nested else ()
        docs.append(FieldDoc(
            name=name,
            required=info.is_required(),
            kind=kind_words(prop, defs),
            description=" ".join((info.description or "").split()),
            default=_default_words(info.default),
            example=_example(prop, defs, children),
            children=children,
        ))
    return docs


def model_description(model: type[BaseModel]) -> str:
    """The model's docstring, when it is written for editors (not pydantic's boilerplate)."""
    doc = model.__doc__ or ""
    return "" if doc.startswith("Usage docs") else " ".join(doc.split())


def kind_words(schema: dict, defs: dict) -> str:
    """What to write for a value of this JSON Schema, in plain words."""
    schema = _resolve(schema, defs)
    if "anyOf" in schema:
        options = [kind_words(option, defs) for option in schema["anyOf"] if option.get("type") != "null"]
        return " or ".join(options) or "nothing"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{_as_written(value)}`" for value in schema["enum"])
    if "const" in schema:
        const = schema["const"]
        return f"`{str(const).lower() if isinstance(const, bool) else const}`"  # as YAML writes it: `true`
    kind = schema.get("type")
    if kind == "array":
        return "a list, one item per line starting with `-`; each item " + kind_words(schema.get("items", {}), defs)
    if kind == "object" and "properties" in schema:
        return "a set of fields, listed below"
    if kind == "object":
        keys = schema.get("propertyNames", {}).get("enum")
        return "a mapping" + (" with the keys " + ", ".join(f"`{k}`" for k in keys) if keys else "")
    if kind == "boolean":
        return "`true` or `false`"
    if kind in ("integer", "number"):
        return ("a whole number" if kind == "integer" else "a number") + _bounds(schema)
    if kind == "string":
        return _string_words(schema)
    return str(kind or "any value")


def _as_written(value: Any) -> Any:
    """A value as an editor writes it: 1, not 1.0."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _string_words(schema: dict) -> str:
    if schema.get("format") == "date":
        words = "a date written YYYY-MM-DD"
        if "formatMinimum" in schema:
            words += f", from {schema['formatMinimum']} to {schema['formatMaximum']}"
        return words + (", and not after the day of the build" if schema.get("notAfterBuildDate") else "")
    if schema.get("format") == "email":
        return "an email address"
    pattern = schema.get("pattern")
    if pattern == SLUG_PATTERN:
        return SLUG_WORDS
    if pattern == MONTH_PATTERN:
        return "a month written YYYY-MM, like 2027-03"
    if pattern:
        return f"text matching the pattern `{pattern}`"
    return "text"


def _bounds(schema: dict) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    low, high = (None if bound is None else (f"{bound:,}" if abs(bound) >= 10_000 else str(bound)).removesuffix(".0")
                 for bound in (low, high))
    if "exclusiveMinimum" in schema:
        return f" more than {schema['exclusiveMinimum']}" + (f", up to {high}" if high is not None else "")
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    return f" of at most {high}" if high is not None else ""


def _resolve(schema: dict, defs: dict) -> dict:
    ref = schema.get("$ref")
    return defs[ref.rsplit("/", 1)[-1]] if ref else schema


def _default_words(default: Any) -> str | None:
    if default is PydanticUndefined or default is None or default in ([], {}, ""):
        return None
    if isinstance(default, bool):
        return "true" if default else "false"
    return str(default)


def _example(schema: dict, defs: dict, children: tuple[FieldDoc, ...]) -> Any:
    """A placeholder value of the right shape; text placeholders say TODO."""
    schema = _resolve(schema, defs)
    if "anyOf" in schema:
        options = [o for o in schema["anyOf"] if o.get("type") != "null"]
        return _example(options[0], defs, children) if options else None
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [_example(schema.get("items", {}), defs, children)]
    if kind == "object" and children:
        return {child.name: child.example for child in children}
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if schema.get("format") == "date":
        return "YYYY-MM-DD"
    if schema.get("pattern") == SLUG_PATTERN:
        return "todo-id"
    return "TODO"
