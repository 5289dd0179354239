"""What `make check` says about links partners rely on, on a copy of the fixture
play book: a published offer id never silently disappears, moved ids and pages
lead somewhere real, and the version in data/playbook.yml has its history.

Project.problems() gives `make check`'s lines, in this process."""

from __future__ import annotations

import pytest

from macros.data import read_all

# A fixture offer item whose id an editor renames.
OLD, NEW = "fixture-training", "fixture-education"


def rename_item(project) -> None:
    project.replace("data/offer.yml", f"  - id: {OLD}\n", f"  - id: {NEW}\n")


def record_move(project, target: str) -> None:
    project.replace("data/published_ids.yml", "moved: {}", f"moved:\n  {OLD}: {target}")


# Published ids -------------------------------------------------------------

def test_a_published_id_that_disappears_is_reported_where_it_was_recorded(fixture_site):
    rename_item(fixture_site)
    line = fixture_site.line_of("data/published_ids.yml", f"  - {OLD}")
    assert fixture_site.problems() == [
        f"data/published_ids.yml:{line}: offer item `{OLD}` was published but is no longer in "
        "data/offer.yml, so partners' links to it would break; restore it there, or record where it went "
        f"under `moved:` (`{OLD}: new-id`)"]


def test_a_recorded_move_keeps_the_check_passing(fixture_site):
    rename_item(fixture_site)
    fixture_site.replace("data/published_ids.yml", "offer:\n", f"offer:\n  - {NEW}\n")
    record_move(fixture_site, NEW)
    assert fixture_site.problems() == []
    assert read_all(fixture_site.path).published_ids.moved == {OLD: NEW}


@pytest.mark.parametrize("target, expected", [
    ("no-such-item", "`no-such-item` is not an offer item id in data/offer.yml"),
    ("no-such-page.md#here", "`no-such-page.md#here` names docs/no-such-page.md, which does not exist"),
    ("offer.md", "`offer.md` is neither an offer item id nor a page and anchor"),
])
def test_a_move_to_nowhere_is_reported(fixture_site, target, expected):
    rename_item(fixture_site)
    record_move(fixture_site, target)
    line = fixture_site.line_of("data/published_ids.yml", f"  {OLD}:")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/published_ids.yml:{line}: {expected}")


def test_an_id_still_in_the_offer_cannot_be_moved(fixture_site):
    fixture_site.replace("data/published_ids.yml", "moved: {}", f"moved:\n  {OLD}: fixture-coaching")
    line = fixture_site.line_of("data/published_ids.yml", f"  {OLD}:")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/published_ids.yml:{line}: ")
    assert (f"`{OLD}` is still the id of an offer item in data/offer.yml, so it has not moved: "
            "remove this line") in problem


# Moved pages ---------------------------------------------------------------

@pytest.mark.parametrize("redirect, expected", [
    ("offer.md: stories.md", "docs/offer.md still exists, so it has not moved"),
    ("old.md: no-such.md", "the redirect's new page docs/no-such.md does not exist"),
    ("../old.md: offer.md", "`../old.md` is not a page path"),
])
def test_a_redirect_must_lead_from_a_gone_page_to_a_real_one(fixture_site, redirect, expected):
    fixture_site.replace("data/redirects.yml", "pages: {}", f"pages:\n  {redirect}")
    line = fixture_site.line_of("data/redirects.yml", redirect)
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/redirects.yml:{line}: {expected}")


# Versions ------------------------------------------------------------------

def test_the_current_version_needs_a_history_entry(fixture_site):
    fixture_site.replace("data/playbook.yml", 'version: "1.0"', 'version: "1.1"')
    line = fixture_site.line_of("data/playbook.yml", "version:")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/playbook.yml:{line}: `version` 1.1 has no entry in data/versions.yml")


def test_the_history_status_must_match_the_banner(fixture_site):
    fixture_site.replace("data/versions.yml", "    status: draft", "    status: agreed")
    line = fixture_site.line_of("data/versions.yml", "status: agreed")
    [problem] = fixture_site.problems()
    assert problem.startswith(
        f"data/versions.yml:{line}: `status` of 1.0 is agreed, but data/playbook.yml says draft")


def test_the_current_version_is_the_newest(fixture_site):
    fixture_site.replace("data/versions.yml", "versions:\n", 'versions:\n  - version: "1.1"\n    status: draft\n')
    line = fixture_site.line_of("data/playbook.yml", "version:")
    [problem] = fixture_site.problems()
    assert problem.startswith(f"data/playbook.yml:{line}: `version` 1.0 is older than 1.1 in data/versions.yml")
