"""What each reader needs, on small data, without a build (issue 23): words
explained from the glossary, how to ask for each offer item, overdue and
out-of-date actions flagged where the plan lists them, the progress report's
headline, a story page's facts and its way back."""

from __future__ import annotations

import datetime as dt
import re

from support.html import Page, element_text

from macros.data.models import Contacts, DeliveryPlan, Glossary, Offer, Portfolio, PublishedIds, Story
from macros.render.glossary import explain, render_glossary, terms_in
from macros.render.offer import render_offer
from macros.render.plan import render_delivery_plan
from macros.render.progress import render_progress_report
from macros.render.stories import render_story, render_story_cards

GLOSSARY = Glossary.model_validate({"terms": [
    {"term": "PHM", "stands_for": "population health management", "meaning": "Using data to plan care."},
    {"term": "22/23", "stands_for": "April 2022 to March 2023", "meaning": "A year written the NHS way."},
    {"term": "MDT", "stands_for": "multidisciplinary team", "meaning": "A team of many professions."},
    {"term": "virtual ward", "meaning": "Hospital care at home."},
    {"term": "dosage", "meaning": "Not sure yet.", "status": "to_be_confirmed"},
]})


def story(**changes) -> Story:
    fields = dict(title="A story", summary="Short.", visibility="public", slug="a-story")
    return Story(**{**fields, **changes})


# --- words we use ---

def test_a_summary_spells_out_each_abbreviation_where_it_is_first_used():
    text = str(explain("Using PHM: 150 people in 22/23, and PHM again.", GLOSSARY))
    assert text == ("Using PHM (population health management): 150 people in 22/23 (April 2022 to March 2023), "
                    "and PHM again.")


def test_a_summary_that_already_says_what_an_abbreviation_stands_for_is_left_as_it_is():
    assert str(explain("A multidisciplinary team (MDT) met.", GLOSSARY)) == "A multidisciplinary team (MDT) met."


def test_terms_match_whole_words_abbreviations_letter_for_letter_words_whatever_their_capitals():
    found = [term.term for term in terms_in(["PHMS and phm are not it; the Covid Virtual Ward"], GLOSSARY)]
    assert found == ["virtual ward"]
    assert [t.term for t in terms_in(["The PHM team"], GLOSSARY)] == ["PHM"]


def test_explaining_escapes_the_editors_text():
    assert str(explain("<b>PHM</b>", GLOSSARY)) == "&lt;b&gt;PHM (population health management)&lt;/b&gt;"


def test_the_public_glossary_holds_confirmed_terms_only_and_staff_see_what_is_not():
    public = GLOSSARY.confirmed_only()
    assert "dosage" not in [term.term for term in public.terms] and len(public.terms) == 4
    staff = Page(render_glossary(GLOSSARY, staff=True)).text
    assert "dosage" in staff and "Meaning to be confirmed" in staff
    assert "to be confirmed" not in Page(render_glossary(public, staff=False)).text


def test_story_cards_spell_out_abbreviations_and_the_story_page_lists_its_words():
    one = story(summary="Using PHM in 22/23.", what_we_did=["A virtual MDT."])
    card = Page(render_story_cards([one], "stories/", GLOSSARY)).text
    assert "Using PHM (population health management) in 22/23 (April 2022 to March 2023)." in card
    page = render_story(one, {}, [], root="../../", staff=False, glossary=GLOSSARY, list_url="../")
    text = Page(page).text
    assert "Words used in this story" in text
    for term in ("PHM", "22/23", "MDT"):
        assert term in text
    assert "Using data to plan care." in text and "virtual ward" not in text


# --- a story page: its facts and a way back ---

def test_a_story_page_names_its_organisation_or_the_partners_and_leads_back_to_the_list():
    page = render_story(story(), {}, [], root="../../", staff=False, list_url="../../stories/")
    text = Page(page).text
    assert "Organisation One Gloucestershire health and care partners" in text
    assert Page(page).links().count("../../stories/") == 2  # at the top, and at the end


# --- the offer: how to ask for each item ---

CONTACTS = Contacts.model_validate({"contacts": [
    {"name": "Pat Lead", "role": "QI lead", "email": "pat.lead@nhs.net"},
    {"name": "To be confirmed", "email": "team@nhs.net", "to_be_confirmed": ["name"]}]})


def offer(*items: dict) -> Offer:
    return Offer.model_validate({"items": [{"id": f"item-{n}", "title": f"Item {n}", **item}
                                           for n, item in enumerate(items)]})


def test_each_offer_item_says_how_to_ask_for_it_naming_its_contact():
    html = render_offer(offer({"how_to_ask": "Email us with your idea", "contact": "pat.lead@nhs.net"},
                              {"contact": "team@nhs.net"}), contacts=CONTACTS)
    first = element_text(html, "item-0")
    assert "How to ask for it: Email us with your idea: Pat Lead (QI lead), pat.lead@nhs.net." in first
    second = element_text(html, "item-1")
    assert "How to ask for it: contact team@nhs.net." in second and "To be confirmed" not in second


def test_an_offer_items_way_to_ask_written_as_a_sentence_keeps_its_full_stop_once():
    html = render_offer(offer({"how_to_ask": "Email the ward.", "contact": "pat.lead@nhs.net"},
                              {"how_to_ask": "Ask at the weekly huddle!"}), contacts=CONTACTS)
    assert "How to ask for it: Email the ward. Contact: Pat Lead (QI lead), pat.lead@nhs.net." \
        in element_text(html, "item-0")
    assert "How to ask for it: Ask at the weekly huddle! Link" in element_text(html, "item-1")


def test_an_offer_item_without_a_way_to_ask_says_so_and_points_to_the_contacts():
    html = render_offer(offer({}), contacts=CONTACTS)
    assert ("How to ask for it: To be confirmed. Until it is, ask the Improvement Community"
            in element_text(html, "item-0"))
    assert 'href="#how-to-get-qi-support"' in html and 'id="how-to-get-qi-support"' in html
    assert "Pat Lead" in Page(html).text  # the contacts, under "How to get QI support"
    # Which the page's opening says, rather than promising a route under every part.
    assert "Ask the Improvement Community about any part of our offer, using the contacts below." in Page(html).text


# --- the delivery plan: overdue and out of date where each action is listed ---

NO_PORTFOLIO = Portfolio.model_validate({"title": "Portfolio", "workstream": "elsewhere", "status": "agreed"})


def plan(*actions: dict) -> DeliveryPlan:
    return DeliveryPlan.model_validate({
        "pillars": [{"id": "lead", "name": "LEAD"}],
        "workstreams": [{"id": "convene", "pillar": "lead", "name": "Convene",
                         "next_year": [{"text": f"Text of {a['id']}.", **a} for a in actions]}]})


def test_an_action_past_its_due_month_says_overdue_whatever_its_status_says():
    the_plan = plan({"id": "late", "status": "on-track", "due": "2026-09"},
                    {"id": "in-time", "status": "on-track", "due": "2026-12"},
                    {"id": "done", "status": "complete", "due": "2026-09"})
    html = render_delivery_plan(the_plan, NO_PORTFOLIO, today=dt.date(2026, 12, 4))
    assert "On track" in element_text(html, "late") and "Overdue" in element_text(html, "late")
    assert "Overdue" not in element_text(html, "in-time") and "Overdue" not in element_text(html, "done")
    # Without a date to judge by, nothing is flagged.
    assert "Overdue" not in Page(render_delivery_plan(the_plan, NO_PORTFOLIO)).text


def test_an_action_whose_latest_update_is_old_says_so():
    old, recent = {"date": dt.date(2026, 8, 1), "text": "Began."}, {"date": dt.date(2026, 11, 1), "text": "Went on."}
    the_plan = plan({"id": "quiet", "status": "on-track", "updates": [old]},
                    {"id": "recent", "status": "on-track", "updates": [recent]})
    html = render_delivery_plan(the_plan, NO_PORTFOLIO, today=dt.date(2026, 12, 4))
    assert "No update for more than 90 days" in element_text(html, "quiet")
    assert "No update for more than" not in element_text(html, "recent")


# --- the progress report opens with how delivery stands ---

def test_the_report_opens_with_every_status_and_the_overdue_among_them():
    the_plan = plan({"id": "a", "status": "on-track", "due": "2026-09"}, {"id": "b", "status": "on-track"},
                    {"id": "c", "status": "at-risk"}, {"id": "d"})
    html = render_progress_report(the_plan, PublishedIds.model_validate({"offer": []}), dt.date(2026, 12, 4),
                                  "../delivery-plan/", None, None)
    first = html[:html.index("Actions by status")]
    text = re.sub(r" ([,.;:])", r"\1", Page(first).text)  # no space a link leaves before punctuation
    assert "How delivery stands on 4 December 2026" in text
    assert ("Of the 4 actions in the delivery plan: 1 not reported, 0 not started, 2 on track, 1 at risk, "
            "0 off track and 0 complete. Of these 4, 1 is overdue: past its due month and not complete.") in text
    counts = text.split("not complete.")[1].split("This report is as of")[0]
    assert counts.split() == ["1", "Not", "reported", "0", "Not", "started", "2", "On", "track", "1", "At", "risk",
                              "0", "Off", "track", "0", "Complete", "4", "in", "all", "Of", "which", "overdue:", "1",
                              "of", "the", "4", "actions", "above,", "each", "also", "counted", "under", "its",
                              "status"]
