"""Links partners rely on: published offer ids never silently disappear,
moved pages and items are recorded, and the version history comes from data."""

from __future__ import annotations

import json
import re

import pytest

from macros.data.errors import DataErrors
from macros.render.addresses import latest_url, page_url, relative_url
from macros.data import read_all
from macros.data.models import Offer, VersionHistory
from macros.render.offer import render_offer
from macros.render.versions import render_version_history


def problems(project) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        read_all(project.path)
    return caught.value.lines()


def line_of(project, path: str, text: str) -> int:
    return next(n for n, line in enumerate(project.read(path).splitlines(), 1) if text in line)


def replace(project, path: str, old: str, new: str) -> None:
    content = project.read(path)
    assert old in content, f"{old!r} not in {path}"
    project.write(path, content.replace(old, new, 1))


# Published ids -------------------------------------------------------------

def test_a_published_id_that_disappears_is_caught_by_make_check(project):
    replace(project, "data/offer.yml", "  - id: qi-training\n", "  - id: qi-education\n")
    result = project.make("check")
    assert result.returncode != 0
    line = line_of(project, "data/published_ids.yml", "  - qi-training")
    assert result.stdout.splitlines() == [
        f"data/published_ids.yml:{line}: offer item `qi-training` was published but is no longer in "
        "data/offer.yml, so partners' links to it would break; restore it there, or record where it went "
        "under `moved:` (`qi-training: new-id`)"]


def test_a_recorded_move_keeps_the_check_passing(project):
    replace(project, "data/offer.yml", "  - id: qi-training\n", "  - id: qi-education\n")
    replace(project, "data/published_ids.yml", "moved: {}", "moved:\n  qi-training: qi-education")
    assert read_all(project.path).published_ids.moved == {"qi-training": "qi-education"}


@pytest.mark.parametrize("moved, expected", [
    ("no-such-item", "`no-such-item` is not an item id in data/offer.yml"),
    ("no-such-page.md#here", "`no-such-page.md#here` names docs/no-such-page.md, which does not exist"),
    ("offer.md", "`offer.md` is neither an offer item id nor a page and anchor"),
])
def test_a_move_to_nowhere_is_caught(project, moved, expected):
    replace(project, "data/offer.yml", "  - id: qi-training\n", "  - id: qi-education\n")
    replace(project, "data/published_ids.yml", "moved: {}", f"moved:\n  qi-training: {moved}")
    line = line_of(project, "data/published_ids.yml", "  qi-training:")
    [error] = problems(project)
    assert error.startswith(f"data/published_ids.yml:{line}: {expected}")


def test_a_move_to_an_anchor_missing_on_another_page_fails_the_build(project):
    replace(project, "data/offer.yml", "  - id: qi-training\n", "  - id: qi-education\n")
    replace(project, "data/published_ids.yml", "moved: {}", "moved:\n  qi-training: stories.md#no-such-anchor")
    result = project.make("build")
    assert result.returncode != 0
    assert ("data/published_ids.yml: `qi-training` moved to stories.md#no-such-anchor, but the built page "
            "stories/ has no element with id `no-such-anchor`") in result.stdout + result.stderr
    assert not (project.path / "site" / "playbook").exists()


def test_an_id_still_in_the_offer_cannot_be_moved(project):
    replace(project, "data/published_ids.yml", "moved: {}", "moved:\n  qi-training: qi-facilitation")
    [error] = problems(project)
    assert "`qi-training` is still an item in data/offer.yml, so it has not moved; remove this line" in error


# Moved pages ---------------------------------------------------------------

@pytest.mark.parametrize("redirect, expected", [
    ("offer.md: stories.md", "docs/offer.md still exists, so it has not moved"),
    ("old.md: no-such.md", "the redirect's new page docs/no-such.md does not exist"),
    ("../old.md: offer.md", "`../old.md` is not a page path"),
])
def test_a_redirect_must_lead_from_a_gone_page_to_a_real_one(project, redirect, expected):
    replace(project, "data/redirects.yml", "pages: {}", f"pages:\n  {redirect}")
    [error] = problems(project)
    assert error.startswith(f"data/redirects.yml:{line_of(project, 'data/redirects.yml', redirect)}: {expected}")


def test_a_renamed_page_leaves_a_redirect_that_keeps_the_anchor(project):
    project.rename_page("offer.md", "qi-offer.md")
    replace(project, "data/redirects.yml", "pages: {}", "pages:\n  offer.md: qi-offer.md")
    # ...and an item moves off the offer, to a section of another page.
    replace(project, "data/offer.yml", "  - id: qi-training\n", "  - id: qi-education\n")
    replace(project, "data/published_ids.yml", "moved: {}",
            "moved:\n  qi-training: stories.md#how-we-are-already-creating-change")
    result = project.make("build")
    assert result.returncode == 0, result.stdout + result.stderr
    old = project.read("site/playbook/offer/index.html")
    assert 'location.replace("../qi-offer/" + location.search + location.hash)' in old
    assert '<meta http-equiv="refresh" content="0; url=../qi-offer/">' in old
    assert '<a href="../qi-offer/">' in old
    items = json.loads(project.read("site/playbook/offer.json"))
    assert {item["url"].split("#")[0] for item in items} == {"qi-offer/"}
    offer = project.read("site/playbook/qi-offer/index.html")
    assert ('id="qi-training" data-ogic-moved-to="../stories/#how-we-are-already-creating-change"') in offer
    assert 'id="how-we-are-already-creating-change"' in project.read("site/playbook/stories/index.html")


# Versions ------------------------------------------------------------------

def test_the_current_version_needs_a_history_entry(project):
    replace(project, "data/playbook.yml", 'version: "10.0"', 'version: "10.1"')
    [error] = problems(project)
    assert error.startswith("data/playbook.yml:5: `version` 10.1 has no entry in data/versions.yml")


def test_the_history_status_must_match_the_banner(project):
    replace(project, "data/versions.yml", "    status: draft", "    status: agreed")
    [error] = problems(project)
    line = line_of(project, "data/versions.yml", "status: agreed")
    assert error.startswith(f"data/versions.yml:{line}: `status` of 10.0 is agreed, but data/playbook.yml says draft")


def test_the_current_version_is_the_newest(project):
    replace(project, "data/versions.yml", "versions:\n", 'versions:\n  - version: "10.1"\n    status: draft\n')
    [error] = problems(project)
    assert error.startswith("data/playbook.yml:5: `version` 10.0 is older than 10.1 in data/versions.yml")


def test_version_history_says_what_is_not_recorded():
    history = VersionHistory.model_validate({"versions": [
        {"version": "9.0", "status": "agreed", "date": "2025-03-01", "changes": ["First agreed."]},
        {"version": "10.0", "status": "draft"},
    ]})
    html = render_version_history(history, "10.0")
    rows = re.findall(r"<tr id=\"version-([\d-]+)\">(.*?)</tr>", html, re.S)
    assert [row[0] for row in rows] == ["10-0", "9-0"]  # newest first
    assert "Not recorded" in rows[0][1] and "What changed from the version before is not recorded." in rows[0][1]
    assert '<time datetime="2025-03-01">1 March 2025</time>' in rows[1][1] and "First agreed." in rows[1][1]
    assert "Versions before 9.0 are not recorded here." in html


def test_the_version_history_page_shows_the_data(built):
    html = built.read("site/playbook/versions/index.html")
    assert '<th scope="row">10.0 <span class="ogic-badge">current</span></th>' in html
    assert "Draft revised Play Book for partner discussion." in html
    assert "Not recorded" in html and "Versions before 10.0 are not recorded here." in html


# Stable links on the offer page --------------------------------------------

def test_link_helpers():
    assert page_url("offer.md") == "offer/" and page_url("index.md") == "" and page_url("a/index.md") == "a/"
    assert relative_url("offer/", "qi-offer/") == "../qi-offer/"
    assert relative_url("", "offer/") == "offer/"
    assert latest_url("offer/", "x") == "../../latest/offer/#x"
    assert latest_url("", "x") == "../latest/#x"


def make_offer():
    item = {"id": "coaching", "title": "Coaching", "source": "Slide 7"}
    return Offer.model_validate({"introduction": "Our offer.", "items": [item]})


def test_a_published_offer_links_each_item_under_latest():
    html = render_offer(make_offer(), page_url="guides/offer/", versioned=True)
    assert '<a href="../../../latest/guides/offer/#coaching">Stable link to this offer item' in html


def test_an_unpublished_build_links_each_item_to_its_anchor():
    html = render_offer(make_offer(), page_url="offer/")
    assert '<a href="#coaching">Link to this offer item' in html and "latest" not in html


def test_a_moved_id_gets_an_anchor_that_leads_on():
    moved = [{"id": "old-coaching", "href": "#coaching", "title": "Coaching"}]
    html = render_offer(make_offer(), moved=moved)
    assert ('<p class="ogic-moved" id="old-coaching" data-ogic-moved-to="#coaching">This offer item has moved: '
            '<a href="#coaching">Coaching</a>.</p>') in html


def test_every_published_id_is_an_anchor_on_the_built_offer_page(built):
    html = built.read("site/playbook/offer/index.html")
    published = read_all(built.path).published_ids.offer
    assert published
    for item_id in published:
        assert f'id="{item_id}"' in html
