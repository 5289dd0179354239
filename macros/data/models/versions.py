"""The play book's version history (data/versions.yml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model, PastDay, Text, WithGaps
from .playbook import Version


def version_key(version: str) -> tuple[int, ...]:
    """Order "9.1" < "10.0" as numbers, not as text."""
    return tuple(int(part) for part in version.split("."))


class VersionRecord(WithGaps):
    version: Version = Field(description='The version number, as text: "10.0".')
    date: PastDay | None = Field(None, description="When this version was issued: YYYY-MM-DD. Leave it out "
                                 "while it is not recorded; the page then says so.")
    status: Literal["draft", "agreed"]
    description: Text | None = Field(None, description="What this version is, in its own words.")
    changes: list[Text] = Field([], description="What changed from the version before, one item per "
                                "line. Leave it empty while not recorded; the page then says so.")
    source: Text | None = Field(None, description="Where this record comes from (for editors; not shown).")


class VersionHistory(Model):
    versions: list[VersionRecord] = Field(min_length=1, description="Every version, newest first.")

    def newest_first(self) -> list[VersionRecord]:
        return sorted(self.versions, key=lambda record: version_key(record.version), reverse=True)

    def find(self, version: str) -> VersionRecord | None:
        return next((record for record in self.versions if record.version == version), None)
