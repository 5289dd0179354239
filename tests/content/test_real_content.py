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
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES


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


def test_a_reader_reaches_how_to_get_qi_support_from_the_home_page_in_one_step(repository_built):
    from support.html import Page

    home = Page(repository_built.page("playbook", ""))
    targets = {link.split("#")[0] for link in home.links() if not link.startswith(("http", "mailto:", "#"))}
    assert any("how-to-get-qi-support" in Page(repository_built.page("playbook", target)).ids()
               for target in targets if (repository_built.site("playbook") / target / "index.html").is_file())


def test_the_progress_reports_first_part_says_how_delivery_stands(repository_built):
    from support.content import built_page

    pages = PageIndex.read(repository_built.path, PAGE_NAMES).calling("docs", "progress_report")
    assert pages, "no page calls progress_report: the Board's report is missing"
    for url in pages:
        html = built_page(repository_built.site("playbook"), url).read_text(encoding="utf-8")
        content = html[html.index('<article class="md-content__inner md-typeset">'):]
        first = content[:content.index('id="actions-by-status"')]
        assert 'id="how-delivery-stands"' in first, url
