"""Capability figures as editors write them (data/capability/<organisation-id>.yml, on a copy of
the tests' own play book, whose organisations are fixture-trust and fixture-council): every
mistake is one `path:line: message` line, from `make check` and from the build alike."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from support.projects import REPO

from macros.data import DataErrors, NotOnThisSite, read_all
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data

GOOD = """\
headcount: 4000
as_of: 2024-03-31
internal_experts: 17
quality_coaches: 150
trained:
  - programme: Bronze QI
    count: 400
champions:
  - name: Ann Example
    role: Matron
    email: ann.example@example.org
    consent: true
"""
FILE = "data/capability/fixture-trust.yml"


def test_figures_load_with_the_organisation_from_the_file_name(fixture_site):
    fixture_site.write(FILE, GOOD)
    [figures] = read_all(fixture_site.path).capability
    assert figures.id == "fixture-trust" and figures.as_of == dt.date(2024, 3, 31)
    assert (figures.headcount, figures.internal_experts, figures.quality_coaches) == (4000, 17, 150)
    assert [(t.programme, t.level, t.count) for t in figures.trained] == [("Bronze QI", None, 400)]
    assert [(c.name, c.email, c.organisation) for c in figures.champions] == [
        ("Ann Example", "ann.example@example.org", None)]


def test_the_fixture_as_it_is_has_no_figures_and_no_folder_is_needed(fixture_site):
    assert not (fixture_site.path / "data" / "capability").exists()
    assert read_all(fixture_site.path).capability == ()


def test_the_public_site_gets_no_capability_data_at_all(fixture_site):
    fixture_site.write(FILE, GOOD)
    data = read_all(fixture_site.path)
    assert len(data.capability) == 1
    public = site_data(fixture_site.path, "public", "docs-public", PageIndex.read(fixture_site.path, PAGE_NAMES))
    for site in (data.public_only(), public):
        assert not site.has("capability")
        with pytest.raises(NotOnThisSite, match="does not publish data/capability"):
            getattr(site, "capability")  # noqa: B009 (the access is what is tested)


MISTAKES = {
    # name: (file name, text, the line's start)
    "an unknown organisation": ("no-such-trust", GOOD,
                                "data/capability/no-such-trust.yml:1: the file name `no-such-trust` is not an "
                                "organisation id in data/organisations.yml"),
    "a champion without consent": ("fixture-trust", GOOD.replace("    consent: true\n", ""),
                                   f"{FILE}:9: `champions[1].consent` is missing: name a QI champion only once "
                                   "they have agreed"),
    "a champion whose consent is false": ("fixture-trust", GOOD.replace("consent: true", "consent: false"),
                                          f"{FILE}:12: `champions[1].consent` is false: name a QI champion only"),
    "a champion whose consent is not true": ("fixture-trust", GOOD.replace("consent: true", "consent: yes please"),
                                             f"{FILE}:12: `champions[1].consent` must be true, not 'yes please'"),
    "a champion's unknown organisation": ("fixture-trust", GOOD + "    organisation: no-such-org\n",
                                          f"{FILE}:13: `champions[1].organisation` names 'no-such-org', which is "
                                          "not an id in data/organisations.yml"),
    "a champion's bad email": ("fixture-trust", GOOD.replace("ann.example@example.org", "ann.example"),
                               f"{FILE}:11: `champions[1].email` is not a valid email address"),
    "a negative count": ("fixture-trust", GOOD.replace("internal_experts: 17", "internal_experts: -1"),
                         f"{FILE}:3: `internal_experts` must be at least 0, not -1"),
    "a count that is not whole": ("fixture-trust", GOOD.replace("quality_coaches: 150", "quality_coaches: 12.5"),
                                  f"{FILE}:4: `quality_coaches` must be a whole number, like 42, not 12.5"),
    "a quoted count": ("fixture-trust", GOOD.replace("quality_coaches: 150", 'quality_coaches: "150"'),
                       f"{FILE}:4: `quality_coaches` '150' is a number in quotes; remove the quotes"),
    "a negative trained count": ("fixture-trust", GOOD.replace("    count: 400", "    count: -4"),
                                 f"{FILE}:7: `trained[1].count` must be at least 0, not -4"),
    "staff fewer than none": ("fixture-trust", GOOD.replace("headcount: 4000", "headcount: -1"),
                              f"{FILE}:1: `headcount` must be at least 0, not -1"),
    "experts over headcount": ("fixture-trust", GOOD.replace("internal_experts: 17", "internal_experts: 4001"),
                               f"{FILE}:3: `internal_experts` is 4,001, more than the organisation's `headcount` "
                               "(4,000); check both figures"),
    "coaches over headcount": ("fixture-trust", GOOD.replace("quality_coaches: 150", "quality_coaches: 4100"),
                               f"{FILE}:4: `quality_coaches` is 4,100, more than the organisation's `headcount`"),
    "trained over headcount": ("fixture-trust", GOOD.replace("    count: 400", "    count: 4001"),
                               f"{FILE}:7: `trained[1].count` is 4,001, more than the organisation's `headcount`"),
    "a programme given twice": ("fixture-trust", GOOD.replace("champions:", "  - programme: bronze qi\n"
                                                              "    count: 3\nchampions:"),
                                f"{FILE}:8: `trained[2]` repeats an earlier entry's programme and level"),
    "a date in another format": ("fixture-trust", GOOD.replace("as_of: 2024-03-31", "as_of: 31/03/2024"),
                                 f"{FILE}:2: `as_of` must be a date written YYYY-MM-DD, like 2024-03-01, "
                                 "not '31/03/2024'"),
    "a date that does not exist": ("fixture-trust", GOOD.replace("as_of: 2024-03-31", "as_of: 2024-02-30"),
                                   f"{FILE}:2: `as_of` 2024-02-30 is not a real date: February 2024 has 29 days"),
    "a missing date": ("fixture-trust", GOOD.replace("as_of: 2024-03-31\n", ""),
                       f"{FILE}:1: `as_of` is missing"),
    "an unknown field": ("fixture-trust", GOOD + "experts: 3\n", f"{FILE}:13: unknown field `experts`"),
}


@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_is_one_line_naming_the_file_and_line(fixture_site, name):
    file_name, text, expected = MISTAKES[name]
    fixture_site.write(f"data/capability/{file_name}.yml", text)
    problems = fixture_site.problems()
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_an_unknown_organisation_is_reported_even_when_the_file_cannot_be_read(fixture_site):
    fixture_site.write("data/capability/no-such-trust.yml", GOOD.replace("as_of: 2024-03-31", "as_of: 2024-02-30"))
    assert [p.split(": ")[0] for p in fixture_site.problems()] == ["data/capability/no-such-trust.yml:1",
                                                                   "data/capability/no-such-trust.yml:2"]


def test_every_mistake_in_one_file_is_reported_together(fixture_site):
    text = (GOOD.replace("internal_experts: 17", "internal_experts: 5000")
            .replace("    count: 400", "    count: 4001").replace("consent: true", "consent: false"))
    fixture_site.write(FILE, text)
    assert [p.split(": ")[0] for p in fixture_site.problems()] == [f"{FILE}:3", f"{FILE}:7", f"{FILE}:12"]


@pytest.mark.parametrize("audience, docs", [("staff", "docs"), ("public", "docs-public")])
def test_the_build_stops_with_the_same_line_for_either_site(fixture_site, audience, docs):
    fixture_site.write(FILE, GOOD.replace("consent: true", "consent: false"))
    expected = f"{FILE}:12: `champions[1].consent` is false"
    assert any(line.startswith(expected) for line in fixture_site.problems())
    with pytest.raises(DataErrors) as caught:
        site_data(fixture_site.path, audience, docs, PageIndex.read(fixture_site.path, PAGE_NAMES))
    assert any(line.startswith(expected) for line in caught.value.lines())


def test_the_worked_example_in_contributing_loads_as_it_is(fixture_site):
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Add an organisation's capability figures"):]
    example = re.search(r"^```yaml\n(.*?)^```", section, re.M | re.S).group(1)
    assert example.startswith("# yaml-language-server: $schema=../../schemas/capability.schema.json\n")
    assert (REPO / "schemas" / "capability.schema.json").is_file()
    fixture_site.write(FILE, example)
    assert fixture_site.problems() == []
    [figures] = read_all(fixture_site.path).capability
    # The guide works the gap out for these figures: 3,712 staff, 9 experts, 140 coaches.
    assert (figures.headcount, figures.internal_experts, figures.quality_coaches) == (3712, 9, 140)
