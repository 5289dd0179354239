"""A measure's points as an editor can get them wrong, each mistake exactly one
`path:line: message` line (naming the field, or the CSV file and its row), the
same from `make check` and from each site's build (in this process, on a copy of
the tests' own play book, as tests/unit/test_bad_input_lines.py does).

The build's own end-to-end case (nothing published, no traceback) is at the end:
an empty value once reached the charts and stopped the build with a traceback."""

from __future__ import annotations

import pytest


YML = "data/measures/waits.yml"
CSV = "data/measures/waits.csv"
XMR = "title: Waits\nimprovement: decrease\nvisibility: public\n"
P = "title: Readmissions\nimprovement: decrease\nvisibility: public\nchart: p\n"


def values(*lines: str) -> str:
    """An XmR measure's points: a good first and last point around the given lines (point 2)."""
    return (XMR + "points:\n  - date: 2024-01-01\n    value: 10\n  - date: 2024-02-01\n" + "".join(lines)
            + "  - date: 2024-03-01\n    value: 11\n")


def counts(*lines: str) -> str:
    """A p measure's points, likewise."""
    return (P + "points:\n  - date: 2024-01-01\n    numerator: 12\n    denominator: 140\n  - date: 2024-02-01\n"
            + "".join(lines) + "  - date: 2024-03-01\n    numerator: 9\n    denominator: 151\n")


def lines_of(project) -> dict[str, list[str]]:
    """`make check`'s lines, and each site's build's."""
    return {"check": project.problems(), **project.data_problems()}


# name: (the .yml, the .csv or None, the one line: its start, and words it must hold)
MISTAKES = {
    # 1. An empty value, or an empty count: the model takes `value:` for no value at all.
    "an empty value": (values("    value:\n"), None, f"{YML}:8: `points[2].value` is empty",
                       ("write the value", "a number", "remove the point")),
    "a value of null": (values("    value: null\n"), None, f"{YML}:8: `points[2].value` is empty",
                        ("write the value",)),
    "an empty numerator": (counts("    numerator:\n    denominator: 150\n"), None,
                           f"{YML}:10: `points[2].numerator` is empty", ("write the count", "whole number")),
    "a numerator of null": (counts("    numerator: null\n    denominator: 150\n"), None,
                            f"{YML}:10: `points[2].numerator` is empty", ("write the count",)),
    "an empty denominator": (counts("    numerator: 10\n    denominator:\n"), None,
                             f"{YML}:11: `points[2].denominator` is empty", ("what the count is out of",)),
    "a denominator of null on a u chart": (counts("    numerator: 10\n    denominator: null\n").replace(
                                               "chart: p", "chart: u"), None,
                                           f"{YML}:11: `points[2].denominator` is empty",
                                           ("what the count is out of",)),
    "a point with neither count": (counts(), None,
                                   f"{YML}:9: `points[2]` has no `numerator` or `denominator` (neither is given)",
                                   ("each have both", "remove the point")),
    "a point with both counts empty": (counts("    numerator:\n    denominator:\n"), None,
                                       f"{YML}:10: `points[2]` has no `numerator` or `denominator` (both are empty)",
                                       ("add them",)),
    "an empty list of points": (XMR + "points:\n", None, f"{YML}:4: `points` is empty", ()),
    # 2. A point written for the other kind of chart: one line saying what this chart needs.
    "a value on a p chart": (counts("    value: 0.07\n"), None,
                             f"{YML}:10: `points[2].value` is not used on a p chart",
                             ("`numerator` and a `denominator`", "give those instead", "remove `chart: p`")),
    "a value beside the counts on a p chart": (counts("    value: 0.07\n    numerator: 10\n    denominator: 150\n"),
                                               None, f"{YML}:10: `points[2].value` is not used on a p chart",
                                               ("numerator / denominator", "remove `value`")),
    "counts on an xmr chart": (values("    numerator: 3\n    denominator: 40\n"), None,
                               f"{YML}:8: `points[2]` has `numerator` and `denominator`, which an XmR chart",
                               ("`value`", "`chart: p`", "`chart: u`")),
    "a numerator beside the value on an xmr chart": (values("    value: 12\n    numerator: 3\n"), None,
                                                     f"{YML}:9: `points[2]` has `numerator`, which an XmR chart",
                                                     ("give the `value` instead",)),
    # 4. Every kind of mistake in a CSV of points is on the CSV's own line.
    "a CSV number that is not one": (XMR, "date,value\n2024-01-01,10\n2024-02-01,ten\n",
                                     f"{CSV}:3: `value` must be a number", ("'ten'",)),
    "a CSV date that is not one": (XMR, "date,value\n2024-01-01,10\n1 Feb 2024,12\n",
                                   f"{CSV}:3: `date` must be a date written YYYY-MM-DD", ("'1 Feb 2024'",)),
    "a CSV month 13": (XMR, "date,value\n2024-01-01,10\n2024-13-01,12\n",
                       f"{CSV}:3: `date` 2024-13-01 is not a real date", ("month 13",)),
    "a CSV header missing a column": (XMR, "date\n2024-01-01\n",
                                      f"{CSV}:1: the first line must be the header `date,value`", ("'date'",)),
    "a CSV header with an extra column": (XMR, "date,value,notes\n2024-01-01,10,x\n",
                                          f"{CSV}:1: the first line must be the header `date,value`",
                                          ("'date,value,notes'",)),
    "a CSV row missing a cell": (XMR, "date,value\n2024-01-01,10\n2024-02-01\n",
                                 f"{CSV}:3: a row needs exactly 2 cells (date, value)", ("this one has 1",)),
    "a CSV row with an extra cell": (XMR, "date,value\n2024-01-01,10\n2024-02-01,12,13\n",
                                     f"{CSV}:3: a row needs exactly 2 cells (date, value)", ("this one has 3",)),
    "an empty CSV value": (XMR, "date,value\n2024-01-01,10\n2024-02-01,\n",
                           f"{CSV}:3: `value` is missing on this row", ("give it, or remove the row",)),
    "an empty CSV date": (XMR, "date,value\n2024-01-01,10\n,12\n",
                          f"{CSV}:3: `date` is missing on this row", ("give it, or remove the row",)),
    "an empty CSV denominator": (P, "date,numerator,denominator\n2024-01-01,1,20\n2024-02-01,2, \n",
                                 f"{CSV}:3: `denominator` is missing on this row", ("give it",)),
    "a CSV denominator of 0": (P, "date,numerator,denominator\n2024-01-01,1,20\n2024-02-01,0,0\n",
                               f"{CSV}:3: `denominator` must be more than 0, not 0", "exact"),
    "a CSV number too long": (XMR, "date,value\n2024-01-01,10\n2024-02-01," + "1" * 60 + "\n",
                              f"{CSV}:3: `value` has 60 digits; a figure needs at most", ()),
    "a CSV date too long": (XMR, "date,value\n2024-01-01,10\n" + "2024-02-01" * 8 + ",12\n",
                            f"{CSV}:3: `date` must be a date written YYYY-MM-DD", ()),
    "a CSV row too long": (XMR, "date,value\n2024-01-01,10\n2024-02-01," + "1" * 300 + "\n",
                           f"{CSV}:3: this row is 311 characters long", ("at most 200 characters",)),
    "a negative CSV numerator": (P, "date,numerator,denominator\n2024-01-01,1,20\n2024-02-01,-1,20\n",
                                 f"{CSV}:3: `numerator` must be at least 0, not -1", "exact"),
    "a CSV numerator above its denominator": (P, "date,numerator,denominator\n2024-01-01,1,20\n2024-02-01,30,20\n",
                                              f"{CSV}:3: `numerator` 30 is more than its denominator 20",
                                              ()),
    "CSV dates out of order": (XMR, "date,value\n2024-02-01,10\n2024-01-01,12\n",
                               f"{CSV}:3: `date` 2024-01-01 is earlier than the row before it", ()),
}


@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_is_one_line_from_check_and_from_both_builds(fixture_site, name):
    yml, csv, start, words = MISTAKES[name]
    fixture_site.write(YML, yml)
    if csv is not None:
        fixture_site.write(CSV, csv)
    found = lines_of(fixture_site)
    [line] = found["check"]
    assert line == start if words == "exact" else line.startswith(start) and all(word in line for word in words), line
    assert found["staff"] == found["public"] == [line]


def test_an_empty_value_stops_the_build_with_its_line_and_publishes_nothing(fixture_site):
    fixture_site.write(YML, values("    value:\n"))
    result = fixture_site.build()
    assert not result.ok
    assert f"{YML}:8: `points[2].value` is empty" in result.output
    assert "Traceback" not in result.output
    assert not (fixture_site.path / "site" / "playbook" / "measures.json").exists()
