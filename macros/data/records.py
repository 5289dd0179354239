"""Folders with one file per record: data/stories/<slug>.yml and
data/measures/<id>.yml (with, optionally, its points in <id>.csv).
The file name is the record's id."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import models
from .checks.placeholders import placeholder_errors
from .errors import DataError, DataErrors
from .models.base import is_slug
from .validation import validate
from .yaml_reader import YamlDocument, read_text, read_yaml

CSV_HEADERS = {"xmr": ["date", "value"], "p": ["date", "numerator", "denominator"],
               "u": ["date", "numerator", "denominator"]}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def load_file(file: Path, model: type[BaseModel], root: Path) -> tuple[Any, YamlDocument | None, list[DataError]]:
    """One YAML file validated against ``model``: (value or None, its document, problems)."""
    rel = file.relative_to(root).as_posix()
    if not file.is_file():
        return None, None, [DataError(rel, 1, f"the file is missing; restore {rel} from git")]
    try:
        document = read_yaml(file, root)
    except DataErrors as exc:
        return None, None, exc.errors
    value, errors = validate(document, model)
    return value, document, errors


def record_files(root: Path, folder: str, extra_suffixes: tuple[str, ...] = ()) -> tuple[
        list[tuple[str, Path]], list[DataError]]:
    """The (id, file) of every ``<id>.yml`` in a one-file-per-record folder;
    the file name is the record's id, so it must be a slug."""
    files, errors = [], []
    for file in sorted((root / folder).glob("*")):
        rel = file.relative_to(root).as_posix()
        if file.suffix == ".yaml":
            errors.append(DataError(rel, 1, "data files end in .yml; rename the file"))
        elif file.suffix == ".yml" and not is_slug(file.stem):
            errors.append(DataError(rel, 1, f"the file name `{file.stem}` must be lower-case words joined "
                                            "by hyphens, like we-wait-well.yml; rename the file"))
        elif file.suffix == ".yml":
            files.append((file.stem, file))
        elif file.suffix in extra_suffixes and not file.with_suffix(".yml").is_file():
            errors.append(DataError(rel, 1, f"there is no {file.stem}.yml beside this file; add it (its title "
                                            "and other fields), or remove this file"))
    return files, errors


def load_stories(root: Path) -> tuple[list[models.Story], dict[str, YamlDocument], list[DataError], frozenset[str]]:
    """Read data/stories/*.yml; the file name (without .yml) is the slug.
    Also the slug of every file, read or not: a story with a mistake in it
    is still there, and naming it is no mistake of its own."""
    stories, documents = [], {}
    files, errors = record_files(root, "data/stories")
    for slug, file in files:
        story, document, file_errors = load_file(file, models.Story, root)
        errors += file_errors
        if story is None:
            continue
        if story.is_public:  # a new story's TODO placeholders must never be published
            errors += placeholder_errors(document)
        stories.append(story.model_copy(update={"slug": slug}))
        documents[slug] = document
    return stories, documents, errors, frozenset(slug for slug, _ in files)


@dataclass(frozen=True)
class MeasureSource:
    """Where a measure's fields and its points were read, for error lines."""

    document: YamlDocument  # the measure's .yml
    points: YamlDocument  # the same document, or the .csv's rows as ``points``


def load_measures(root: Path, folder: str = "data/measures") -> tuple[
        list[models.Measure], dict[str, MeasureSource], list[DataError]]:
    """Read <folder>/*.yml, and <id>.csv beside one where the points are there."""
    measures, sources = [], {}
    files, errors = record_files(root, folder, extra_suffixes=(".csv",))
    for measure_id, file in files:
        measure, document, file_errors = load_file(file, models.Measure, root)
        errors += file_errors
        table = file.with_suffix(".csv")
        points_document = document
        if table.is_file() and document is not None:
            if measure is not None and measure.points:
                errors.append(document.error(("points",), f"the points are given here and in {table.name}; "
                                                          "keep one of them"))
                continue
            points, points_document, csv_errors = read_points_csv(table, root, _chart(document))
            errors += csv_errors
            if points is None:
                continue  # the rows' own errors say what is wrong; checks of the points would only repeat them
            if measure is not None:
                measure = measure.model_copy(update={"points": points})
        if measure is None or points_document is None:
            continue
        measures.append(measure.model_copy(update={"id": measure_id}))
        sources[measure_id] = MeasureSource(document, points_document)
    return measures, sources, errors


def _chart(document: YamlDocument | None) -> str:
    """The chart the measure's .yml asks for, read even when the file has other mistakes."""
    data = document.data if document is not None else None
    chart = data.get("chart", "xmr") if isinstance(data, dict) else "xmr"
    return chart if chart in CSV_HEADERS else "xmr"


def _header_problem(header: list[str], shown: str, chart: str, table: str) -> str:
    wanted = ",".join(CSV_HEADERS[chart])
    if chart == "xmr" and header == CSV_HEADERS["p"]:
        return (f"the first line must be the header `date,value`, not `{shown}`: for counts out of a total, "
                f"set `chart: p` or `chart: u` in {table}.yml, or correct the header")
    if chart != "xmr" and header == CSV_HEADERS["xmr"]:
        return (f"the first line must be the header `{wanted}` ({table}.yml has `chart: {chart}`), not "
                f"`{shown}`: give each row its count and what it is out of, or remove `chart: {chart}`")
    return f"the first line must be the header `{wanted}`, not `{shown}`; add or correct it"


def read_points_csv(file: Path, root: Path, chart: str = "xmr") -> tuple[
        list[models.Point] | None, YamlDocument | None, list[DataError]]:
    """A spreadsheet's points: a header ``date,value`` (``date,numerator,denominator``
    on a p or u chart), then one row per point. Returns the points (None if any
    row is wrong) and a document whose ``points`` lines are the rows' lines, for
    later checks' error lines."""
    rel = file.relative_to(root).as_posix()
    try:
        text = read_text(file, rel)
    except DataErrors as exc:
        return None, None, exc.errors
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))  # spreadsheets may start with a BOM
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    if header != CSV_HEADERS[chart]:
        return None, None, [DataError(rel, 1, _header_problem(header, ",".join(rows[0]) if rows else "",
                                                              chart, file.stem))]
    document = YamlDocument(rel, {"points": []}, {("points",): 1})
    points, errors = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank line, as spreadsheets leave at the end
        index = len(points) + len(errors)
        for location in [("points", index)] + [("points", index, name) for name in CSV_HEADERS[chart]]:
            document.lines[location] = number
        point, problem = _point(row, CSV_HEADERS[chart])
        if problem:
            errors.append(DataError(rel, number, problem))
        else:
            points.append(point)
    return (None if errors else points), document, errors


def _point(row: list[str], header: list[str]) -> tuple[models.Point | None, str | None]:
    cells = [cell.strip() for cell in row]
    if len(cells) != len(header):
        example = "`2024-03-01,42`" if len(header) == 2 else "`2024-03-01,7,120`"
        return None, (f"a row needs exactly {len(header)} cells ({', '.join(header)}), like {example}; "
                      f"this one has {len(cells)}")
    date_text, *number_texts = cells
    try:
        if not ISO_DATE.fullmatch(date_text):
            raise ValueError(date_text)  # fromisoformat alone would also take 20240301 and 2024-W10-1
        date = dt.date.fromisoformat(date_text)
    except ValueError:
        return None, f"`date` must be a date written YYYY-MM-DD, like 2024-03-01, not {date_text!r}"
    numbers = {}
    for name, text in zip(header[1:], number_texts, strict=True):
        if not text:
            return None, f"`{name}` is missing on this row; give the number, or remove the row"
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            # A comma is refused, not guessed: "3,5" may mean 3.5 or 35 depending on who typed it.
            return None, (f"`{name}` must be a number written with a full stop and no separators, "
                          f"like 42 or 3.5, not {text!r}")
        if name == "numerator" and number < 0:
            return None, f"`numerator` must be 0 or more, not {text}: it counts something"
        if name == "denominator" and number <= 0:
            return None, f"`denominator` must be more than 0, not {text}: it is what the count is out of"
        numbers[name] = number
    return models.Point(date=date, **numbers), None


@dataclass(frozen=True)
class Records:
    """The one-file-per-record datasets as loaded, with where each was read."""

    stories: list[models.Story]
    story_documents: dict[str, YamlDocument]
    measures: list[models.Measure]
    measure_sources: dict[str, MeasureSource]
    capability: list[models.CapabilityFigures] = field(default_factory=list)
    capability_documents: dict[str, YamlDocument] = field(default_factory=dict)
    story_files: frozenset[str] = frozenset()  # the slug of every story file, including any that did not load

    def story_slugs(self) -> set[str]:
        """The stories that exist: a reference to one is right, even while the story has a mistake."""
        return {story.slug for story in self.stories} | self.story_files
