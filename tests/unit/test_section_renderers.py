"""Section renderers on small data, without a build: honest states and safe text."""

import re

import pytest

from support.html import Page
from macros.data.models import Contacts, DeliveryPlan, Governance, Portfolio, StrategicFocus, Training
from macros.data.models.context import CollaborationPrinciples, Context
from macros.render.context import render_collaboration_principles
from macros.render.markdown import heading
from macros.render.people import render_contacts, render_governance
from macros.render.plan import render_delivery_plan
from macros.render.strategy import render_strategic_focus
from macros.render.training import render_training

TBA = "To be agreed with partners"


def plan(**workstream):
    return DeliveryPlan.model_validate({
        "pillars": [{"id": "lead", "name": "LEAD"}],
        "workstreams": [{"id": "integrate", "pillar": "lead", "name": "Integrate", **workstream}]})


def portfolio(**changes):
    return Portfolio.model_validate({"title": "Portfolio", "workstream": "integrate", "status": "to_be_agreed",
                                     **changes})


def test_workstream_shows_to_be_agreed_only_when_its_status_says_so():
    pending = render_delivery_plan(plan(status="to_be_agreed"), portfolio(workstream="other"))
    agreed = render_delivery_plan(plan(next_year=[{"id": "do-it", "text": "Do it."}]), portfolio(workstream="other"))
    assert TBA in pending and TBA not in agreed and "Do it." in agreed


def test_delivery_plan_headings_carry_the_workstream_ids_for_the_table_of_contents():
    markdown = render_delivery_plan(plan(next_year=[{"id": "do-it", "text": "Do it."}]), portfolio(status="agreed",
                                                                          entries=[{"name": "Frailty"}]))
    assert "## LEAD { #lead }" in markdown
    assert "### LEAD: Integrate { #integrate }" in markdown
    assert "#### Portfolio { #portfolio-summary }" in markdown and "Frailty" in markdown
    assert markdown.count(TBA) == 0


@pytest.mark.parametrize("render, model, empty, filled, shown", [
    (render_governance, Governance, {"groups": []}, {"groups": [], "arrangements": ["The Board meets."]},
     "The Board meets."),
    (render_strategic_focus, StrategicFocus, {}, {"priorities": [{"name": "Frailty"}]}, "Frailty"),
])
def test_sections_show_to_be_agreed_from_their_status(render, model, empty, filled, shown):
    assert TBA in render(model.model_validate({"status": "to_be_agreed", **empty}))
    agreed = render(model.model_validate({"status": "agreed", **filled}))
    assert TBA not in agreed
    assert shown in agreed


def test_text_from_data_cannot_inject_markup_into_a_heading():
    line = heading(3, "<script>alert(1)</script> *bold* [link](x)", "safe")
    assert "<script>" not in line and "&lt;script&gt;" in line
    assert r"\*bold\*" in line and r"\[link\]" in line
    assert line.endswith("{ #safe }")


def test_a_programme_whose_name_is_to_be_confirmed_says_so_and_is_never_guessed():
    training = Training.model_validate({"reports": [{"id": "r", "title": "Training", "programmes": [
        {"name": "Named", "figures": [{"level": "Bronze", "value": 5}]},
        {"to_be_confirmed": ["name"], "figures": [{"level": "Silver", "value": 7, "note": "4 grads"}]},
        {"figures": [{"level": "Gold", "value": 2}, {"level": "Extra", "value": 9, "in_addition": True}]}]}]})
    html = render_training(training)
    text = Page(html).text
    assert "Named" in text and "4 grads" in text
    assert "Programme 2 (name to be confirmed)" in html  # the chart's label
    assert text.count("name to be confirmed") >= 2  # the chart and the table
    assert "period not stated" in text
    # A figure given in brackets beside another is an addition, not a level of its own.
    assert "+9" in text and "Extra (in addition)" in text


def test_a_figure_in_other_units_is_said_in_the_visible_caption_to_be_in_the_table_only():
    training = Training.model_validate({"reports": [{"id": "r", "title": "Training", "programmes": [
        {"name": "Quick start", "figures": [{"value": 45, "unit": "practices"}]},
        {"name": "Named", "figures": [{"level": "Bronze", "value": 5}]}]}]})
    caption = Page(re.search(r"<figcaption.*?</figcaption>", render_training(training), re.S).group(0)).text
    assert "in the table only: Quick start: 45 practices." in caption


def test_reports_of_one_title_are_told_apart_by_their_periods_in_their_headings():
    report = {"title": "QI training", "programmes": [{"name": "A", "figures": [{"level": "Bronze", "value": 5}]}]}
    training = Training.model_validate({"reports": [{**report, "id": "r1", "to_be_confirmed": ["period"]},
                                                    {**report, "id": "r2", "period": "2023"}]})
    headings = re.findall(r"^### (.*?) \{", render_training(training), re.M)
    assert headings == ["QI training (period to be confirmed)", "QI training (2023)"]


def test_a_contact_whose_name_and_role_are_to_be_confirmed_says_so_to_staff_only():
    contacts = Contacts.model_validate({"introduction": "Ask us.", "contacts": [
        {"name": "A Person", "email": "a.person@nhs.net"},
        {"name": "To be confirmed", "email": "b.person@nhs.net", "to_be_confirmed": ["name", "role"]}]})
    staff = Page(render_contacts(contacts, staff=True))
    # What is known leads the card (the address), and what is missing is said once, below it.
    titles = re.findall(r'<p class="ogic-card__title"><strong>(?:<a[^>]*>)?([^<]*)<', render_contacts(contacts, True))
    assert titles == ["A Person", "b.person@nhs.net"]
    assert "Name and role to be confirmed" in staff.text
    assert staff.text.count("to be confirmed") == 1  # A Person has no role to show, and none is said missing
    assert staff.find("a", href="mailto:a.person@nhs.net")
    public = Page(render_contacts(contacts, staff=False)).text
    assert "Role to be confirmed" not in public


def test_principles_whose_name_or_wording_is_to_be_confirmed_say_so():
    principles = CollaborationPrinciples.model_validate({
        "title": "Principles", "introduction": "Five.", "count": 5, "status": "to_be_confirmed",
        "principles": [{"name": "Keep learning together", "text": "Try."},
                       {"text": "… fragment", "to_be_confirmed": ["name", "text"]}]})
    context = Context.model_construct(collaboration_principles=principles)
    text = Page(render_collaboration_principles(context, {})).text
    assert "Keep learning together. Try." in text
    assert "Name to be confirmed" in text and "… fragment" in text and "full wording to be confirmed" in text
    assert "To be confirmed" in text and TBA not in text
