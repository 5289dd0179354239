"""Turn pydantic's validation errors into ``path:line: message`` for editors."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import DataError
from .models.base import inner_model
from .models.playbook import REVIEW_INTERVAL_PATTERN, VERSION_PATTERN
from .yaml_reader import YamlDocument


def _model_at(model: type[BaseModel], location: tuple) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``location``."""
    current: Any = model
    for part in location:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if isinstance(current, type) else None
        if field is None:
            return None
        current = inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def field_name(location: tuple) -> str:
    """How an editor names the field at ``location``: ``outcomes[2].value``."""
    parts = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "the file"


# Formats, in the words an editor needs (the pattern itself says little).
FORMATS = {
    VERSION_PATTERN: 'a version number in quotes, like "10.1"',
    REVIEW_INTERVAL_PATTERN: "a number and a unit, like `6 months`, `1 year`, `8 weeks` or `30 days`",
}


def _message(error: dict, model: type[BaseModel]) -> str:
    location = tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p))
    name = field_name(location)
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if value is None and kind != "missing":
        return f"`{name}` is empty; give it a value, or remove the line if the field is optional"
    if kind == "missing":
        return f"`{name}` is missing; add `{location[-1]}:` with a value"
    if kind == "extra_forbidden":
        allowed = _allowed(model, location[:-1])
        guess = _guess(model, location)
        hint = f"did you mean `{guess}`? " if guess else ""
        return (f"unknown field `{name}`; {hint}remove it or correct its spelling "
                f"(allowed: {', '.join(allowed)})")
    if kind == "said":  # a model's own validator, which words the rest of the message for editors
        return f"`{name}` {error['msg']}"
    if kind == "month":  # macros/data/models/plan.py: Month
        return f"`{name}` must be a month written YYYY-MM, like 2027-03, not {ctx.get('shown')!r}"
    if kind == "literal_error":
        return f"`{name}` must be one of {ctx.get('expected')}, not {value!r}"
    if kind == "string_pattern_mismatch":
        return (f"`{name}` must be lower-case words joined by hyphens, like `we-wait-well`, "
                f"not {value!r}") if "a-z0-9" in str(ctx.get("pattern")) else (
                f"`{name}` must be {FORMATS.get(str(ctx.get('pattern')), 'in the format of the examples')}, "
                f"not {value!r}")
    if kind.startswith("date"):
        return f"`{name}` must be a date written YYYY-MM-DD, without quotes, not {value!r}"
    if kind.startswith("string_too_short"):
        return f"`{name}` must not be empty; write the text or remove the field"
    if kind == "string_type" and isinstance(value, float):
        return (f"`{name}` must be text, not the number {value!r}; put it in quotes, so it is kept as "
                "written (without quotes, 10.10 is read as the number 10.1)")
    if kind == "string_type":
        return f"`{name}` must be text, not {value!r}; put it in quotes"
    if kind.startswith("bool"):
        return f"`{name}` must be true or false, not {value!r}"
    if kind == "list_type":
        return f"`{name}` must be a list, one item per line starting with `- `"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"`{name}` must be a set of fields (`field: value` lines), not {value!r}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"`{name}` must be a whole number without quotes, like 3712, not {value!r}"
    if kind in ("float_parsing", "float_type"):
        return f"`{name}` must be a number without quotes, like 2.1, not {value!r}"
    if kind == "finite_number":  # YAML's .nan and .inf are numbers to a parser, not to a chart
        return f"`{name}` must be an ordinary number, like 2.1, not {value!r}; remove the point if its value is unknown"
    if kind in ("greater_than", "greater_than_equal"):
        bound = ctx.get("gt", ctx.get("ge"))
        bound = f"{bound:g}" if isinstance(bound, float) else bound   # 0, not 0.0
        return f"`{name}` must be {'more than' if kind == 'greater_than' else 'at least'} {bound}, not {value!r}"
    if kind == "value_error" and "email" in error["msg"].lower():
        return f"`{name}` is not a valid email address ({value!r}); check it"
    return f"`{name}`: {error['msg']} (got {value!r})"


def _allowed(model: type[BaseModel], location: tuple) -> list[str]:
    """The fields an editor may write in the mapping at ``location``."""
    parent = _model_at(model, location)
    return sorted(name for name, field in parent.model_fields.items() if not field.exclude) if parent else []


def _guess(model: type[BaseModel], location: tuple) -> str | None:
    """The field an unknown one at ``location`` is probably a misspelling of."""
    guess = difflib.get_close_matches(str(location[-1]), _allowed(model, location[:-1]), n=1)
    return guess[0] if guess else None


def validate(document: YamlDocument, model: type[BaseModel]) -> tuple[Any, list[DataError]]:
    """Validate a document; return the model, or None and the errors."""
    try:
        return model.model_validate(document.data), []
    except ValidationError as exc:
        found = [(tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p)), error)
                 for error in exc.errors(include_url=False)]
        # A misspelt field is one mistake: "unknown field `headcout`; did you mean
        # `headcount`?" says it all, without "`headcount` is missing" as well.
        misspelt = {location[:-1] + (_guess(model, location),) for location, error in found
                    if error["type"] == "extra_forbidden"}
        return None, [document.error(location, _message(error, model)) for location, error in found
                      if not (error["type"] == "missing" and location in misspelt)]
