"""Words we use, on small hand-made glossaries: a term found however a page
writes it (a plural, another form, a hyphen or a line break), years written
as two years explained by one term, "Words used on this page" at the end of a
project's page, each word linked to its meaning on the glossary page, and the
glossary's own rules (one term explains years; no form belongs to two terms)."""

from __future__ import annotations

import datetime as dt
import json

from support.html import Page

from macros.analysis.projects import ProjectState
from macros.data.models import Glossary, Organisation, Project
from macros.render.glossary import _first_use, explain, render_glossary, render_words_used, terms_in
from macros.render.projects import ProjectLinks, render_project

GLOSSARY = Glossary.model_validate({"terms": [
    {"term": "PDSA", "stands_for": "Plan, Do, Study, Act", "meaning": "A small test of a change."},
    {"term": "change idea", "meaning": "A change to test."},
    {"term": "special cause variation", "also": ["special cause"], "meaning": "A sign of a change."},
    {"term": "hit and miss", "meaning": "Sometimes meets its target."},
    {"term": "financial year", "explains_periods": True, "meaning": "From 1 April to 31 March."},
    {"term": "aim", "meaning": "What will improve."},
]})


def used(text: str) -> list[str]:
    return [term.term for term in terms_in([text], GLOSSARY)]


def test_a_term_is_found_as_a_plural_in_another_form_across_a_hyphen_or_a_line_break():
    assert used("Two Change Ideas and PDSA cycles") == ["PDSA", "change idea"]
    assert used("Special cause improvement, high") == ["special cause variation"]
    assert used("a hit-and-miss target") == ["hit and miss"] == used("hit and\nmiss")
    assert used("PDSAS, pdsa, changeidea, aiming, special causeway") == []


def test_a_term_is_found_where_it_first_stands_alone_after_near_misses_and_in_any_capitals():
    # Searched for only where its first word is: each near miss before it is passed over.
    assert used("aimed, Spécial, special causeway, special  Cause") == ["special cause variation"]
    assert used("Aimless. AIM.") == ["aim"] and used("aimless") == []
    assert str(explain("pdsas and PDSAs and a PDSA", GLOSSARY)) == \
        "pdsas and PDSAs (Plan, Do, Study, Act) and a PDSA"
    # A text that casefolding lengthens (ß) is searched as it is; a dotless ı is an i, as to a pattern.
    assert used("Straße: a special cause") == ["special cause variation"]
    assert _first_use(GLOSSARY.terms[2], "specıal cause, then special cause").start() == 0


def test_any_year_written_as_two_years_is_explained_by_the_financial_year():
    assert used("In 22/23 and 26/27, as in 22/23.") == ["22/23", "26/27"]
    [year] = terms_in(["by 26/27"], GLOSSARY)
    assert (year.stands_for, year.meaning) == ("April 2026 to March 2027", "From 1 April to 31 March.")
    assert used("2022/23, 12/31, 1/2/23, 23/22 and 22/24") == []
    assert str(explain("Planned for 26/27.", GLOSSARY)) == "Planned for 26/27 (April 2026 to March 2027)."
    assert used("each financial year") == ["financial year"]


def test_words_used_on_a_page_link_to_their_meaning_on_the_glossary_page():
    html = render_words_used("<h2>Aim</h2><p>Tested in <b>PDSA</b> cycles in 26/27.</p><script>hit and miss</script>",
                             GLOSSARY, "../../glossary/")
    page = Page(html)
    assert "Words used on this page" in page.text and "hit and miss" not in page.text  # scripts are not read
    assert page.links() == ["../../glossary/#term-pdsa", "../../glossary/#term-financial-year",
                            "../../glossary/#term-aim", "../../glossary/"]
    assert "26/27 (April 2026 to March 2027) From 1 April to 31 March." in page.text
    # Two years: one entry, their meaning said once.
    years = Page(render_words_used("<p>From 22/23 to 23/24.</p>", GLOSSARY, "../"))
    assert years.text.count("From 1 April to 31 March.") == 1
    assert "22/23 and 23/24 (April 2022 to March 2023; April 2023 to March 2024)" in years.text
    assert years.links() == ["../#term-financial-year", "../"]
    assert render_words_used("<p>Nothing to explain.</p>", GLOSSARY) == ""
    assert Page(render_words_used("<p>PDSA</p>", GLOSSARY)).links() == []  # a site without a glossary page


def test_a_projects_page_ends_with_the_words_it_uses():
    project = Project.model_validate_json(json.dumps({
        "title": "Fewer falls", "aim": "Fewer falls by 2027.", "organisations": ["org-a"], "status": "active",
        "started": "2025-01-06", "visibility": "public",
        "pdsa": [{"date": "2025-03-03", "change": "Hourly rounding"}]}))
    today = dt.date(2026, 12, 4)
    body = render_project(ProjectState.of(project, today), [Organisation(id="org-a", name="Org A")],
                          ProjectLinks("../", None, ()), [], today, staff=False, glossary=GLOSSARY,
                          glossary_href="../../glossary/")
    page = Page(body)
    assert page.text.index("Words used on this page") > page.text.index("Fewer falls by 2027.")
    assert {"../../glossary/#term-pdsa", "../../glossary/#term-aim"} <= set(page.links())


def test_the_glossary_page_gives_each_term_its_anchor():
    ids = Page(render_glossary(GLOSSARY, staff=False)).ids()
    assert {"term-pdsa", "term-change-idea", "term-special-cause-variation", "term-financial-year"} <= set(ids)


def test_one_term_explains_years_and_no_form_belongs_to_two_terms(fixture_site):
    path = "data/glossary.yml"
    fixture_site.write(path, fixture_site.read(path) + (
        "  - term: fiscal year\n    explains_periods: true\n    meaning: Years.\n"
        "  - term: budget year\n    explains_periods: true\n    meaning: Years again.\n"
        "  - term: sample\n    also: [FWT]\n    meaning: Another.\n"))
    line = fixture_site.line_of
    assert fixture_site.problems() == [
        f"{path}:{line(path, 'meaning: Years again.') - 1}: `explains_periods` is already set on `fiscal year`; "
        "one term explains years written as two years (22/23): remove the line here",
        f"{path}:{line(path, 'also: [FWT]')}: `FWT` is already the term `FWT` or one of its `also` forms; "
        "remove it from one of them"]
