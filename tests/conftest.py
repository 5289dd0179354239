"""Fixtures every folder shares.

- ``fixture_site``: a fresh copy of the tests' own play book (tests/fixtures/site/)
  with the project's code, to change or break; ``fixture_built``: one such
  copy with both sites built, shared by the whole run (never change it).
- ``repository``: a fresh copy of the whole repository, real content included,
  for trying an editor's change; ``repository_built``: one such copy built
  by `make build`, the one end-to-end build of the real content.

Only the content tests (tests/content/, tests/browser/) look at the real
content, and only for what holds for any valid content.
"""

from __future__ import annotations

import pytest
from support.projects import Project, copy_repository, fixture_project


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

