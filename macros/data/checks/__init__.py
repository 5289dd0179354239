"""Checks across fields and files that a model alone cannot make.

Each returns ``DataError``s pointing at the line to fix; only the loader
calls them (it is the one place editors' errors are raised).  Each is given
``loaded`` (macros/data/loader.py: ``Loaded``): every dataset as read, with
its documents, including the files that have mistakes of their own, so that
a file's every mistake is reported in one run.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError
from .capability import capability_errors
from .gaps import gap_errors
from .glossary import glossary_errors
from .measures import measure_errors
from .plan import plan_errors
from .projects import project_errors
from .references import reference_errors
from .sections import section_errors
from .stable_links import publishing_notes, stable_link_errors

__all__ = ["cross_file_errors", "publishing_notes"]


def cross_file_errors(loaded, root: Path) -> list[DataError]:
    """Every check that needs more than one field or file."""
    return (reference_errors(loaded)
            + section_errors(loaded)
            + stable_link_errors(loaded, root)
            + measure_errors(loaded)
            + project_errors(loaded)
            + gap_errors(loaded)
            + glossary_errors(loaded)
            + capability_errors(loaded)
            + plan_errors(loaded, root))
