"""Which versions `make version` may publish, given what gh-pages already holds:
only a new version, or the latest one again; earlier versions are never changed."""

from __future__ import annotations

import pytest

from macros.cli.version import Refused, check_can_publish

LATEST_1_0 = [{"version": "1.0", "aliases": ["latest"]}]


@pytest.mark.parametrize("version, published", [
    ("1.0", []),
    ("1.0", LATEST_1_0),  # the current draft again
    ("1.1", LATEST_1_0),
    ("2.0", LATEST_1_0),
])
def test_a_new_version_or_the_latest_again_may_be_published(version, published):
    check_can_publish(version, published)


@pytest.mark.parametrize("version, published, reason", [
    ("1.0", [{"version": "1.1", "aliases": ["latest"]}, {"version": "1.0", "aliases": []}],
     "version 1.0 is already published and is not the latest (1.1)"),
    ("0.9", LATEST_1_0, "version 0.9 is older than the latest published version, 1.0"),
    # Compared as numbers, not as text: 1.10 is newer than 1.9.
    ("1.9", [{"version": "1.10", "aliases": ["latest"]}], "version 1.9 is older than the latest published version"),
])
def test_an_earlier_version_is_refused_with_what_to_do(version, published, reason):
    with pytest.raises(Refused, match="raise `version` in data/playbook.yml") as refused:
        check_can_publish(version, published)
    assert str(refused.value).startswith(reason)
