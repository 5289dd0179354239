"""Links partners rely on, in the built play book: every published offer id is an
anchor on the offer page, a renamed page leaves a redirect that keeps the
#anchor, an id moved to another page's anchor leads there (or stops the build
when the anchor is missing), and the version history comes from data.

On copies of the fixture play book, built in-process (the page-level checks
`make check` makes are in tests/unit/test_stable_links_checks.py)."""

from __future__ import annotations

import json

import yaml
from support.html import Page

OLD, NEW = "fixture-training", "fixture-education"


def move_item_to(project, target: str) -> None:
    """fixture-training is renamed, and its old id recorded as moved to ``target``."""
    project.replace("data/offer.yml", f"  - id: {OLD}\n", f"  - id: {NEW}\n")
    project.replace("data/published_ids.yml", "offer:\n", f"offer:\n  - {NEW}\n")
    project.replace("data/published_ids.yml", "moved: {}", f"moved:\n  {OLD}: {target}")


def test_every_published_id_is_an_anchor_on_the_built_offer_page(fixture_built):
    published = yaml.safe_load(fixture_built.read("data/published_ids.yml"))["offer"]
    ids = Page(fixture_built.page("playbook", "offer/")).ids()
    assert published and set(published) <= set(ids)


def test_a_move_to_an_anchor_missing_on_another_page_fails_the_build(fixture_site):
    move_item_to(fixture_site, "stories.md#no-such-anchor")
    assert fixture_site.problems() == [], "only the built page can tell"
    result = fixture_site.build("playbook")
    assert not result.ok
    # MkDocs logs the plugin's error; BuildResult.output holds only what was printed.
    assert (f"data/published_ids.yml: `{OLD}` moved to stories.md#no-such-anchor, but the built page "
            "stories/ has no element with id `no-such-anchor`") in result.output


def test_a_renamed_page_leaves_a_redirect_that_keeps_the_anchor(fixture_site):
    fixture_site.rename_page("offer.md", "our-offer.md")
    fixture_site.replace("data/redirects.yml", "pages: {}", "pages:\n  offer.md: our-offer.md")
    # ...and an item moves off the offer, to a heading of another page.
    move_item_to(fixture_site, "stories.md#fixture-stories")
    result = fixture_site.build("playbook")
    assert result.ok, result.output

    old = fixture_site.page("playbook", "offer/")
    assert 'location.replace("../our-offer/" + location.search + location.hash)' in old
    assert '<meta http-equiv="refresh" content="0; url=../our-offer/">' in old
    assert '<a href="../our-offer/">' in old  # for readers without JavaScript
    items = json.loads(fixture_site.read("site/playbook/offer.json"))
    assert {item["url"] for item in items} == {"our-offer/#fixture-coaching", f"our-offer/#{NEW}"}
    offer = fixture_site.page("playbook", "our-offer/")
    assert f'id="{OLD}" data-ogic-moved-to="../stories/#fixture-stories"' in offer
    assert "fixture-stories" in Page(fixture_site.page("playbook", "stories/")).ids()


def test_the_version_history_page_shows_the_data(fixture_built):
    page = Page(fixture_built.page("playbook", "versions/"))
    [row] = [attributes for tag, attributes in page.elements if tag == "tr" and "id" in attributes]
    assert row["id"] == "version-1-0"
    assert "1.0 current" in page.text  # the fixture's version, marked as the one in data/playbook.yml
    assert "The fixture's first version." in page.text  # its description in data/versions.yml
    assert "Not recorded" in page.text  # it has no date
