"""Fixtures every folder shares.

- ``fixture_site``: a fresh copy of the tests' own play book (tests/fixtures/site/)
  with the project's code, to change or break; ``fixture_built``: one such
  copy with both sites built, shared by the whole run (never change it).
- ``repository``: a fresh copy of the whole repository, real content included,
  for trying an editor's change; ``repository_built``: one such copy built
  by `make build`, the one end-to-end build of the real content.
- ``published``: one throw-away git repository of the fixture play book,
  published as 1.0 and then 1.1, for the versions tests (tests/build) and what
  a browser makes of them (tests/browser); the end-to-end case of `make publish`
  and `make version`.
- ``capability_built``: the fixture play book with two organisations'
  capability figures (support/capability.py), both sites built.

Only the content tests (tests/content/, tests/browser/) look at the real
content, and only for what holds for any valid content.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from support.capability import capability_project
from support.git import commit_all, init_repository, tree
from support.projects import Project, copy_repository, fixture_project
from support.publishing import CHANGE, raise_version, rename_offer_id, rename_offer_page


@pytest.fixture
def fixture_site(tmp_path) -> Project:
    return fixture_project(tmp_path / "fixture")


@pytest.fixture(scope="session")
def fixture_built(tmp_path_factory) -> Project:
    project = fixture_project(tmp_path_factory.mktemp("fixture-built") / "fixture")
    result = project.build()
    assert result.ok, result.output
    return project


@pytest.fixture
def repository(tmp_path) -> Project:
    return copy_repository(tmp_path / "repository")


@pytest.fixture(scope="session")
def repository_built(tmp_path_factory) -> Project:
    project = copy_repository(tmp_path_factory.mktemp("repository-built") / "repository")
    result = project.make("build")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="session")
def published(tmp_path_factory):
    """The fixture published twice, because each publication runs mike (seconds each):

    1. `make publish`: both sites built, the stories site put into gh-pages
       under stories/, and version 1.0 (the fixture's) published with mike;
    2. then, as an editor would: the version raised to 1.1 with its history
       entry, the offer page renamed (docs/offer.md -> docs/our-offer.md, the
       redirect recorded), an offer id renamed (its move recorded), committed;
    3. `make version`: 1.1 published.

    Never change it in a test (a test that must try something restores it)."""
    project = fixture_project(tmp_path_factory.mktemp("published") / "fixture")
    init_repository(project)
    first = project.make("publish")
    assert first.returncode == 0, first.stdout + first.stderr
    tree_1_0 = tree(project, "gh-pages", "1.0")
    stories_1_0 = tree(project, "gh-pages", "stories")

    raise_version(project, "1.1", CHANGE)
    rename_offer_page(project)
    rename_offer_id(project)
    commit_all(project, "Version 1.1")
    second = project.make("version")
    assert second.returncode == 0, second.stdout + second.stderr
    return SimpleNamespace(project=project, tree_1_0_before=tree_1_0, stories_before=stories_1_0,
                           publish_output=first.stdout, version_output=second.stdout)


@pytest.fixture(scope="session")
def capability_built(tmp_path_factory) -> Project:
    project = capability_project(tmp_path_factory.mktemp("capability") / "fixture")
    result = project.build()
    assert result.ok, result.output
    return project
