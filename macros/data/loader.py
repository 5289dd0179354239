"""Load and check every data file: the only place editors' errors are raised.

Every dataset of the registry (macros/data/registry.py) is read: a single
file, or a folder of one file per record, each from inside the repository
only (macros/data/files.py).  Every problem in every file is collected and
raised together as ``DataErrors``.  Everything is validated as of the build's
date (PLAYBOOK_TODAY, or the day), so `make check` and `make build` agree.
``load_site_data`` reads data/ once per build (it is cached on the files'
modification times and the build's date, so everything in one build shares
one load, and ``mkdocs serve`` reloads after an edit).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import today as build_day
from .checks import cross_file_errors, publishing_notes
from .errors import DataError, DataErrors
from .files import folder_entries, folder_files, relative
from .records import RecordFile, load_file, read_records
from .registry import DATASETS, Dataset
from .site_data import SiteData
from .validation import as_of
from .yaml_reader import YamlDocument


@dataclass
class Loaded:
    """Every dataset as read, before the checks across files: what they need.
    A file with mistakes is here as far as it is right (records.py: ``load_file``),
    so that the checks report its other mistakes in the same run."""

    values: dict[str, Any] = field(default_factory=dict)  # a single file's model (None: unreadable)
    documents: dict[str, YamlDocument] = field(default_factory=dict)  # a single file's, when it is YAML
    records: dict[str, dict[str, RecordFile]] = field(default_factory=dict)  # per record, by id: every file

    def value(self, name: str) -> Any:
        """A single file's model, or the records of a folder (None: the file could not be read)."""
        if DATASETS[name].per_record:
            return [found.record for found in self.records.get(name, {}).values() if found.record is not None]
        return self.values.get(name)

    def valid(self, name: str) -> list[tuple[Any, RecordFile]]:
        """A folder's records (as far as they are right), each with its file as read."""
        return [(found.record, found) for found in self.records.get(name, {}).values() if found.record is not None]

    def ids(self, kind: str) -> list[str] | None:
        """The ids a reference of ``kind`` may name, in their order: every record
        file of a folder (a record with a mistake still exists), or the ids a
        dataset provides; None when they cannot be known (that file could not be read)."""
        if kind in DATASETS and DATASETS[kind].per_record:
            return list(self.records.get(kind, {}))
        for dataset in DATASETS.values():
            if kind in dataset.provides:
                value = self.values.get(dataset.name)
                return list(dict.fromkeys(dataset.provides[kind](value))) if value is not None else None
        raise KeyError(f"no dataset provides the ids of {kind!r}")


def _read(root: Path, dataset: Dataset, loaded: Loaded, folder: str | None = None) -> list[DataError]:
    """Read one dataset into ``loaded``: from data/, or from ``folder`` (examples) instead."""
    path = folder + dataset.path.removeprefix("data") if folder else dataset.path
    if dataset.per_record:
        records, errors = read_records(root, path, dataset.model, dataset.read, dataset.companions)
        loaded.records.setdefault(dataset.name, {}).update(records)
        return errors + [error for found in records.values() for error in found.errors]
    if dataset.optional and not os.path.lexists(root / path):
        loaded.values[dataset.name] = dataset.model()
        return []
    value, document, errors = load_file(root / path, dataset.model, root)
    loaded.values[dataset.name] = value
    if document is not None:
        loaded.documents[dataset.name] = document
    return errors


def read_all(root: Path, examples: str | None = None, today: dt.date | None = None) -> SiteData:
    """Validate every data file; raise DataErrors listing every problem.

    ``examples`` (for `make demo`): a folder, relative to ``root``, laid out
    like data/ (its own organisations.yml, measures/, capability/, …), whose
    records are read and checked like data/'s and added to them. ``today``:
    the build's date (by default PLAYBOOK_TODAY, or the day)."""
    root = Path(root).resolve()
    loaded = Loaded()
    with as_of(today or build_day()):
        errors = [error for dataset in DATASETS.values() for error in _read(root, dataset, loaded)]
        errors += unread_entries(root)
        if examples:
            errors += _add_examples(root, examples, loaded)
        errors += cross_file_errors(loaded, root)
    if errors:
        raise DataErrors(errors)
    values = {}
    for dataset in DATASETS.values():
        value = loaded.value(dataset.name)
        values[dataset.name] = tuple(sorted(value, key=dataset.order)) if dataset.per_record else value
    return SiteData(values, tuple(str(note) for note in publishing_notes(loaded)), loaded.documents)


def unread_entries(root: Path) -> list[DataError]:
    """Each file or folder directly in data/ that no dataset reads: a misspelt name
    (organisation.yml) would otherwise be left out without a word."""
    entries, _ = folder_entries(root / "data", root)  # links leading outside: reported by each dataset
    declared = {Path(dataset.path).name for dataset in DATASETS.values()}
    errors = []
    for entry in entries:
        if entry.name.startswith(".") or entry.name in declared:
            continue
        guess = difflib.get_close_matches(entry.name, sorted(declared), n=1)
        hint = f"did you mean data/{guess[0]}? " if guess else ""
        errors.append(DataError(relative(entry, root), 1, f"no part of the play book reads {relative(entry, root)}; "
                                                          f"{hint}the data files are listed in "
                                                          "docs-editors/FIELDS.md: rename it, or move it out of "
                                                          "data/"))
    return errors


def _add_examples(root: Path, folder: str, loaded: Loaded) -> list[DataError]:
    """Example records, read from ``folder`` beside data/'s own, and example
    organisations (``folder``/organisations.yml) added to data/'s list."""
    errors = [error for dataset in DATASETS.values()
              if dataset.per_record and (root / folder / dataset.path.removeprefix("data/")).is_dir()
              for error in _read(root, dataset, loaded, folder)]
    more = root / folder / "organisations.yml"
    if more.is_file():
        organisations, _, more_errors = load_file(more, DATASETS["organisations"].model, root)
        errors += more_errors
        if organisations is not None and loaded.values.get("organisations") is not None:
            current = loaded.values["organisations"]
            loaded.values["organisations"] = current.model_copy(update={
                "organisations": [*current.organisations, *organisations.organisations]})
    return errors


def _signature(root: Path) -> tuple:
    """Every file under data/ with its size and time, listed by the rules of
    reading (never following a link outside the repository); and each entry
    that may not be read, which read_all will report."""
    files, problems = folder_files(root / "data", root)
    found = []
    for file in files:
        with contextlib.suppress(OSError):  # gone since it was listed: read_all will say so
            status = file.stat()
            found.append((str(file), status.st_mtime_ns, status.st_size))
    return tuple(found) + tuple(problems)


@functools.lru_cache(maxsize=4)
def _cached(root: Path, signature: tuple, today: dt.date) -> SiteData:
    return read_all(root, today=today)


def load_site_data(root: Path, today: dt.date | None = None) -> SiteData:
    """``read_all``, done once however many callers ask while the files and the date are unchanged."""
    root = Path(root).resolve()
    return _cached(root, _signature(root), today or build_day())
