"""One rule for every number and date an editor writes (macros/data/models/base.py:
``Number``, ``Count``, ``Year``, ``Day``, ``PastDay``): every model of the registry,
and of every dataset added later, is walked, and a number or date field that
does not follow the rule fails here. The rules themselves are tried on values."""

from __future__ import annotations

import datetime as dt
import decimal
import typing
from typing import Annotated

import pytest
from pydantic import BaseModel, ValidationError

from macros.data.models import PageMeta, Point
from macros.data.models.base import Count, Day, Number, PastDay, Rule, Year
from macros.data.registry import DATASETS
from macros.data.validation import problems

SCALARS = (int, float, decimal.Decimal, dt.date, dt.datetime, dt.time)


def without_rule(annotation) -> list:
    """The number and date types in ``annotation`` that no ``Rule`` governs."""
    if typing.get_origin(annotation) is Annotated:
        if any(isinstance(extra, Rule) for extra in annotation.__metadata__):
            return []
        return without_rule(typing.get_args(annotation)[0])
    if annotation is bool or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return []
    if annotation in SCALARS:
        return [annotation]
    return [found for argument in typing.get_args(annotation) for found in without_rule(argument)]


def models_in(model: type[BaseModel], seen: set | None = None) -> list[type[BaseModel]]:
    """``model`` and every model its fields hold, however deep."""
    seen = set() if seen is None else seen
    if model in seen:
        return []
    seen.add(model)
    found = [model]
    for info in model.model_fields.values():
        for inner in _models(info.annotation):
            found += models_in(inner, seen)
    return found


def _models(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [found for argument in typing.get_args(annotation) for found in _models(argument)]


def unruled_fields(model: type[BaseModel]) -> list[str]:
    return [f"{each.__name__}.{name}: {found}" for each in models_in(model)
            for name, info in each.model_fields.items()
            for found in without_rule(Annotated[info.annotation, *info.metadata] if info.metadata
                                      else info.annotation)]


def test_every_number_and_date_of_every_dataset_follows_the_one_rule():
    offenders = [field for dataset in DATASETS.values() for field in unruled_fields(dataset.model)]
    offenders += unruled_fields(PageMeta)  # pages' front matter too
    assert offenders == [], "use Number, Count, Year, Day or PastDay (macros/data/models/base.py)"


def test_the_walk_finds_a_number_or_date_outside_the_rule():
    class Inner(BaseModel):
        when: dt.date | None = None

    class Outer(BaseModel):
        size: int
        ratios: list[float] = []
        ruled: Count = 0
        flag: bool = False
        inner: list[Inner] = []

    assert sorted(unruled_fields(Outer)) == ["Inner.when: <class 'datetime.date'>", "Outer.ratios: <class 'float'>",
                                             "Outer.size: <class 'int'>"]


def value_problems(annotation, value, today=dt.date(2026, 6, 1)) -> list[str]:
    class Holder(BaseModel):
        field: annotation

    try:
        Holder.model_validate({"field": value}, context={"today": today})
    except ValidationError as exc:
        return [message for _, message in problems(exc, Holder)]
    return []


@pytest.mark.parametrize("annotation, value, message", [
    (Number, "42", "`field` '42' is a number in quotes; remove the quotes"),
    (Number, True, "`field` must be a number, like 42, not true"),
    (Number, float("nan"), "`field` must be an ordinary number, like 2.1, not .nan: a chart cannot draw it; "
                           "leave the value (or the point) out if it is unknown"),
    (Number, float("-inf"), "`field` must be an ordinary number, like 2.1, not -.inf: a chart cannot draw it; "
                            "leave the value (or the point) out if it is unknown"),
    (Number, 1e308, "`field` must be at most 1,000,000,000,000 (the largest figure a chart can draw), not 1e+308"),
    (Number, -2_000_000_000_000, "`field` must be at least -1,000,000,000,000 (the largest figure a chart can "
                                 "draw), not -2000000000000"),
    (Number, 10 ** 400, "`field` is a number of about 401 digits, far beyond the largest figure a chart can draw "
                        "(1,000,000,000,000)"),
    (Number, 1e-9, "`field` is 1e-09, smaller than a chart can draw: other than 0, a figure must be at least "
                   "0.000001 in size; give it in a larger unit (per 1,000 or per 100,000)"),
    (Number, "٤٢", "`field` is written with `٤` (arabic-indic digit four); write numbers with the digits 0 to 9, "
                   "like 42"),
    (Count, 2.5, "`field` must be a whole number, like 42, not 2.5"),
    (Count, -1, "`field` must be at least 0, not -1"),
    (Count, "lots", "`field` must be a whole number, like 42, not 'lots'"),
    (Year, 1850, "`field` must be at least 1900 (the years the play book takes run from 1900 to 2099), not 1850"),
    (Day, dt.date(1, 1, 1), "`field` is 0001-01-01, outside the dates the play book takes (1900-01-01 to "
                            "2099-12-31); check the year"),
    (Day, dt.date(9999, 12, 31), "`field` is 9999-12-31, outside the dates the play book takes (1900-01-01 to "
                                 "2099-12-31); check the year"),
    (Day, "2024-02-30", "`field` 2024-02-30 is not a real date: February 2024 has 29 days; correct the day"),
    (Day, "1 March 2024", "`field` must be a date written YYYY-MM-DD, like 2024-03-01, not '1 March 2024'"),
    (Day, 20240301, "`field` must be a date written YYYY-MM-DD, like 2024-03-01, not 20240301"),
    (Day, dt.datetime(2024, 3, 1, 9, 30), "`field` must be a date without a time, like 2024-03-01, not "
                                          "2024-03-01T09:30:00"),
    (PastDay, dt.date(2026, 6, 2), "`field` is 2026-06-02, after today (2026-06-01); it records something that "
                                   "has happened, so it cannot be in the future: correct the date"),
])
def test_each_rule_refuses_in_an_editors_words(annotation, value, message):
    assert value_problems(annotation, value) == [message]


@pytest.mark.parametrize("annotation, value", [
    (Number, 0), (Number, -3.5), (Number, 1_000_000_000_000), (Number, 0.000001), (Count, 0), (Year, 2099),
    (Day, dt.date(2099, 12, 31)), (Day, dt.date(1900, 1, 1)), (PastDay, dt.date(2026, 6, 1)),
])
def test_each_rule_takes_the_values_at_its_edges(annotation, value):
    assert value_problems(annotation, value) == []


def test_a_date_in_the_past_is_judged_by_the_build_date_it_is_given():
    point = {"date": dt.date(2026, 6, 2), "value": 1}
    assert Point.model_validate(point, context={"today": dt.date(2026, 6, 2)}).date == dt.date(2026, 6, 2)
    with pytest.raises(ValidationError):
        Point.model_validate(point, context={"today": dt.date(2026, 6, 1)})
