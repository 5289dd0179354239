"""Everything in data/, validated: the one thing renderers are given.

``SiteData`` holds every dataset of the registry (macros/data/registry.py)
by name: ``data.offer``, ``data.stories`` (a tuple of records, in the
dataset's order).  On the public site a dataset that is not published is
absent, and reading it is an error that says so, never a silent empty value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .public import public_values
from .registry import DATASETS


class NotOnThisSite(ValueError):
    """A page or renderer asked the public site for data it never publishes."""


class SiteData:
    def __init__(self, values: Mapping[str, Any], publishing_notes: tuple[str, ...] = (),
                 documents: Mapping[str, Any] | None = None):
        unknown = set(values) - set(DATASETS)
        if unknown:
            raise TypeError(f"not datasets of the registry: {sorted(unknown)}")
        taken = set(DATASETS) & set(dir(SiteData))
        if taken:  # data.replace would be the method, not the dataset
            raise TypeError(f"datasets named as SiteData's own attributes: {sorted(taken)}; rename them")
        self._values = dict(values)
        # What `make version` will ask for before publishing (new ids to record): `make check` notes them.
        self.publishing_notes = tuple(publishing_notes)
        self._documents = dict(documents or {})  # each single file's YamlDocument, for `where`

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in DATASETS:
            raise AttributeError(name)
        if name not in self._values:
            raise NotOnThisSite(f"the public site does not publish {DATASETS[name].path}; remove what shows it "
                                "from the public site's pages")
        return self._values[name]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteData) and self._values == other._values

    __hash__ = None  # type: ignore[assignment]

    def where(self, name: str, location: tuple) -> str:
        """``path:line`` of a field of a single file (``where("playbook", ("version",))``), for
        commands' messages; just the path when the line is not known."""
        document = self._documents.get(name)
        return f"{document.path}:{document.line_of(location)}" if document else DATASETS[name].path

    def has(self, name: str) -> bool:
        """Whether this site has the dataset at all (the public site has only what it publishes)."""
        return name in self._values

    def replace(self, **values: Any) -> SiteData:
        """A copy with some datasets replaced."""
        return SiteData({**self._values, **values}, self.publishing_notes, self._documents)

    def public_only(self) -> SiteData:
        """A copy holding only what may be published to the public: the datasets
        the registry publishes, their public records, their ``Public`` fields."""
        return SiteData(public_values(self._values))

    def published_as(self, version: str | None) -> SiteData:
        """The data as `make version VERSION=X.Y` publishes it: the pages (banner,
        history) then say X.Y, the number mike deploys, even where it is not yet
        the one in data/playbook.yml."""
        if not version or version == self.playbook.version:
            return self
        return self.replace(playbook=self.playbook.model_copy(update={"version": version}))
