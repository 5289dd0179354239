"""`make publish`'s stories step (macros/cli/publish.py): the built stories site
lands in gh-pages under stories/, beside the versions mike published, without
touching the working tree, the current branch or the versions.

The fixture's built stories site (`fixture_built`) into a throw-away repository
whose gh-pages already holds a version as mike leaves it (`make publish` end to
end is in tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess

import pytest

from macros.cli.publish import PublishError, publish_stories


def git(repo, *args, stdin=None):
    return subprocess.run(["git", *args], cwd=repo, input=stdin, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository whose gh-pages holds version 1.0 and its `latest` link (as mike
    leaves them) and the page of a story that has since been withdrawn."""
    for variable in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{variable}_NAME", "Test")
        monkeypatch.setenv(f"GIT_{variable}_EMAIL", "test@example.org")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("main\n")
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", "main")
    version = git(repo, "hash-object", "-w", "--stdin", stdin="<p>version 1.0</p>\n")
    old_story = git(repo, "hash-object", "-w", "--stdin", stdin="withdrawn story\n")
    link = git(repo, "hash-object", "-w", "--stdin", stdin="1.0")
    index = {**os.environ, "GIT_INDEX_FILE": str(tmp_path / "index")}
    entries = (f"100644 blob {version}\t1.0/index.html\n120000 blob {link}\tlatest\n"
               f"100644 blob {old_story}\tstories/withdrawn/index.html\n")
    subprocess.run(["git", "update-index", "--add", "--index-info"], cwd=repo, input=entries, text=True,
                   check=True, env=index)
    tree = subprocess.run(["git", "write-tree"], cwd=repo, capture_output=True, text=True, check=True,
                          env=index).stdout.strip()
    commit = git(repo, "commit-tree", tree, "-m", "Deployed 1.0 with mike")
    git(repo, "update-ref", "refs/heads/gh-pages", commit)
    return repo


def test_stories_site_is_committed_under_stories_beside_the_versions(repo, fixture_built):
    site = fixture_built.site("stories")
    head = git(repo, "rev-parse", "HEAD")
    commit = publish_stories(repo, site)
    files = set(git(repo, "ls-tree", "-r", "--name-only", "gh-pages").splitlines())
    assert {"1.0/index.html", "latest", ".nojekyll", "stories/index.html"} <= files
    assert "stories/withdrawn/index.html" not in files, "a story no longer built must disappear"
    assert git(repo, "show", "gh-pages:stories/index.html") == (site / "index.html").read_text().strip()
    assert git(repo, "show", "gh-pages:1.0/index.html") == "<p>version 1.0</p>"
    assert git(repo, "ls-tree", "gh-pages", "latest").startswith("120000"), "mike's alias link is kept"
    built_files = {f"stories/{p.relative_to(site).as_posix()}" for p in site.rglob("*") if p.is_file()}
    assert {f for f in files if f.startswith("stories/")} == built_files
    assert git(repo, "rev-parse", "HEAD") == head and git(repo, "status", "--porcelain") == "", \
        "the working tree and the current branch are untouched"
    assert publish_stories(repo, site) == commit, "publishing the same site again adds no commit"


def test_publishing_without_a_built_site_says_what_to_do(repo, tmp_path):
    with pytest.raises(PublishError, match="run `make build` first"):
        publish_stories(repo, tmp_path / "nothing")


def test_in_a_fresh_clone_it_builds_on_the_remote_gh_pages(repo, fixture_built, tmp_path):
    """CI's clone has gh-pages only as origin/gh-pages: the versions published before must stay."""
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(repo), str(clone))
    assert git(clone, "branch", "--list", "gh-pages") == ""
    publish_stories(clone, fixture_built.site("stories"))
    assert git(clone, "rev-parse", "gh-pages~1") == git(repo, "rev-parse", "gh-pages")
    assert git(clone, "show", "gh-pages:1.0/index.html") == "<p>version 1.0</p>"
