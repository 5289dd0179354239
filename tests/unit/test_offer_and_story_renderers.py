"""The offer and story renderers are plain functions: tested on data built here, without a build."""

import datetime as dt
import re

from support.html import Page, squash

from macros.data.models import Offer, Organisation, Story
from macros.render.gaps import render_to_be_agreed
from macros.render.offer import render_offer
from macros.render.stories import render_story, render_story_cards
from macros.site.exports import offer_json


def make_offer(**changes):
    item = {"id": "coaching", "title": "Coaching", "summary": "We coach.", "source": "Slide 7"}
    fields = {"introduction": "Our offer.", "items": [item, {**item, "id": "labs", "title": "Labs"}]}
    return Offer.model_validate({**fields, **changes})


def make_story(**changes):
    fields = dict(title="A story", summary="Short.", visibility="public", published=dt.date(2026, 1, 2),
                  source="Slide 3", slug="a-story")
    return Story(**{**fields, **changes})


def test_offer_items_are_anchored_by_their_ids():
    assert {"coaching", "labs"} <= set(Page(render_offer(make_offer())).ids())


def test_offer_to_be_agreed_state_follows_the_status():
    assert "To be agreed with partners" in render_offer(make_offer(status="to_be_agreed"))
    assert "To be agreed with partners" not in render_offer(make_offer(status="agreed"))


def test_offer_json_urls_point_at_the_anchors():
    assert offer_json(make_offer(), "offer/")[1] == {
        "id": "labs", "title": "Labs", "url": "offer/#labs", "summary": "We coach.",
        "who_for": None, "status": "agreed"}


def test_html_in_data_is_escaped():
    html = render_story(make_story(title="<script>alert(1)</script>"), {}, [], root="../../", staff=True)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_rendered_html_has_no_blank_lines_that_would_end_a_markdown_html_block():
    html = render_story(make_story(), {}, [], root="../../", staff=True)
    assert "\n\n" not in html


def test_story_shows_figures_with_their_periods():
    story = make_story(outcomes=[{"value": "150", "description": "people supported", "period": "22/23"}])
    text = Page(render_story(story, {}, [], root="../../", staff=True)).text
    assert "150" in text and "people supported" in text and "(22/23)" in text


def test_a_period_still_to_be_confirmed_is_said_once_in_its_brackets_for_staff_only():
    outcomes = [{"value": "Over 60", "description": "referrals", "period": "to date", "to_be_confirmed": ["period"]},
                {"value": "12", "description": "wards", "to_be_confirmed": ["period"]}]
    story = make_story(outcomes=outcomes)
    # The text as read, tags dropped without adding spaces.
    staff = squash(re.sub(r"<[^>]+>", "", render_story(story, {}, [], root="../../", staff=True)))
    public = squash(re.sub(r"<[^>]+>", "", render_story(story, {}, [], root="../../", staff=False)))
    assert "Over 60 referrals (to date: exact period to be confirmed)" in staff
    assert "12 wards (period to be confirmed)" in staff
    assert "Over 60 referrals (to date)" in public and "12 wards" in public and "confirmed" not in public


def test_a_story_shows_only_the_parts_it_has_and_staff_see_what_is_still_open():
    bare = make_story()
    for staff in (True, False):
        text = Page(render_story(bare, {}, [], root="../../", staff=staff)).text
        assert "The problem" not in text and "What was done" not in text and "Outcomes" not in text
    assert "Theme to be agreed" in Page(render_story(bare, {}, [], root="../../", staff=True)).text
    assert "Theme" not in Page(render_story(bare, {}, [], root="../../", staff=False)).text
    # A part marked to be confirmed: said so to staff, left out for the public.
    open_problem = make_story(to_be_confirmed=["problem"])
    staff = Page(render_story(open_problem, {}, [], root="../../", staff=True)).text
    public = Page(render_story(open_problem, {}, [], root="../../", staff=False)).text
    assert "The problem the team set out to solve is to be confirmed" in staff
    assert "The problem" not in public and "to be confirmed" not in public


def test_story_names_its_organisations():
    org = Organisation(id="example-foundation", name="The Example Foundation")
    html = render_story(make_story(organisations=["example-foundation"]), {org.id: org}, [], root="", staff=False)
    assert "The Example Foundation" in html


def test_story_cards_link_to_each_story():
    html = render_story_cards([make_story(), make_story(slug="b", title="B")], link_base="stories/")
    assert 'href="stories/a-story/"' in html and 'href="stories/b/"' in html


def test_no_stories_says_so():
    assert "no stories here yet" in render_story_cards([], "stories/")


def test_the_to_be_agreed_block_says_so_and_names_what_is_missing():
    text = Page(render_to_be_agreed("The Integrate plan.")).text
    assert "To be agreed with partners" in text and "The Integrate plan." in text


def test_a_story_that_is_part_of_a_project_says_so_with_a_link_and_one_that_is_not_says_nothing():
    one = Page(render_story(make_story(), {}, [], root="../../", staff=False,
                            projects=[("Fewer <b>falls</b>", "../../projects/falls/")]))
    assert "Part of project: Fewer <b>falls</b>" in one.text and "../../projects/falls/" in one.links()
    two = Page(render_story(make_story(), {}, [], root="../../", staff=True,
                            projects=[("A", "../../projects/a/"), ("B", "../../projects/b/")]))
    assert "Part of projects: A, B" in re.sub(r"\s+,", ",", squash(two.text))
    assert "Part of" not in Page(render_story(make_story(), {}, [], root="../../", staff=True)).text
