"""The built play book's written pages: each built with its heading, ids unique
and every in-page reference resolving, "to be agreed" shown exactly where the
data says so, what the data leaves out said to be missing, and the sections'
text in the search index.

On the fixture play book: its pages call every macro a page can use
(tests/fixtures/site/docs/sections.md and strategic-focus.md).
"""

from __future__ import annotations

import re

import pytest
import yaml
from support.html import Page, element_text, squash
from support.search_index import indexed_pages

TBA = "to be agreed with partners"
SITES = {"playbook": "docs", "stories": "docs-public"}  # each site and the folder of its written pages


@pytest.fixture(scope="module")
def site_built(fixture_built):
    return fixture_built


def data(project, name: str):
    return yaml.safe_load(project.read(f"data/{name}.yml"))


def element(html: str, element_id: str) -> str:
    """The visible text inside the element with a given id (its descendants included)."""
    text = element_text(html, element_id)
    assert text is not None, f"no element with id {element_id!r}"
    return text


def written_pages(project, site: str) -> list[tuple[str, str]]:
    """(URL, the page's "# heading") of each written page of a site."""
    folder = project.path / SITES[site]
    pages = []
    for file in sorted(folder.glob("*.md")):
        heading = next(line[2:].strip() for line in file.read_text(encoding="utf-8").splitlines()
                       if line.startswith("# "))
        pages.append(("" if file.stem == "index" else f"{file.stem}/", heading))
    return pages


@pytest.mark.parametrize("site", SITES)
def test_every_written_page_is_built_with_its_heading(site_built, site):
    pages = written_pages(site_built, site)
    assert len(pages) >= 2
    for url, heading in pages:
        h1 = re.findall(r"<h1[^>]*>(.*?)<", site_built.page(site, url), re.S)
        assert h1 == [heading], url


@pytest.mark.parametrize("site", SITES)
def test_ids_are_unique_and_every_in_page_reference_resolves_on_every_page(site_built, site):
    files = list(site_built.site(site).rglob("*.html"))
    assert len(files) > 10
    for file in files:
        html = file.read_text(encoding="utf-8")
        ids = Page(html).ids()
        assert sorted({i for i in ids if ids.count(i) > 1}) == [], file
        for reference in re.findall(r'aria-(?:labelledby|describedby)="([^"]+)"', html):
            assert set(reference.split()) <= set(ids), (file, reference)
        assert [h for h in re.findall(r'href="#([^"]+)"', html) if h not in ids] == [], file


def to_be_agreed(entry: dict) -> bool:
    return entry.get("status") == "to_be_agreed"


def test_to_be_agreed_shows_exactly_where_the_data_says_so(site_built):
    sections, offer = site_built.page("playbook", "sections/"), site_built.page("playbook", "offer/")
    focus = site_built.page("playbook", "strategic-focus/")
    # (what, whether its data says it is to be agreed, its part of the built page)
    parts = [(item["id"], to_be_agreed(item), element(offer, item["id"]))
             for item in data(site_built, "offer")["items"]]
    parts += [(workstream["id"], to_be_agreed(workstream), element(sections, f"{workstream['id']}-plan"))
              for workstream in data(site_built, "delivery_plan")["workstreams"]]
    for name, page, element_id in (("portfolio", sections, "portfolio-entries"),
                                   ("governance", sections, "governance"),
                                   ("strategic_focus", focus, "strategic-priorities")):
        parts.append((name, to_be_agreed(data(site_built, name)), element(page, element_id)))
    shown = {what: TBA in text.lower() for what, _, text in parts}
    assert shown == {what: says for what, says, _ in parts}
    # The fixture has both kinds, so the check can fail either way.
    assert set(shown.values()) == {True, False}


def test_what_the_data_marks_to_be_confirmed_is_said_so_and_nothing_else(site_built):
    sections = Page(site_built.page("playbook", "sections/")).text
    principles = data(site_built, "context")["collaboration_principles"]["principles"]
    unnamed = [p for p in principles if "name" in p.get("to_be_confirmed", [])]
    assert unnamed and sections.count("Name to be confirmed") == len(unnamed)
    # A contact with no role recorded, and none said to be missing: nothing is shown for it.
    contacts = Page(site_built.page("playbook", "get-involved/")).text
    assert any(not c.get("role") for c in data(site_built, "contacts")["contacts"])
    assert "to be confirmed" not in contacts


def test_each_training_report_table_holds_its_figures_in_order_and_its_period(site_built):
    html = site_built.page("playbook", "sections/")
    for report in data(site_built, "training")["reports"]:
        table = Page(html[html.index(f'<table id="{report["id"]}-table"'):].split("</table>")[0])
        cells = [float(td["data-value"]) for td in table.find("td") if "data-value" in td]
        assert cells == [figure["value"] for p in report["programmes"] for figure in p["figures"]]
        assert report["period"] in table.text
        unnamed = [p for p in report["programmes"] if "name" in p.get("to_be_confirmed", [])]
        assert table.text.count("name to be confirmed") == len(unnamed)
    assert any("name" in p.get("to_be_confirmed", []) for r in data(site_built, "training")["reports"]
               for p in r["programmes"])


def test_search_index_holds_the_sections_and_the_stories(site_built):
    text = squash(" ".join(page.title + " " + page.content for page in indexed_pages(site_built.site("playbook"))))
    vision = data(site_built, "vision")
    phrases = [vision["statement"], vision["guiding_principles"][0]["name"],
               data(site_built, "governance")["groups"][0]["name"],
               data(site_built, "delivery_plan")["workstreams"][0]["next_year"][0]["text"],
               data(site_built, "capability_assessment")["components"][0]["recommendations"][0],
               yaml.safe_load(site_built.read("data/stories/fixture-public-story.yml"))["title"]]
    for phrase in phrases:
        assert phrase in text, phrase


def test_a_component_score_to_be_confirmed_gives_the_range_all_scores_lie_in(site_built):
    focus = squash(Page(site_built.page("playbook", "strategic-focus/")).text)
    assessment = data(site_built, "capability_assessment")
    unscored = [c for c in assessment["components"] if c.get("score") is None]
    lowest, highest = (f"{assessment['score_range'][end]:g}" for end in ("lowest", "highest"))
    assert unscored and focus.count("Score: To be confirmed") == len(unscored)
    # The range is said once above them, not in every one.
    assert focus.count(f"all the components' scores lie between {lowest} and {highest}") == 1
    assert "Score to be confirmed" not in focus
