"""The one error type editors see: ``path:line: message``.

Every problem an editor can cause (bad YAML, a missing field, a broken
cross-reference) becomes a ``DataError``.  They are collected rather than
raised one at a time, so an editor sees every problem in one run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    path: str  # relative to the repository root, with forward slashes
    line: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class DataErrors(Exception):
    """Raised by the loader when one or more files are wrong."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))

    def lines(self) -> list[str]:
        return [str(e) for e in self.errors]
