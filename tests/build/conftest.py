"""The published fixture play book that tests/build's versions tests read.

One throw-away git repository (a fixture copy), published once for the whole
folder, because each publication runs mike (seconds each):

1. `make publish`: both sites built, the stories site put into gh-pages
   under stories/, and version 1.0 (the fixture's) published with mike;
   the end-to-end case of `make publish` (and of `make build`'s part in it);
2. then, as an editor would: the version raised to 1.1 with its history
   entry, the offer page renamed (docs/offer.md -> docs/our-offer.md, the
   redirect recorded), an offer id renamed (its move recorded), committed;
3. `make version`: 1.1 published; the end-to-end case of `make version`.

Never change it in a test (a test that must try something restores it).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from support.git import commit_all, init_repository, tree
from support.projects import fixture_project

from .publishing import CHANGE, raise_version, rename_offer_id, rename_offer_page


@pytest.fixture(scope="package")
def published(tmp_path_factory):
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
