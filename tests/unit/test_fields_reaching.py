"""``fields_reaching`` (macros/data/models/base.py): which fields of a model a
walk over its records must visit to find fields with a mark (a reference, a
private field, a gap), on models the test owns."""

from __future__ import annotations

from pydantic import BaseModel, Field

from macros.data.models.base import fields_reaching


def marked(info) -> bool:
    return bool(info.json_schema_extra and info.json_schema_extra.get("marked"))


class Point(BaseModel):
    date: str
    value: float


class Note(BaseModel):
    text: str = Field(json_schema_extra={"marked": True})


class Part(BaseModel):
    notes: list[Note] = []
    points: list[Point] = []


class Record(BaseModel):
    title: str
    owner: str = Field(json_schema_extra={"marked": True})
    parts: list[Part] | None = None
    points: list[Point] = []


class Tree(BaseModel):
    label: str
    children: list[Tree] = []


def test_a_marked_field_and_one_leading_to_a_marked_field_deep_inside_are_visited():
    assert fields_reaching(Record, marked) == ("owner", "parts")
    assert fields_reaching(Part, marked) == ("notes",)


def test_fields_whose_records_hold_nothing_marked_are_not_visited():
    assert fields_reaching(Point, marked) == ()
    assert "points" not in fields_reaching(Record, marked)


def test_a_model_inside_itself_is_visited_the_cautious_answer():
    assert fields_reaching(Tree, marked) == ("children",)
