"""Checks across fields and files that a model alone cannot make.

Each returns ``DataError``s pointing at the line to fix; only the loader
calls them (it is the one place editors' errors are raised).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DataError
from ..yaml_reader import YamlDocument
from .capability import capability_errors
from .gaps import gap_errors
from .measures import measure_errors
from .plan import plan_errors
from .references import reference_errors
from .sections import section_errors
from .stable_links import stable_link_errors


def cross_file_errors(loaded: dict[str, Any], documents: dict[str, YamlDocument], records,
                      root: Path) -> list[DataError]:
    """Every check that needs more than one field or file. ``records`` are
    the one-file-per-record datasets (macros/data/records.py: Records)."""
    return (reference_errors(loaded, documents, records)
            + section_errors(loaded, documents)
            + stable_link_errors(loaded, documents, root)
            + measure_errors(loaded, records)
            + gap_errors(loaded, documents, records)
            + capability_errors(loaded, records)
            + plan_errors(loaded, documents, root))
