"""Every kind of bad input an editor can write gives its `path:line: message` line, the same from
`make check` and from `make build`, in this process, on a copy of the tests' own play book.

`make check` prints ``Project.problems()``. `make build` stops in the playbook plugin, which
prints the lines of the ``DataErrors`` that ``site_data`` raises for its site: both sites read
every data file, and each site reads the pages in its own docs folder. The one end-to-end
`make check` and `make build` with bad input are in tests/build/test_commands.py.

Each case writes a file, or changes one of the fixture's own pages; the expected line number
is that of the text the case wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from macros.data import DataErrors
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data

STORY = "data/stories/bad.yml"
GOOD = "title: A\nsummary: s\nvisibility: public\npublished: 2026-01-01\nsource: s\n"


@dataclass(frozen=True)
class Case:
    path: str
    content: str | bytes | Callable[[str], str]  # the file, or how the fixture's page is changed
    at: str | None  # a fragment of the line the problem is on (None: the first line)
    message: str  # how the message starts


def appended(text: str) -> Callable[[str], str]:
    return lambda page: page + "\n" + text


CASES = {
    "duplicate key": Case(STORY, "title: A\ntitle: B\nsummary: s\nvisibility: public\n", "title: B",
                          "duplicate key `title`"),
    "a list's item without its dash": Case(
        "data/contacts.yml", lambda text: text.replace("  - name: CANARY Private", "    name: CANARY Private"),
        "name: CANARY", "duplicate key `name` (first used on line 3); if this line starts a new item of the list, "
                        "write `- ` before it; else keep one of them"),
    "a list's item indented under the one above": Case(
        STORY, GOOD + "teams:\n  - Ward A\n    - Ward B\n", "Ward B",
        "this item's `- ` is indented further than the item above it, so YAML reads it as more of that item's text; "
        "line it up with the `- ` above"),
    "missing field": Case(STORY, "title: A\nvisibility: public\npublished: 2026-01-01\nsource: s\n", None,
                          "`summary` is missing"),
    "unknown field": Case(STORY, GOOD + "colour: red\n", "colour", "unknown field `colour`"),
    "wrong value": Case(STORY, GOOD.replace("visibility: public", "visibility: everyone"), "visibility",
                        "`visibility` must be one of 'public' or 'internal'"),
    "python tag": Case(STORY, "title: !!python/object/apply:os.getcwd []\n", "title",
                       "the tag !!python/object/apply:os.getcwd is not allowed"),
    "broken syntax": Case(STORY, "title: A\n  summary: s\n", "summary", "`summary:` is indented further than `title:`"),
    "empty file": Case(STORY, "", None, "the file is empty"),
    "a file of only ---": Case(STORY, "---\n", None, "the file is empty; add its fields"),
    "a file of only null": Case(STORY, "null\n", None, "the file is empty; add its fields"),
    "non-UTF-8": Case(STORY, b"title: ok\nsummary: caf\xe9\n", "summary", "the file is not UTF-8 text"),
    "impossible date": Case(STORY, GOOD.replace("2026-01-01", "2026-02-30"), "published",
                            "`published` 2026-02-30 is not a real date: February 2026 has 28 days"),
    "tab": Case(STORY, "title: A\n\tsummary: s\n", "summary", "a tab character: YAML must be indented with spaces"),
    "empty value": Case(STORY, GOOD.replace("summary: s", "summary:"), "summary:", "`summary` is empty"),
    # YAML reads a line indented as far as a block of text as more of that text: published, the field lost.
    "a field indented into the text above": Case(
        STORY, "title: A\nvisibility: public\npublished: 2026-01-01\nsummary: >-\n  A long summary.\n  source: s\n",
        "source", "`source:` is indented as far as the text of `summary` above it, so it is read as part of that "
                  "text, and `source` as not given; move `source:` left, to start where `summary:` starts"),
    "page front matter": Case("docs/offer.md", lambda page: page.replace("last_reviewed: 2026-01-15",
                                                                         "last_reviewed: soon"),
                              "last_reviewed", "`last_reviewed` must be a date"),
    "front matter never closed": Case("docs/offer.md", lambda page: page.replace("review_in: 6 months\n---\n",
                                                                                "review_in: 6 months\n", 1),
                                      None, "the front matter opened by `---` on this line is never closed"),
    "mistyped macro": Case("docs/offer.md", appended("{{ offr() }}\n"), "offr()",
                           "`offr` is not a macro or value pages can use; did you mean `offer`?"),
    "macro syntax": Case("docs/offer.md", appended("{{ offer( }}\n"), "offer( }}",
                         "the page's {{ … }} or {% … %} has a mistake"),
    "broken page link": Case("docs/offer.md", appended("See [the stories](stores.md).\n"), "stores.md",
                             "the link to `stores.md` leads to no page; did you mean `stories.md`?"),
    "macro with too many arguments": Case("docs/offer.md", appended('{{ to_be_agreed("a", "b", "c") }}\n'),
                                          "to_be_agreed(", "`{{ to_be_agreed() }}` is called with arguments it "
                                                           "does not take (too many positional arguments); it "
                                                           "takes `what` and an optional `place`"),
    "macro with an unknown argument": Case("docs/offer.md", appended("{{ offer(bogus=1) }}\n"), "bogus",
                                           "`{{ offer() }}` is called with arguments it does not take (got an "
                                           "unexpected keyword argument 'bogus'); it takes no arguments"),
    "macro given text for a number": Case("docs/offer.md", appended('{{ latest_stories("six") }}\n'), "six",
                                          "`{{ latest_stories() }}` is given 'six' for `count`, which must be "
                                          "a whole number"),
    "missing image": Case("docs/offer.md", appended("![A chart](chart.png)\n"), "chart.png",
                          "the link to `chart.png` leads to no file in the pages' folder"),
    "link that is not a file name": Case("docs/offer.md", appended("See [who we are](index).\n"), "(index)",
                                         "the link to `index` is not the name of a page's file"),
    "mistyped filter": Case("docs/offer.md", appended("{{ playbook.version | uper }}\n"), "uper",
                            "the page's {{ … }} has a mistake (No filter named 'uper'.); did you mean `upper`?"),
    # A page is text with data in it, never a program (macros/pages/body_checks.py, PAGE_LANGUAGE).
    "a name of Jinja's own": Case("docs/offer.md", appended("{{ cycler.__init__.__globals__ }}\n"), "cycler",
                                  "`cycler` is not a macro or value pages can use"),
    "a name of MkDocs' own": Case("docs/offer.md", appended("{{ config.site_name }}\n"), "config",
                                  "`config` is not a macro or value pages can use"),
    "an unknown macro called": Case("docs/offer.md", appended("{{ nosuch_macro() }}\n"), "nosuch",
                                    "`nosuch_macro` is not a macro or value pages can use"),
    "a loop": Case("docs/offer.md", appended("{% for i in range(3) %}x{% endfor %}\n"), "for i",
                   "`{% for %}` is not part of what a page may write; a page may use only the macros"),
    "arithmetic": Case("docs/offer.md", appended('{{ "ab" * 200000000 }}\n'), '"ab"',
                       "arithmetic is not part of what a page may write"),
    "an include": Case("docs/offer.md", appended('{% include "main.html" %}\n'), "include",
                       "`{% include %}` is not part of what a page may write"),
    "a mistyped field": Case("docs/offer.md", appended("{{ playbook.verison }}\n"), "verison",
                             "`playbook` has no field `verison`; did you mean `version`?"),
    "a filter pages may not use": Case("docs/offer.md", appended("{{ playbook.title | center(100000000) }}\n"),
                                       "center", "the filter `center` is not one a page may use"),
    # Not one of `make build`'s old cases: a public page's mistake stops the public site's build.
    "public page macro": Case("docs-public/contact.md", appended("{{ contact() }}\n"), "{{ contact() }}",
                              "`contact` is not a macro or value pages can use; did you mean `contacts`?"),
}


def write(project, case: Case) -> str:
    """Make the case's change; the line `path:line: message` should start with."""
    content = case.content(project.read(case.path)) if callable(case.content) else case.content
    project.write(case.path, content)
    text = content.decode("latin-1") if isinstance(content, bytes) else content
    line = 1 if case.at is None else next(number for number, line in enumerate(text.splitlines(), start=1)
                                          if case.at in line)
    return f"{case.path}:{line}: {case.message}"


def sites_reading(path: str) -> list[tuple[str, str]]:
    """(audience, docs folder) of each site whose build reads ``path``."""
    if path.startswith("data/"):
        return [("staff", "docs"), ("public", "docs-public")]
    folder = path.split("/")[0]
    return [({"docs": "staff", "docs-public": "public"}[folder], folder)]


@pytest.mark.parametrize("name", CASES)
def test_make_check_gives_the_line(fixture_site, name):
    expected = write(fixture_site, CASES[name])
    problems = fixture_site.problems()
    assert [line for line in problems if line.startswith(expected)] == problems, (expected, problems)  # one line


@pytest.mark.parametrize("name", CASES)
def test_make_build_stops_with_the_same_line(fixture_site, name):
    expected = write(fixture_site, CASES[name])
    for audience, docs in sites_reading(CASES[name].path):
        with pytest.raises(DataErrors) as caught:
            site_data(fixture_site.path, audience, docs, PageIndex.read(fixture_site.path, PAGE_NAMES))
        lines = caught.value.lines()
        assert any(line.startswith(expected) for line in lines), (audience, expected, lines)


def test_the_fixture_pages_the_cases_change_are_as_the_cases_expect(fixture_site):
    # The page cases change the fixture's own pages: if these lines moved, the cases would test nothing.
    assert "last_reviewed: 2026-01-15" in fixture_site.read("docs/offer.md")
    assert fixture_site.problems() == []


def test_a_page_that_would_run_code_is_never_made_by_check_or_build(fixture_site, tmp_path):
    # Through Jinja's own objects a template could reach Python; the page language refuses it first.
    marker = tmp_path / "ran"
    fixture_site.write("docs/offer.md", fixture_site.read("docs/offer.md")
                       + f'[Coaching](#fixture-coaching)\n{{{{ lipsum.__globals__.os.system("touch {marker}") }}}}\n')
    assert any("`lipsum` is not a macro or value pages can use" in line for line in fixture_site.problems())
    assert not fixture_site.build("playbook").ok
    assert not marker.exists()


@pytest.mark.parametrize("target", ["../../data/contacts.yml", "/etc/hostname"])
def test_a_link_in_the_theme_to_a_file_outside_it_stops_check_and_both_builds(fixture_site, target):
    # MkDocs copies the theme's assets into every site as they are: a link would publish what it leads to.
    (fixture_site.path / "overrides" / "assets" / "notes.txt").symlink_to(target)
    expected = "overrides/assets/notes.txt:1: overrides/assets/notes.txt is a symbolic link to something outside"
    assert any(line.startswith(expected) for line in fixture_site.problems())
    for audience, docs in (("staff", "docs"), ("public", "docs-public")):
        with pytest.raises(DataErrors) as caught:
            site_data(fixture_site.path, audience, docs, PageIndex.read(fixture_site.path, PAGE_NAMES))
        assert any(line.startswith(expected) for line in caught.value.lines()), audience


def test_text_may_hold_a_line_like_a_field_of_another_record(fixture_site):
    # `period:` is a field of a story's outcome, not of the story whose summary says it.
    fixture_site.write(STORY, GOOD.replace("summary: s\n", "summary: |\n  Our plan.\n  period: to come\n"))
    assert fixture_site.problems() == []


def test_each_mistake_in_a_pages_braces_is_said_once_and_none_is_left_out(fixture_site):
    page = fixture_site.read("docs/offer.md")
    first = len(page.splitlines()) + 2  # `appended` adds a blank line
    fixture_site.write("docs/offer.md", appended("{{ nosuch() }}\n\n{{ playbook.version | nosuchfilter }}\n"
                                                 "{% for x in unknown %}{% endfor %}\n{{ unknown }}\n")(page))
    problems = fixture_site.problems()
    assert [line.split(": ", 1)[0] for line in problems] == [f"docs/offer.md:{n}" for n in
                                                             (first, first + 2, first + 3, first + 4)], problems
    assert "`nosuch` is not a macro" in problems[0] and "No filter named 'nosuchfilter'" in problems[1]
    assert "`{% for %}` is not part" in problems[2] and "`unknown` is not a macro" in problems[3]
