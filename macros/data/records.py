"""Reading data files: one file (``load_file``), and folders with one file
per record, data/stories/<slug>.yml, data/measures/<id>.yml (with,
optionally, its points in <id>.csv), data/projects/<id>.yml and data/capability/<id>.yml, whose
file name is the record's id (``read_records``, with each kind's reader)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass
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


def record_files(root: Path, folder: str, companions: tuple[str, ...] = ()) -> tuple[
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
        elif file.suffix in companions and not file.with_suffix(".yml").is_file():
            errors.append(DataError(rel, 1, f"there is no {file.stem}.yml beside this file; add it (its title "
                                            "and other fields), or remove this file"))
    return files, errors


@dataclass
class RecordFile:
    """One record's file as read: the record (None when it has a mistake), its
    parsed document (None when it is not even YAML), every problem in it, and
    the document of a file beside it where part of the record is (a measure's
    CSV of points), for later checks' lines."""

    record: Any | None
    document: YamlDocument | None
    errors: list[DataError]
    companion: YamlDocument | None = None


def read_records(root: Path, folder: str, model: type[BaseModel], read=None, companions: tuple[str, ...] = (),
                 ) -> tuple[dict[str, RecordFile], list[DataError]]:
    """Every record of a one-file-per-record folder, by id (the file name),
    each read by ``read(file, root, model)`` (``read_record`` by default); and
    the problems with the folder itself."""
    files, errors = record_files(root, folder, companions)
    records = {}
    for record_id, file in files:
        found = (read or read_record)(file, root, model)
        if found.record is not None:
            found.record = found.record.model_copy(update={_id_field(found.record): record_id})
        records[record_id] = found
    return records, errors


def _id_field(record: BaseModel) -> str:
    """The field the loader fills from the file name: a story's ``slug``, others' ``id``."""
    return "slug" if "slug" in type(record).model_fields else "id"


def read_record(file: Path, root: Path, model: type[BaseModel]) -> RecordFile:
    return RecordFile(*load_file(file, model, root))


def read_story(file: Path, root: Path, model: type[BaseModel]) -> RecordFile:
    """A story; a public one may not keep a new story's TODO placeholders."""
    found = read_record(file, root, model)
    if found.record is not None and found.record.is_public:
        found.errors += placeholder_errors(found.document)
    return found


def read_project(file: Path, root: Path, model: type[BaseModel]) -> RecordFile:
    """A project; a public one may not keep a new project's TODO placeholders."""
    found = read_record(file, root, model)
    if found.record is not None and found.record.is_public:
        found.errors += placeholder_errors(found.document, "project")
    return found


def read_measure(file: Path, root: Path, model: type[BaseModel]) -> RecordFile:
    """A measure, with its points from <id>.csv beside it where they are there."""
    found = read_record(file, root, model)
    table = file.with_suffix(".csv")
    if not table.is_file() or found.document is None:
        return found
    if found.record is not None and found.record.points:
        found.errors.append(found.document.error(("points",), f"the points are given here and in {table.name}; "
                                                              "keep one of them"))
        found.record = None
        return found
    points, points_document, csv_errors = read_points_csv(table, root, _chart(found.document))
    found.errors += csv_errors
    found.companion = points_document
    if points is None:  # the rows' own errors say what is wrong; checks of the points would only repeat them
        found.record = None
    elif found.record is not None:
        found.record = found.record.model_copy(update={"points": points})
    return found


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

