"""The open-items page's list (macros/site/open_items.py), on hand-made data and pages:
every gap in the registry's datasets and in the pages, where to fill it in and where it shows."""

from __future__ import annotations

from macros.data import SiteData
from macros.data.models import Offer, Project, Story
from macros.data.models.context import Context
from macros.data.models.playbook import PageMeta
from macros.pages.front_matter import MacroCall, PageRecord
from macros.pages.index import PageIndex
from macros.site.open_items import open_items

OFFER = Offer(items=[{"id": "coaching", "title": "Coaching", "status": "to_be_agreed"},
                     {"id": "training", "title": "Training"}])


def story(slug: str, **fields) -> Story:
    return Story(title=f"Story {slug}", summary="s", visibility="internal", **fields).model_copy(
        update={"slug": slug})


def page(path: str, url: str, owner: str | None = "Team", calls: tuple = ()) -> PageRecord:
    folder = path.split("/")[0]
    return PageRecord(path, folder, url, PageMeta(owner=owner),
                      tuple(MacroCall(name, path, line, url, text) for name, line, text in calls))


def items_of(data: SiteData, *pages: PageRecord) -> list[tuple]:
    return [(item.state, item.what, item.file, item.where, item.url, item.public)
            for item in open_items(data, PageIndex(tuple(pages), ()))]


def test_a_data_files_gap_names_its_record_and_field_and_links_to_the_page_calling_its_macro():
    data = SiteData({"offer": OFFER})
    found = items_of(data, page("docs/our-offer.md", "our-offer/", calls=(("offer", 3, None),)))
    assert found == [("to_be_agreed", "Coaching", "data/offer.yml", "items[1].status", "our-offer/", False)]


def test_without_a_page_showing_it_a_gap_is_still_listed_with_no_link():
    assert items_of(SiteData({"offer": OFFER})) == [
        ("to_be_agreed", "Coaching", "data/offer.yml", "items[1].status", None, False)]


def test_a_part_of_a_file_links_to_the_page_showing_that_part():
    context = Context.model_validate({
        "national_reviews": {"reviews": [{"name": "A review", "year": 2023}]},
        "baseline_assessment": {"title": "B", "strengths_heading": "S", "strengths": ["s"],
                                "opportunities_heading": "O", "opportunities": ["o"]},
        "collaboration_principles": {"title": "Principles", "introduction": "i", "count": 1,
                                     "principles": [{"text": "t"}], "status": "to_be_confirmed"}})
    found = items_of(SiteData({"context": context}),
                     page("docs/context.md", "context/", calls=(("national_reviews", 2, None),)),
                     page("docs/principles.md", "principles/", calls=(("collaboration_principles", 4, None),)))
    assert found == [("to_be_confirmed", "Principles", "data/context.yml", "collaboration_principles.status",
                      "principles/", False)]


def test_a_records_gap_links_to_its_own_page_and_stories_without_a_theme_are_one_line():
    stories = (story("one", theme="prevention", to_be_confirmed=["title"]), story("two"), story("three"))
    found = items_of(SiteData({"stories": stories}))
    assert found == [
        ("to_be_confirmed", "Story one: title", "data/stories/one.yml", "title", "stories/one/", False),
        ("to_be_agreed", "The theme of 2 stories", "data/stories", "theme, in each story's file",
         "themes/to-be-agreed/", False)]


def test_a_completed_project_without_its_date_is_listed_until_the_date_is_added():
    fields = dict(title="Fewer falls", aim="Fewer falls by March.", organisations=["trust"],
                  status="completed", started="2025-01-06", visibility="internal")
    undated = Project.model_validate(fields).model_copy(update={"id": "falls"})
    assert items_of(SiteData({"projects": (undated,)})) == [
        ("to_be_confirmed", "Fewer falls: completed", "data/projects/falls.yml", "completed", "projects/falls/",
         False)]
    dated = Project.model_validate({**fields, "completed": "2025-06-30"}).model_copy(update={"id": "falls"})
    active = Project.model_validate({**fields, "status": "active"}).model_copy(update={"id": "falls"})
    assert items_of(SiteData({"projects": (dated,)})) == items_of(SiteData({"projects": (active,)})) == []


def test_pages_gaps_in_their_own_words_and_pages_without_an_owner_public_ones_marked_and_unlinked():
    found = items_of(SiteData({}),
                     page("docs/plan.md", "plan/", calls=(("to_be_agreed", 7, "Who chairs it."),)),
                     page("docs/draft.md", "draft/", owner=None),
                     page("docs-public/privacy.md", "privacy/", owner=None,
                          calls=(("to_be_confirmed", 9, None),)))
    assert found == [
        ("to_be_agreed", "Who chairs it.", "docs/plan.md", "line 7", "plan/", False),
        ("to_be_confirmed", "The page's owner", "docs/draft.md", "owner (front matter)", "draft/", False),
        ("to_be_confirmed", "(see the page)", "docs-public/privacy.md", "line 9", None, True),
        ("to_be_confirmed", "The page's owner", "docs-public/privacy.md", "owner (front matter)", None, True)]


def test_a_dataset_with_no_record_yet_says_where_and_how_to_add_one_on_the_open_items_page():
    # The Board's pages only say nothing is there yet; editors learn how to add one here.
    found = items_of(SiteData({"projects": (), "measures": ()}),
                     page("docs/projects.md", "projects/", calls=(("project_register", 5, None),)))
    assert [(state, what, file, url) for state, what, file, _, url, _ in found] == [
        ("to_be_confirmed", "Measures of improvement (none recorded yet)", "data/measures/<id>.yml", None),
        ("to_be_confirmed", "Improvement projects (none recorded yet)", "data/projects/<id>.yml", "projects/")]
    assert "make new-project" in found[1][3] and "CONTRIBUTING.md" in found[1][3]
