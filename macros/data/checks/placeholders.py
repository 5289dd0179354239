"""Placeholder text may never reach the public.

``make new-story`` (and ``make new-project``) fills a new record's required
fields with text such as "TODO: the story's title", so that the file is valid
and the editor sees at once what to replace.  While the record is internal
that is harmless (staff see a draft in the play book); a public one that still says TODO is
refused, with the line of each placeholder left.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import DataError
from ..validation import field_name
from ..wording import excerpt, shown
from ..yaml_reader import YamlDocument

# Whole word, any case: "TODO", "todo-id" (an id placeholder), not "mastodon".
PLACEHOLDER = re.compile(r"\btodo\b", re.IGNORECASE)


def placeholder_errors(document: YamlDocument, what: str = "story") -> list[DataError]:
    """One error per value of a public record (a story, a project) that still holds a placeholder."""
    return [
        document.error(location,
                       f"`{field_name(location)}` still holds the placeholder {shown(excerpt(text, 50))}; write the "
                       f"real text (or remove the field if it is optional) before the {what} is public, or "
                       "keep `visibility: internal` until it is ready")
        for location, text in _texts(document.data, ())
        if PLACEHOLDER.search(text)
    ]


def _texts(value: Any, location: tuple) -> list[tuple[tuple, str]]:
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _texts(item, location + (key,))]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _texts(item, location + (index,))]
    return [(location, value)] if isinstance(value, str) else []

