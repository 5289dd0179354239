"""Measures as editors write them (data/measures/<id>.yml, points in the
file or in <id>.csv): every mistake is one `path:line: message` line."""

from __future__ import annotations

import datetime as dt

import pytest

from macros.data import read_all

GOOD = """title: Fixture waits
improvement: decrease
unit: days
points:
  - date: 2024-01-01
    value: 10
  - date: 2024-02-01
    value: 12.5
  - date: 2024-03-01
    value: 11
"""


def write_measure(project, text: str, csv: str | None = None, name: str = "fixture-waits") -> None:
    project.write(f"data/measures/{name}.yml", text)
    if csv is not None:
        project.write(f"data/measures/{name}.csv", csv)


def test_a_measure_loads_with_its_id_from_the_file_name(fixture_site):
    write_measure(fixture_site, GOOD)
    [measure] = read_all(fixture_site.path).measures
    assert measure.id == "fixture-waits" and measure.visibility == "internal"
    assert [(p.date, p.value) for p in measure.points] == [
        (dt.date(2024, 1, 1), 10), (dt.date(2024, 2, 1), 12.5), (dt.date(2024, 3, 1), 11)]


def test_points_may_come_from_a_csv_beside_the_file(fixture_site):
    write_measure(fixture_site, "title: Fixture waits\nimprovement: increase\n",
                  "\ufeff Date , Value \n2024-01-01, 3\n2024-02-01,1204.5\n\n")
    [measure] = read_all(fixture_site.path).measures
    assert [(p.date, p.value) for p in measure.points] == [(dt.date(2024, 1, 1), 3.0), (dt.date(2024, 2, 1), 1204.5)]


def test_only_public_measures_reach_the_public_site(fixture_site):
    write_measure(fixture_site, GOOD, name="internal-one")
    write_measure(fixture_site, GOOD + "visibility: public\n", name="public-one")
    data = read_all(fixture_site.path)
    assert [m.id for m in data.measures] == ["internal-one", "public-one"]
    assert [m.id for m in data.public_only().measures] == ["public-one"]


def test_a_public_measure_names_only_public_stories_on_the_public_site(fixture_site):
    write_measure(fixture_site, GOOD + "visibility: public\n"
                  "stories: [fixture-public-story, fixture-internal-story]\n")
    data = read_all(fixture_site.path)
    assert data.measures[0].stories == ["fixture-public-story", "fixture-internal-story"]
    assert data.public_only().measures[0].stories == ["fixture-public-story"]


YML = "data/measures/fixture-waits.yml"
CSV = "data/measures/fixture-waits.csv"

MISTAKES = {
    # name: (yml, csv or None, expected line)
    "a missing value": (GOOD.replace("    value: 12.5\n", ""), None,
                        f"{YML}:7: `points[2].value` is missing"),
    "text in a number": (GOOD.replace("value: 12.5", "value: twelve"), None,
                         f"{YML}:8: `points[2].value` must be a number"),
    "a quoted number": (GOOD.replace("value: 12.5", 'value: "12.5"'), None,
                        f"{YML}:8: `points[2].value` '12.5' is a number in quotes; remove the quotes"),
    "not a number": (GOOD.replace("value: 12.5", "value: .nan"), None,
                     f"{YML}:8: `points[2].value` must be an ordinary number, like 2.1, not .nan"),
    "a date out of order": (GOOD.replace("2024-03-01", "2023-12-01"), None,
                            f"{YML}:9: `points[3].date` 2023-12-01 is earlier than the point before it"),
    "a repeated date": (GOOD.replace("2024-03-01", "2024-02-01"), None,
                        f"{YML}:9: `points[3].date` 2024-02-01 is the same date as the point before it"),
    "no points at all": ("title: T\nimprovement: increase\n", None,
                         f"{YML}:1: `points` has no points; a chart needs at least one: add the values over time, "
                         f"under `points:` or in {CSV} (`date,value`)"),
    "an unknown story": (GOOD + "stories: [no-such-story]\n", None,
                         f"{YML}:11: `stories` names 'no-such-story', but there is no data/stories/no-such-story.yml"),
    "an unknown workstream": (GOOD + "workstream: no-such-workstream\n", None,
                              f"{YML}:11: `workstream` names 'no-such-workstream', which is not a workstream id"),
    "a wrong direction": (GOOD.replace("decrease", "down"), None,
                          f"{YML}:2: `improvement` must be one of 'increase', 'decrease' or 'neutral'"),
    "an unknown field": (GOOD + "colour: red\n", None, f"{YML}:11: unknown field `colour`"),
    "a rebase before the data": (GOOD + "rebase: [2023-01-01]\n", None,
                                 f"{YML}:11: `rebase` date 2023-01-01 is on or before the first point"),
    "a baseline of one": (GOOD + "baseline: 1\n", None, f"{YML}:11: `baseline` must be at least 2"),
    "csv text in a number": ("title: T\nimprovement: increase\n", "date,value\n2024-01-01,1\n2024-02-01,lots\n",
                             f"{CSV}:3: `value` must be a number, like 42 or 3.5, not 'lots'"),
    "csv decimal comma": ("title: T\nimprovement: increase\n", 'date,value\n2024-01-01,1\n2024-02-01,"3,5"\n',
                          f"{CSV}:3: `value` '3,5' has a separator (`_`, `,`, `'` or a space) between its digits"),
    "csv bad date": ("title: T\nimprovement: increase\n", "date,value\n01/02/2024,1\n2024-02-01,2\n",
                     f"{CSV}:2: `date` must be a date written YYYY-MM-DD, like 2024-03-01, not '01/02/2024'"),
    "csv compact date": ("title: T\nimprovement: increase\n", "date,value\n20240101,1\n2024-02-01,2\n",
                         f"{CSV}:2: `date` must be a date written YYYY-MM-DD"),
    "csv missing value": ("title: T\nimprovement: increase\n", "date,value\n2024-01-01,1\n2024-02-01,\n",
                          f"{CSV}:3: `value` is missing on this row"),
    "csv dates out of order": ("title: T\nimprovement: increase\n",
                               "date,value\n2024-01-01,1\n2024-03-01,2\n2024-02-01,3\n",
                               f"{CSV}:4: `date` 2024-02-01 is earlier than the row before it"),
    "csv without its header": ("title: T\nimprovement: increase\n", "2024-01-01,1\n2024-02-01,2\n",
                               f"{CSV}:1: the first line must be the header `date,value`"),
    "points in both places": (GOOD, "date,value\n2024-01-01,1\n2024-02-01,2\n",
                              f"{YML}:4: the points are given here and in fixture-waits.csv; keep one of them"),
}


@pytest.mark.parametrize("case", MISTAKES)
def test_each_mistake_gives_its_line(fixture_site, case):
    yml, csv, expected = MISTAKES[case]
    write_measure(fixture_site, yml, csv)
    problems = fixture_site.problems()
    assert any(line.startswith(expected) for line in problems), problems


def test_a_wrong_row_is_reported_once_not_again_as_missing_points(fixture_site):
    write_measure(fixture_site, "title: T\nimprovement: increase\n", "date,value\n2024-01-01,1\n2024-02-01,lots\n")
    assert fixture_site.problems() == [
        f"{CSV}:3: `value` must be a number, like 42 or 3.5, not 'lots'"]


def test_a_csv_without_its_measure_file_is_refused(fixture_site):
    fixture_site.write("data/measures/orphan.csv", "date,value\n2024-01-01,1\n")
    assert fixture_site.problems() == [
        "data/measures/orphan.csv:1: there is no orphan.yml beside this file; add it (its title and other "
        "fields), or remove this file"]


# p and u charts, annotations and data/spc.yml


P_GOOD = """title: Fixture readmissions
improvement: decrease
chart: p
points:
  - date: 2024-01-01
    numerator: 12
    denominator: 140
  - date: 2024-02-01
    numerator: 9
    denominator: 151
annotations:
  - date: 2024-02-01
    text: Discharge calls began
"""


def test_a_p_measure_loads_with_counts_and_annotations(fixture_site):
    write_measure(fixture_site, P_GOOD)
    [measure] = read_all(fixture_site.path).measures
    assert measure.chart == "p"
    assert [(p.numerator, p.denominator, p.value) for p in measure.points] == [(12, 140, None), (9, 151, None)]
    assert [(a.date, a.text) for a in measure.annotations] == [(dt.date(2024, 2, 1), "Discharge calls began")]


def test_counts_may_come_from_a_csv(fixture_site):
    write_measure(fixture_site, "title: Falls\nimprovement: decrease\nchart: u\n",
                  "date,numerator,denominator\n2024-01-01,4,1.2\n2024-02-01,7,1.5\n")
    [measure] = read_all(fixture_site.path).measures
    assert [(p.numerator, p.denominator) for p in measure.points] == [(4, 1.2), (7, 1.5)]


def test_without_data_spc_yml_the_lengths_are_7_and_with_it_the_sites(fixture_site):
    assert (read_all(fixture_site.path).spc.run_length, read_all(fixture_site.path).spc.trend_length) == (7, 7)
    fixture_site.write("data/spc.yml", "run_length: 6\ntrend_length: 6\n")
    data = read_all(fixture_site.path)
    assert (data.spc.run_length, data.spc.trend_length) == (6, 6)


P_YML = P_GOOD.replace("annotations:\n  - date: 2024-02-01\n    text: Discharge calls began\n", "")
COUNT_MISTAKES = {
    "a missing numerator": (P_YML.replace("    numerator: 9\n", ""), None,
                            f"{YML}:8: `points[2].numerator` is missing; a p chart's points each have `numerator` "
                            "and `denominator`"),
    "a denominator of 0": (P_YML.replace("denominator: 151", "denominator: 0"), None,
                           f"{YML}:10: `points[2].denominator` must be more than 0, not 0"),
    "a negative numerator": (P_YML.replace("numerator: 9", "numerator: -1"), None,
                             f"{YML}:9: `points[2].numerator` must be at least 0, not -1"),
    "a numerator above the denominator": (P_YML.replace("numerator: 9", "numerator: 160"), None,
                                          f"{YML}:9: `points[2].numerator` 160 is more than its denominator 151: "
                                          "on a p chart the numerator counts the cases"),
    "a part of a count": (P_YML.replace("numerator: 9", "numerator: 9.5"), None,
                          f"{YML}:9: `points[2].numerator` must be a whole number (a count), not 9.5"),
    "a percentage as a p target": (P_YML + "target: 90\n", None,
                                   f"{YML}:11: `target` on a p chart is a proportion between 0 and 1 (0.9 for "
                                   "90%), not 90"),
    "a unit on a p chart": (P_YML + "unit: patients\n", None,
                            f"{YML}:11: `unit` 'patients' does not apply to a p chart, which is shown in per cent"),
    "an unknown chart": (GOOD + "chart: c\n", None, f"{YML}:11: `chart` must be one of 'xmr', 'p' or 'u', not 'c'"),
    "an unknown chart over counts": (P_YML.replace("chart: p", "chart: c"), None,
                                     f"{YML}:3: `chart` must be one of 'xmr', 'p' or 'u', not 'c'"),
    "an unknown chart over a csv": ("title: T\nimprovement: increase\nchart: c\n",
                                    "date,numerator,denominator\n2024-01-01,1,2\n2024-02-01,2,3\n",
                                    f"{YML}:3: `chart` must be one of 'xmr', 'p' or 'u', not 'c'"),
    "an annotation without text": (GOOD + "annotations:\n  - date: 2024-02-01\n", None,
                                   f"{YML}:12: `annotations[1].text` is missing"),
    "a value header on a p chart's csv": ("title: T\nimprovement: increase\nchart: p\n",
                                          "date,value\n2024-01-01,1\n2024-02-01,2\n",
                                          f"{CSV}:1: the first line must be the header `date,numerator,denominator` "
                                          "(fixture-waits.yml has `chart: p`), not 'date,value'"),
    "a counts header on an xmr chart's csv": ("title: T\nimprovement: increase\n",
                                              "date,numerator,denominator\n2024-01-01,1,2\n2024-02-01,2,3\n",
                                              f"{CSV}:1: the first line must be the header `date,value`, not "
                                              "'date,numerator,denominator': for counts out of a total, set `chart: p` "
                                              "or `chart: u` in fixture-waits.yml"),
    "a csv row without its denominator": ("title: T\nimprovement: increase\nchart: u\n",
                                          "date,numerator,denominator\n2024-01-01,1,2\n2024-02-01,2\n",
                                          f"{CSV}:3: a row needs exactly 3 cells (date, numerator, denominator), "
                                          "like `2024-03-01,12,140`; this one has 2"),
    "a csv denominator too large to be a number": ("title: T\nimprovement: increase\nchart: u\n",
                                                   "date,numerator,denominator\n2024-01-01,1,2\n2024-02-01,2,1e999\n",
                                                   f"{CSV}:3: `denominator` is 1e999, far beyond the largest figure"),
    "a csv denominator of 0": ("title: T\nimprovement: increase\nchart: u\n",
                               "date,numerator,denominator\n2024-01-01,1,2\n2024-02-01,2,0\n",
                               f"{CSV}:3: `denominator` must be more than 0, not 0"),
    "a csv numerator above its denominator": ("title: T\nimprovement: increase\nchart: p\n",
                                              "date,numerator,denominator\n2024-01-01,1,2\n2024-02-01,5,3\n",
                                              f"{CSV}:3: `numerator` 5 is more than its denominator 3"),
}


@pytest.mark.parametrize("case", COUNT_MISTAKES)
def test_each_count_or_annotation_mistake_gives_its_line(fixture_site, case):
    yml, csv, expected = COUNT_MISTAKES[case]
    write_measure(fixture_site, yml, csv)
    problems = fixture_site.problems()
    assert len(problems) == 1 and problems[0].startswith(expected), problems  # one mistake, one line


@pytest.mark.parametrize("text, expected", [
    ("run_length: 9\n", "data/spc.yml:1: `run_length` must be one of 6, 7 or 8, not 9"),
    ("trend_length: 8\n", "data/spc.yml:1: `trend_length` must be one of 6 or 7, not 8"),
    ("run_length: 7\nrun_lenght: 6\n", "data/spc.yml:2: unknown field `run_lenght`; did you mean `run_length`?"),
])
def test_each_spc_settings_mistake_gives_its_line(fixture_site, text, expected):
    fixture_site.write("data/spc.yml", text)
    problems = fixture_site.problems()
    assert any(line.startswith(expected) for line in problems), problems
