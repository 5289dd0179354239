"""The real content, as editors leave it: it is valid, both sites build
strictly, and what partners and the public rely on holds.

Only what holds for any valid content is asserted, derived from the data
files (tests/support/content.py): an editor's ordinary change never breaks
these tests; a change that breaks what partners or the public rely on does.
"""

from __future__ import annotations

from support.content import content_problems, delivery_problems
from support.projects import REPO, Project

from macros.data import read_all


def test_every_data_file_and_page_is_valid():
    assert Project(REPO).problems() == []


def test_both_sites_build_strictly(repository_built):
    # `make build` succeeded (the fixture asserts it); both sites are in place.
    for site in ("playbook", "stories"):
        assert (repository_built.site(site) / "index.html").is_file()


def test_offer_json_story_pages_and_the_public_site_hold_what_they_promise(repository_built):
    assert content_problems(repository_built) == []


def test_every_delivery_plan_action_is_in_delivery_json_and_resolves_on_the_built_page(repository_built):
    data = read_all(repository_built.path)
    assert data.delivery_plan.actions(), "the plan has next-year actions to check"
    assert delivery_problems(repository_built, data) == []
