"""Mistakes a hostile review of editors' input found (events, projects, stories, ids, dates,
capability, YAML): each gives one line, `path:line: message`, in the editor's words, the same
from `make check` and from each site's build; what the contract allows is accepted.

In this process, on a copy of the tests' own play book (tests/fixtures/site/); each test
writes the mistake itself and asserts the exact path and line and the message's key words.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from macros.data.models.base import MAX_ID_LENGTH
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data

STORY = "data/stories/fixture-public-story.yml"  # the fixture's own public story
PROJECT = "data/projects/fixture-public-project.yml"
EVENT = "data/events/improvement-day.yml"


def lines(project) -> list[str]:
    """`make check`'s lines; each site's build stops with the very same lines."""
    check = project.problems()
    assert project.data_problems() == {"staff": check, "public": check}
    return check


def one_line(project, path: str, at: str, *words: str) -> str:
    """The only line there is: on ``path``, at the line holding ``at``, with each of ``words``."""
    found = lines(project)
    assert len(found) == 1, found
    where = f"{path}:{project.line_of(path, at)}: "
    assert found[0].startswith(where), (where, found)
    for word in words:
        assert word in found[0], (word, found[0])
    return found[0]


# --- 1. Names that become file names are bounded --------------------------------------------

def test_a_tag_longer_than_an_id_may_be_is_refused_on_its_line(fixture_site):
    tag = "a" * 256
    fixture_site.replace(STORY, "tags: [fixture-tag]", f"tags: [{tag}]")
    one_line(fixture_site, STORY, "tags:", "`tags[1]`", "256 characters long", f"at most {MAX_ID_LENGTH} characters",
             "shorten it")


def test_a_tag_as_long_as_an_id_may_be_is_accepted(fixture_site):
    fixture_site.replace(STORY, "tags: [fixture-tag]", f"tags: [{'a' * MAX_ID_LENGTH}]")
    assert lines(fixture_site) == []


def test_a_reference_longer_than_an_id_may_be_is_refused_on_its_line(fixture_site):
    fixture_site.replace(PROJECT, "stories: [fixture-public-story,", f"stories: [{'s' * 300},")
    one_line(fixture_site, PROJECT, "stories:", "`stories[1]`", "300 characters long", "shorten it")


@pytest.mark.parametrize("folder", ["stories", "projects", "events"])
def test_a_record_whose_file_name_is_longer_than_an_id_may_be_is_refused(fixture_site, folder):
    path = f"data/{folder}/{'x' * (MAX_ID_LENGTH + 1)}.yml"
    fixture_site.write(path, "title: A\n")
    found = lines(fixture_site)
    assert found == [f"{path}:1: the file name `{'x' * 59}…` is {MAX_ID_LENGTH + 1} characters long; its id may be "
                     f"at most {MAX_ID_LENGTH} characters (it becomes a web address): rename the file"]


def test_a_redirect_from_a_page_name_longer_than_an_id_may_be_is_refused(fixture_site):
    old = "o" * 300 + ".md"
    fixture_site.write("data/redirects.yml", f"pages:\n  {old}: offer.md\n")
    one_line(fixture_site, "data/redirects.yml", old[:10], "is not a page path",
             f"at most {MAX_ID_LENGTH} characters between slashes")


# --- 3. Error lines quote a value short ------------------------------------------------------

def test_an_events_start_of_300_characters_is_quoted_in_60(fixture_site):
    fixture_site.write(EVENT, "title: Improvement day\nstart: " + "k" * 300 + "\n")
    line = one_line(fixture_site, EVENT, "start:", "`start` must be a day")
    assert line.endswith(f"not '{'k' * 59}…'")


def test_a_moved_offer_items_place_of_300_characters_is_quoted_in_60(fixture_site):
    # Another dataset, another check (data/checks/stable_links.py), the same cut: it is made where every line passes.
    path = "data/published_ids.yml"
    fixture_site.replace(path, "  - fixture-training\n", "  - fixture-training\n  - old-item\n")
    fixture_site.replace(path, "moved: {}", f"moved:\n  old-item: {'t' * 300}")
    line = one_line(fixture_site, path, "old-item:", "is neither an offer item id nor a page and anchor")
    assert f"`{'t' * 59}…` is neither" in line and "t" * 60 not in line


def test_the_cut_leaves_the_messages_own_words_whole():
    from macros.data.errors import DataError

    words = ("the project's measures, the partners' stories and the Board's report, in "
             "\"one sentence that is far longer than sixty characters, on purpose\"x")
    assert DataError("a.yml", 1, words).message == words  # apostrophes are not quotes; a quote closes before a space
    value = "v" * 100
    assert DataError("a.yml", 1, f"`{value}` and '{value}' and \"{value}\"").message == (
        f"`{'v' * 59}…` and '{'v' * 59}…' and \"{'v' * 59}…\"")


# --- 4. One mistake, one line -----------------------------------------------------------------

def test_an_event_with_name_for_its_title_is_one_line_suggesting_title(fixture_site):
    fixture_site.write(EVENT, "name: Improvement day\nstart: 2027-03-04\n")
    line = one_line(fixture_site, EVENT, "name:", "unknown field `name`; did you mean `title`?")
    assert "`title` is missing" not in line


def test_a_project_started_after_its_scores_and_cycles_is_one_line_on_started(fixture_site):
    path = "data/projects/fixture-quiet-win.yml"  # scored 2025-01-31, a cycle on 2024-06-03, completed 2025-01-31
    fixture_site.replace(path, "started: 2024-05-06", "started: 2025-06-01")
    one_line(fixture_site, path, "started:", "`started` 2025-06-01 is later than 3 of the project's dates",
             "1 progress score, 1 PDSA cycle and `completed`", "the earliest 2024-06-03 (`pdsa[1].date`)",
             "correct `started`")


def test_a_project_started_after_one_score_is_one_line_naming_it(fixture_site):
    fixture_site.replace(PROJECT, "started: 2025-06-02", "started: 2025-07-15")  # its first score: 2025-07-01
    one_line(fixture_site, PROJECT, "started:", "`started` 2025-07-15 is later than `progress[1].date` (2025-07-01)",
             "correct one of the dates")


# --- 5. Messages in the editor's words ------------------------------------------------------

def test_a_value_in_braces_holding_a_comma_is_one_line_saying_to_quote_it(fixture_site):
    fixture_site.write(EVENT, "title: Improvement day\nstart: 2027-03-04\nlocation: {1,200: x}\n")
    one_line(fixture_site, EVENT, "location:", "`location` holds a field whose name YAML reads as the number 1",
             "`{…}` makes fields", "put it all in quotes", '`location: "{…}"`')


def test_a_line_of_braces_among_the_fields_is_one_line_saying_what_yaml_reads(fixture_site):
    fixture_site.write(EVENT, "title: Improvement day\nstart: 2027-03-04\n{1,200: x}\n")
    line = one_line(fixture_site, EVENT, "{1,200", "this line starts with `{`", "not as a field's name",
                    "put a value starting with `{` or `[` in quotes")
    assert "has no `:`" not in line


def test_a_number_for_a_fields_name_is_one_line_asking_for_the_name(fixture_site):
    path = "data/stories/fixture-second-story.yml"
    fixture_site.replace(path, "summary:", "1: x\nsummary:")
    line = one_line(fixture_site, path, "1: x", "YAML reads as the number 1", "a field's name is a word, like `title`",
                    "write the field's name")
    assert "Keys should be strings" not in line


def test_a_huge_whole_number_for_a_setting_states_the_values_it_takes(fixture_site):
    fixture_site.write("data/spc.yml", "run_length: " + "9" * 25 + "\n")
    one_line(fixture_site, "data/spc.yml", "run_length:", "`run_length` is 9999999999999999999999999",
             "far beyond what it may be: one of 6, 7 or 8")


def test_a_huge_whole_number_for_a_count_states_its_largest(fixture_site):
    path = "data/capability/fixture-trust.yml"
    fixture_site.write(path, "headcount: " + "9" * 25 + "\nas_of: 2024-01-01\ninternal_experts: 1\n"
                             "quality_coaches: 1\n")
    one_line(fixture_site, path, "headcount:", "`headcount` must be at most 1,000,000,000,000")


def test_an_end_written_as_a_time_alone_asks_for_the_full_date_and_time_in_quotes(fixture_site):
    # YAML 1.1 reads 12:00 as the number 720 (base 60): the line speaks of times, not numbers.
    fixture_site.write(EVENT, "title: Improvement day\nstart: 2026-03-01\nend: 12:00\n")
    line = one_line(fixture_site, EVENT, "end:", "`end` '12:00' is a time without its day",
                    'write the full date and time, in quotes, like "2026-03-01T12:00"')
    assert "720" not in line and "number" not in line


@pytest.mark.parametrize("start, words", [
    ("2026-03-01T09:30:00Z", ["`start` has a time zone after its time", 'like "2026-03-01T09:30"']),
    ("2026-03-01T09:30:00+01:00", ["`start` has a time zone after its time", 'like "2026-03-01T09:30"']),
    ("2026-03-01T09:30:15", ["`start` has seconds; write hours and minutes only, like \"2026-03-01T09:30\""]),
])
def test_a_time_written_with_a_zone_or_seconds_says_so_not_a_time_it_was_not(fixture_site, start, words):
    fixture_site.write(EVENT, f"title: Improvement day\nstart: {start}\n")
    one_line(fixture_site, EVENT, "start:", *words)


@pytest.mark.parametrize("start", ["2026-03-01T09:30:00", '"2026-03-01T09:30:00"', '"2026-03-01T09:30"'])
def test_a_time_with_no_seconds_is_taken_quoted_or_not(fixture_site, start):
    fixture_site.write(EVENT, f"title: Improvement day\nstart: {start}\n")
    assert lines(fixture_site) == []


@pytest.mark.parametrize("written", ["1e400", "-1e400", '"1e400"'])
def test_a_number_too_large_to_be_one_is_quoted_as_written(fixture_site, written):
    path = "data/capability/fixture-trust.yml"
    fixture_site.write(path, f"headcount: 10\nas_of: 2024-01-01\ninternal_experts: 1\nquality_coaches: {written}\n")
    line = one_line(fixture_site, path, "quality_coaches:", f"`quality_coaches` is {written.strip(chr(34))}, far "
                    "beyond the largest figure a chart can draw (1,000,000,000,000)")
    assert "inf" not in line


def test_yes_for_visibility_names_the_words_it_may_be(fixture_site):
    fixture_site.write(EVENT, "title: Improvement day\nstart: 2027-03-04\nvisibility: yes\n")
    one_line(fixture_site, EVENT, "visibility:", "`visibility` must be one of 'public' or 'internal', not true",
             "YAML reads yes, no, on and off as true or false; write one of the words")


@pytest.mark.parametrize("indent", ["", "  - "], ids=["a field", "a field of a list item"])
def test_a_fields_name_longer_than_yaml_reads_is_one_line(fixture_site, indent):
    path = "data/stories/fixture-second-story.yml"
    text = fixture_site.read(path)
    key = "k" * 1100
    fixture_site.write(path, text + (f"what_we_did:\n{indent}{key}: x\n" if indent else f"{key}: x\n"))
    one_line(fixture_site, path, key, "this field's name is 1,100 characters long", "at most 1,024", "shorten it")


# --- 7. Dates and times as editors write them ---------------------------------------------------

def test_a_start_with_a_space_for_the_t_suggests_the_t_form(fixture_site):
    fixture_site.write(EVENT, "title: Improvement day\nstart: 2026-03-01 10:00\n")
    one_line(fixture_site, EVENT, "start:", "`start` '2026-03-01 10:00' has a space between the day and the time",
             'write a T there, in quotes, like "2026-03-01T10:00"')


# --- 6. What the contract allows is accepted -------------------------------------------------

def test_an_organisation_of_no_staff_builds_its_register_and_calculator_without_dividing_by_zero(tmp_path):
    from support.capability import COUNCIL, TRUST, capability_project

    project = capability_project(tmp_path / "fixture")
    none = {"headcount: 4000": "headcount: 0", "headcount: 1000": "headcount: 0", "internal_experts: 17":
            "internal_experts: 0", "quality_coaches: 120": "quality_coaches: 0", "quality_coaches: 60":
            "quality_coaches: 0", "count: 400": "count: 0"}
    for path, text in (("data/capability/fixture-trust.yml", TRUST), ("data/capability/fixture-council.yml", COUNCIL)):
        for figure, zero in none.items():
            text = text.replace(figure, zero)
        project.write(path, text)
    assert lines(project) == []
    result = project.build()
    assert result.ok, result.output
    page = project.page("playbook", "sections/")
    assert "Internal experts" in page and "Quality coaches" in page  # the register and the calculator are there
    assert not re.findall(r"\b(?:nan|NaN|inf|Infinity|None(?!: within)|ZeroDivisionError)\b", page)
    # The calculator offers no organisation of no staff (it works for 1 or more).
    assert 'data-headcount="0"' not in page


def test_a_date_in_quotes_is_the_date_wherever_a_date_is_taken(fixture_site):
    fixture_site.replace(PROJECT, "started: 2025-06-02", 'started: "2025-06-02"')
    fixture_site.replace(PROJECT, "  - date: 2025-07-01", "  - date: '2025-07-01'")
    fixture_site.replace(STORY, "published: 2026-01-10", 'published: "2026-01-10"')
    fixture_site.write(EVENT, 'title: Improvement day\nstart: "2027-03-04"\nend: "2027-03-05"\n')
    assert lines(fixture_site) == []
    data = site_data(fixture_site.path, "staff", "docs", PageIndex.read(fixture_site.path, PAGE_NAMES))
    project = next(p for p in data.projects if p.id == "fixture-public-project")
    assert (project.started, project.progress[0].date) == (dt.date(2025, 6, 2), dt.date(2025, 7, 1))
    assert next(s for s in data.stories if s.slug == "fixture-public-story").published == dt.date(2026, 1, 10)
    assert next(e for e in data.events if e.id == "improvement-day").last_day == dt.date(2027, 3, 5)


def test_a_date_in_quotes_that_does_not_exist_is_still_refused(fixture_site):
    fixture_site.replace(PROJECT, "started: 2025-06-02", 'started: "2025-02-30"')
    one_line(fixture_site, PROJECT, "started:", "`started` 2025-02-30 is not a real date: February 2025 has 28 days")



@pytest.mark.parametrize("path, expected", [
    ("data/organisation.yml", "data/organisation.yml:1: no part of the play book reads data/organisation.yml; "
                              "did you mean data/organisations.yml?"),
    ("data/stories/Notes.txt", "data/stories/Notes.txt:1: data/stories/ holds only <id>.yml files; this file "
                               "would be left unread"),
    ("data/measures/waits.CSV", "data/measures/waits.CSV:1: a file name ends in lower case, or it is left unread: "
                                "rename it to waits.csv"),
    ("data/stories/old/story.yml", "data/stories/old:1: data/stories/old is a folder; data/stories/ holds one file "
                                   "per record and no folders"),
])
def test_a_file_in_data_that_nothing_reads_is_named_not_left_out_silently(fixture_site, path, expected):
    fixture_site.write(path, "title: A\n")
    found = lines(fixture_site)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_hidden_files_such_as_gitkeep_are_not_data(fixture_site):
    fixture_site.write("data/measures/.gitkeep", "")
    fixture_site.write("data/.editorconfig", "root = true\n")
    assert lines(fixture_site) == []


def test_an_id_with_a_look_alike_character_names_the_character_the_quote_cannot_show(fixture_site):
    # A Cyrillic о looks like o: the quoted id looks right, so the line names the character.
    path = "data/stories/fixture-public-story.yml"
    fixture_site.replace(path, "fixture-second-story", "fixture-sec\u043end-story")
    one_line(fixture_site, path, "related:", "must be lower-case words joined by hyphens",
             "(its `\u043e` is the character cyrillic small letter o, not one of a to z, 0 to 9 or -: retype it)")


def test_a_file_name_with_a_look_alike_character_names_it(fixture_site):
    fixture_site.write("data/stories/we-w\u0430it.yml", "title: A\n")
    one_line(fixture_site, "data/stories/we-w\u0430it.yml", "title", "cyrillic small letter a")


def test_an_id_named_twice_in_one_list_is_one_line_on_the_second(fixture_site):
    path = "data/stories/fixture-public-story.yml"
    fixture_site.replace(path, "related: [fixture-second-story, fixture-internal-story]",
                         "related:\n  - fixture-second-story\n  - fixture-second-story\n")
    second = fixture_site.line_of(path, "related:") + 2
    assert lines(fixture_site) == [f"{path}:{second}: `related` names 'fixture-second-story' again (first on line "
                                   f"{second - 1}); keep it once"]


def test_a_file_reports_every_value_written_wrong_and_its_other_mistakes_in_one_run(fixture_site):
    path = "data/measures/waits.yml"
    fixture_site.write(path, "title: Waits\nimprovement: decrease\nbogus: 3\npoints:\n  - date: 2024-01-01\n"
                             "    value: 1_7\n  - date: 2024-02-30\n    value: 4\n  - date: 2024-03-01\n"
                             "    value: 0x1C\n")
    assert [line.split(": ")[0] for line in lines(fixture_site)] == [f"{path}:{n}" for n in (3, 6, 7, 10)]
