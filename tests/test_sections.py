"""The built play book: every section of the source, in order, each drawn from its data file."""

import json
import re

import pytest
import yaml

from html_text import Page, section, squash

# The source document's twelve sections, in its order, and where each is built.
SECTIONS = [
    ("index.html", "Welcome to the Improvement Community"),
    ("context/index.html", "national and local strategic context"),
    ("stories/index.html", "How we are already creating change"),
    ("strategic-proposals/index.html", "developing strategic proposals"),
    ("purpose-and-vision/index.html", "Purpose and vision"),
    ("deployment/index.html", "How we are deployed"),
    ("offer/index.html", "The Improvement Community offer"),
    ("capacity/index.html", "capacity and capability"),
    ("strategic-focus/index.html", "Strategic focus and prioritisation"),
    ("delivery-plan/index.html", "delivery plan"),
    ("governance/index.html", "Governance"),
    ("get-involved/index.html", "get involved"),
]


def html_of(built, path: str) -> str:
    return (built.path / "site" / "playbook" / path).read_text(encoding="utf-8")


def text_of(built, path: str) -> str:
    return Page(html_of(built, path)).text


def data(built, name: str):
    return yaml.safe_load(built.read(f"data/{name}.yml"))


@pytest.mark.parametrize("path, title", SECTIONS, ids=[p for p, _ in SECTIONS])
def test_every_section_page_is_built_with_its_heading(built, path, title):
    h1 = re.search(r"<h1[^>]*>(.*?)<", html_of(built, path), re.S)
    assert h1 and title.lower() in h1.group(1).lower()


@pytest.mark.parametrize("path", [p for p, _ in SECTIONS])
def test_ids_are_unique_and_every_in_page_reference_resolves(built, path):
    html = html_of(built, path)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    for reference in re.findall(r'aria-(?:labelledby|describedby)="([^"]+)"', html):
        assert set(reference.split()) <= set(ids), reference
    assert [h for h in re.findall(r'href="#([^"]+)"', html) if h not in ids] == []


def test_navigation_follows_the_source_order(built):
    html = html_of(built, "index.html")
    nav = html[html.index('class="md-nav md-nav--primary"'):]
    links = [a["href"] for tag, a in Page(nav).elements
             if tag == "a" and "md-nav__link" in a.get("class", "") and not a.get("href", "#").startswith("#")]
    pages = []
    for link in links:
        page = "index.html" if link in (".", "./") else link.strip("./") + "/index.html"
        if page not in pages:
            pages.append(page)
    assert pages[: len(SECTIONS)] == [p for p, _ in SECTIONS]


def test_welcome_names_who_supports_the_community(built):
    text = text_of(built, "index.html")
    for group in data(built, "governance")["groups"]:
        assert group["name"] in text and squash(group["description"]) in text


def test_context_page_shows_reviews_timeline_baseline_and_principles(built):
    text = text_of(built, "context/index.html")
    context = data(built, "context")
    for review in context["national_reviews"]["reviews"]:
        assert review["name"] in text and f"({review['year']})" in text
    for event in data(built, "timeline")["events"]:
        assert event["title"] in text and str(event["year"]) in text
    baseline = context["baseline_assessment"]
    for item in baseline["strengths"] + baseline["opportunities"]:
        assert item in text
    principles = context["collaboration_principles"]
    for principle in principles["principles"]:
        assert squash(principle["text"]) in text
    assert "Use an improvement mindset" in text
    unnamed = [p for p in principles["principles"] if not p.get("name")]
    assert text.count("Name not legible in the source") == len(unnamed)


def test_capability_page_shows_rating_range_and_every_component(built):
    text = text_of(built, "strategic-proposals/index.html")
    assessment = data(built, "capability_assessment")
    assert '"Developing"' in text and "2.1" in text and "2.7" in text
    assert "NHS England South West" in text and "Dec 2022" in text
    for component in assessment["components"]:
        assert component["name"] in text and squash(component["findings"]) in text
        for recommendation in component["recommendations"]:
            assert recommendation in text


def test_purpose_and_vision_page_shows_vision_and_guiding_principles(built):
    text = text_of(built, "purpose-and-vision/index.html")
    vision = data(built, "vision")
    assert squash(vision["statement"]) in text
    assert squash(vision["challenge"]["quote"]) in text
    for principle in vision["guiding_principles"]:
        assert principle["name"] in text
        assert all(point in text for point in principle["points"])


def test_capacity_page_shows_every_training_figure_with_its_period(built):
    html = html_of(built, "capacity/index.html")
    training = data(built, "training")
    for statement in training["statements"]:
        assert statement in Page(html).text
    for report in training["reports"]:
        table = Page(section(html, report["id"]))
        period = report.get("period") or "period not stated in the source"
        assert period in table.text
        cells = [int(td["data-value"]) for td in table.find("td") if "data-value" in td]
        assert cells == [f["value"] for p in report["programmes"] for f in p["figures"]]
        unnamed = [p for p in report["programmes"] if not p.get("name")]
        assert table.text.count("(name not legible in the source)") >= len(unnamed)


def test_capacity_page_shows_the_dosage_guidance_and_its_source(built):
    text = text_of(built, "capacity/index.html")
    guidance = data(built, "capacity_guidance")
    assert guidance["source"] in text
    for role in guidance["roles"]:
        assert f"{role['percent']:g}%" in text
        assert f"{role['at_reference']['low']} to {role['at_reference']['high']}" in text


def test_delivery_plan_page_shows_every_workstream_action_and_outcome(built):
    html = html_of(built, "delivery-plan/index.html")
    plan = data(built, "delivery_plan")
    for workstream in plan["workstreams"]:
        part = Page(section(html, workstream["id"])).text
        for line in workstream.get("next_year", []) + workstream.get("five_years", []):
            assert squash(line) in part, line
    assert data(built, "portfolio")["title"] in Page(html).text


def test_get_involved_page_lists_every_contact(built):
    page = Page(html_of(built, "get-involved/index.html"))
    for contact in data(built, "contacts")["contacts"]:
        assert contact["name"] in page.text
        assert page.find("a", href=f"mailto:{contact['email']}")
    assert "Role not given in the source" in page.text


def test_strategic_focus_and_governance_pages_draw_on_their_data(built):
    focus = text_of(built, "strategic-focus/index.html")
    components = {c["id"]: c for c in data(built, "capability_assessment")["components"]}
    for component_id in data(built, "strategic_focus")["related_components"]:
        assert squash(components[component_id]["findings"]) in focus
    governance = text_of(built, "governance/index.html")
    assert all(group["name"] in governance for group in data(built, "governance")["groups"])


@pytest.mark.parametrize("path, anchor", [
    ("strategic-focus/index.html", None),
    ("governance/index.html", None),
    ("delivery-plan/index.html", "integrate"),
    ("delivery-plan/index.html", "portfolio-summary"),
    ("offer/index.html", None),
    ("context/index.html", "collaboration-principles"),
])
def test_to_be_agreed_states_show_where_the_data_says_so(built, path, anchor):
    html = html_of(built, path)
    part = section(html, anchor) if anchor else html
    assert "To be agreed with partners" in Page(part).text


def test_agreed_workstreams_have_no_to_be_agreed_block(built):
    html = html_of(built, "delivery-plan/index.html")
    assert "To be agreed with partners" not in Page(section(html, "convene")).text


# Every figure in the source document, and the page where a reader finds it.
SOURCE_FIGURES = {
    "capacity/index.html": ["Over 5000 people", "45 practices", "3712", "769", "62", "128", "710", "604", "37",
                            "125", "82", "279", "348", "112", "4 grads", "49", "73", "29", "14",
                            "January-August 2023", "0.4%", "5%", "15 to 20", "150 to 200", "4,000",
                            "20% to 25%", "three to four teams", "NHS improvement & HI 2017"],
    "strategic-proposals/index.html": ["2.1", "2.7", "Developing", "Dec 2022"],
    "stories/index.html": ["48%", "6000", "150", "22/23", "300", "23/24", "2022"],
    "context/index.html": ["2021", "2022", "2023", "November 2023", "Five principles"],
    "purpose-and-vision/index.html": ["2028", "2024"],
    "delivery-plan/index.html": ["200 more competent Improvers"],
}


@pytest.mark.parametrize("path", SOURCE_FIGURES)
def test_every_figure_of_the_source_is_on_its_page(built, path):
    text = text_of(built, path)
    missing = [figure for figure in SOURCE_FIGURES[path] if figure not in text]
    assert not missing


def test_search_index_holds_the_new_sections(built):
    index = json.loads(html_of(built, "search/search_index.json"))
    text = " ".join(doc["text"] + doc["title"] for doc in index["docs"])
    for phrase in ("Prioritisation And Communication of Improvement", "Human Factors", "Steering Group",
                   "By 2028 we will nurture"):
        assert phrase in text, phrase
