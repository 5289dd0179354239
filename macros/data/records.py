"""Reading data files: one file (``load_file``), and folders with one file
per record, data/stories/<slug>.yml, data/measures/<id>.yml (with,
optionally, its points in <id>.csv), data/projects/<id>.yml and data/capability/<id>.yml, whose
file name is the record's id (``read_records``, with each kind's reader).
Every file is read by macros/data/files.py's rules: from inside the
repository only, within its size limit."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import models
from .checks.placeholders import placeholder_errors
from .errors import DataError, DataErrors
from .files import folder_entries, read_text, relative
from .models.base import MAX_ID_LENGTH, is_slug, rule_of
from .validation import problems, validate_partly, validation_context
from .wording import ISO_DATE, date_problem, excerpt, number_problem, plain_number, shown, unseen_character
from .yaml_reader import YamlDocument, read_yaml

CSV_HEADERS = {"xmr": ["date", "value"], "p": ["date", "numerator", "denominator"],
               "u": ["date", "numerator", "denominator"]}
MAX_CSV_LINE = 200  # characters in one row of points: a date and a number need fewer than 50


def load_file(file: Path, model: type[BaseModel], root: Path) -> tuple[Any, YamlDocument | None, list[DataError]]:
    """One YAML file validated against ``model``: (value, its document, problems).
    With problems, the value is as much of the file as is right, for the checks
    across fields and files (macros/data/validation.py: ``validate_partly``), or None."""
    try:
        document = read_yaml(file, root, partly=True)
    except DataErrors as exc:
        return None, None, exc.errors
    value, errors = validate_partly(document, model)
    return value, document, errors


def record_files(root: Path, folder: str, companions: tuple[str, ...] = ()) -> tuple[
        list[tuple[str, Path]], list[DataError]]:
    """The (id, file) of every ``<id>.yml`` in a one-file-per-record folder;
    the file name is the record's id, so it must be a slug."""
    found, errors = folder_entries(root / folder, root)
    files = []
    for file in found:
        rel = relative(file, root)
        if file.is_dir() and file.suffix in (".yml", ".yaml", *companions):
            errors.append(DataError(rel, 1, f"{rel} is a folder, not a file; rename or remove the folder"))
        elif file.name.startswith("."):
            continue  # .gitkeep and the like: not data
        elif file.is_dir():
            errors.append(DataError(rel, 1, f"{rel} is a folder; {folder}/ holds one file per record and no "
                                            "folders: move its files up into it, or move the folder out of data/"))
        elif file.suffix == ".yaml":
            errors.append(DataError(rel, 1, "data files end in .yml; rename the file"))
        elif file.suffix == ".yml" and len(file.stem) > MAX_ID_LENGTH:
            errors.append(DataError(rel, 1, f"the file name `{excerpt(file.stem)}` is {len(file.stem):,} characters "
                                            f"long; its id may be at most {MAX_ID_LENGTH} characters (it becomes a "
                                            "web address): rename the file"))
        elif file.suffix == ".yml" and not is_slug(file.stem):
            errors.append(DataError(rel, 1, f"the file name `{excerpt(file.stem)}` must be lower-case words joined "
                                            f"by hyphens, like we-wait-well.yml{unseen_character(file.stem)}; "
                                            "rename the file"))
        elif file.suffix == ".yml":
            files.append((file.stem, file))
        elif file.suffix in companions:
            if not file.with_suffix(".yml").is_file():
                errors.append(DataError(rel, 1, f"there is no {excerpt(file.stem)}.yml beside this file; add it (its "
                                                "title and other fields), or remove this file"))
        elif file.suffix.lower() in (".yml", *companions):
            errors.append(DataError(rel, 1, f"a file name ends in lower case, or it is left unread: rename it to "
                                            f"{excerpt(file.stem)}{file.suffix.lower()}"))
        else:
            also = f" (and {', '.join(f'<id>{suffix}' for suffix in companions)} beside one)" if companions else ""
            errors.append(DataError(rel, 1, f"{folder}/ holds only <id>.yml files{also}; this file would be left "
                                            "unread: move it out of data/, or rename it"))
    return files, errors


@dataclass
class RecordFile:
    """One record's file as read: the record (with mistakes, as much of it as is
    right, or None: see ``load_file``), its
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
    points, points_document, csv_errors = read_points_csv(table, root, written_chart(found.document))
    found.errors += csv_errors
    found.companion = points_document
    if points is None:  # the rows' own errors say what is wrong; checks of the points would only repeat them
        found.record = None
    elif found.record is not None:
        found.record = found.record.model_copy(update={"points": points})
    return found


def written_chart(document: YamlDocument | None) -> str | None:
    """The chart the measure's .yml asks for, read even when the file has other mistakes;
    None when it names no chart there is (its `chart` line says so)."""
    data = document.data if document is not None else None
    chart = data.get("chart", "xmr") if isinstance(data, dict) else "xmr"
    return chart if chart in CSV_HEADERS else None


def _header_problem(header: list[str], written: str, chart: str, table: str) -> str:
    """A header of a point's fields, but not those of the measure's chart. ``written``: the line, shown."""
    wanted = ",".join(CSV_HEADERS[chart])
    if chart == "xmr" and header == CSV_HEADERS["p"]:
        return (f"the first line must be the header `date,value`, not {written}: for counts out of a total, "
                f"set `chart: p` or `chart: u` in {table}.yml, or correct the header")
    if chart != "xmr" and header == CSV_HEADERS["xmr"]:
        return (f"the first line must be the header `{wanted}` ({table}.yml has `chart: {chart}`), not "
                f"{written}: give each row its count and what it is out of, or remove `chart: {chart}`")
    return f"the first line must be the header `{wanted}`, not {written}; add or correct it"


def read_points_csv(file: Path, root: Path, chart: str | None = "xmr") -> tuple[
        list[models.Point] | None, YamlDocument | None, list[DataError]]:
    """A spreadsheet's points: a header naming the points' fields (``date,value``;
    ``date,numerator,denominator`` on a p or u chart), then one row per point,
    each cell read by its field's rule (base.py: a ``Number``, a ``PastDay``).
    Returns the points (None if any row is wrong) and a document whose
    ``points`` lines are the rows' lines, for later checks. ``chart`` None:
    the measure names no chart there is, and either header is taken."""
    rel = relative(file, root)
    try:
        text = read_text(file, root)
    except DataErrors as exc:
        return None, None, exc.errors
    lines = text.split("\n")
    header, problem = _header(lines[0] if lines else "")
    if not problem and chart is not None and header != CSV_HEADERS[chart]:
        problem = _header_problem(header, shown(lines[0]), chart, file.stem)
    if problem:
        return None, None, [DataError(rel, 1, problem)]
    document = YamlDocument(rel, {"points": []}, {("points",): 1})
    points, errors = [], []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip(" ,;\t"):
            continue  # a blank line, as spreadsheets leave at the end
        index = len(points) + len(errors)
        document.lines[("points", index)] = number
        for name in header:
            document.lines[("points", index, name)] = number
        point, problems_here = _point(line, header)
        errors += [DataError(rel, number, problem) for problem in problems_here]
        if point is not None:
            points.append(point)
    return (None if errors else points), document, errors


def _header(line: str) -> tuple[list[str], str | None]:
    """The columns the header names: fields of a point, each once, `date` among them."""
    fields = models.Point.model_fields
    cells = [cell.strip().lower() for cell in line.split(",")] if len(line) <= MAX_CSV_LINE else []
    if "date" in cells and len(set(cells)) == len(cells) and all(cell in fields for cell in cells):
        return cells, None
    return [], (f"the first line must be the header `{','.join(CSV_HEADERS['xmr'])}` (on a p or u chart "
                f"`{','.join(CSV_HEADERS['p'])}`), naming the columns, not {shown(line)}; add or correct it")


def _point(line: str, header: list[str]) -> tuple[models.Point | None, list[str]]:
    """One row's point, or the problems with it (each cell's, in the header's order)."""
    example = "2024-03-01,42" if len(header) == 2 else "2024-03-01,12,140"
    if len(line) > MAX_CSV_LINE:
        return None, [f"this row is {len(line):,} characters long; a row holds a date and "
                      f"{'a number' if len(header) == 2 else 'two numbers'}, like `{example}` (at most "
                      f"{MAX_CSV_LINE} characters)"]
    try:
        cells = [cell.strip() for cell in next(csv.reader([line], strict=True))]
    except csv.Error:
        return None, ['this row has a quote (") that is not closed, or text after a closing quote; '
                      f"write the row without quotes, like `{example}`"]
    if len(cells) != len(header):
        return None, [f"a row needs exactly {len(header)} cells ({', '.join(header)}), like `{example}`; "
                      f"this one has {len(cells)}"]
    row, mistakes = {}, []
    for name, cell in zip(header, cells, strict=True):
        value, mistake = _cell(name, cell)
        if mistake:
            mistakes.append(mistake)
        else:
            row[name] = value
    if mistakes:
        return None, mistakes
    try:
        return models.Point.model_validate(row, context=validation_context()), []
    except ValidationError as exc:
        return None, [message for _, message in problems(exc, models.Point)]


def _cell(name: str, cell: str) -> tuple[Any, str | None]:
    """A cell read by its field's rule: a number, or a date; as text otherwise."""
    rule = rule_of(models.Point.model_fields[name])
    kind = rule.kind if rule else "text"
    if not cell:
        return None, f"`{name}` is missing on this row; give it, or remove the row"
    if kind in ("number", "count"):
        number = plain_number(cell)
        return (number, None) if number is not None else (None, number_problem(name, cell, kind == "count"))
    if kind in ("day", "past-day"):
        if not ISO_DATE.fullmatch(cell):
            return None, date_problem(name, cell, "like 2024-03-01")
        try:
            return dt.date.fromisoformat(cell), None
        except ValueError:
            return None, date_problem(name, cell)
    return cell, None
