"""``make publish``: put the built stories site into the local gh-pages branch.

GitHub Pages serves one branch. ``mike`` keeps each play book version in
its own folder of gh-pages (10.0/, latest/ ...) and leaves other folders
alone, so the public stories site lives beside them under stories/.  This
commits site/stories/ there without touching the working tree or the
versions: it builds the new tree in a temporary index with git's plumbing.
Nothing is pushed; CI pushes the branch after ``make publish``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from ..git import PAGES_BRANCH, GitError, git_output, run_git

FOLDER = "stories"


class PublishError(Exception):
    pass


def _ref(repo: Path, name: str) -> str | None:
    found = git_output(repo, "rev-parse", "--verify", "--quiet", name + "^{commit}")
    return found.strip() if found else None


def _starting_point(repo: Path, branch: str) -> str | None:
    """The local branch, fast-forwarded to origin's when that is ahead (as mike does)."""
    local, remote = _ref(repo, f"refs/heads/{branch}"), _ref(repo, f"refs/remotes/origin/{branch}")
    if remote and (not local or git_output(repo, "merge-base", "--is-ancestor", local, remote) is not None):
        return remote
    return local


def publish_stories(repo: Path, site: Path, branch: str = PAGES_BRANCH, folder: str = FOLDER) -> str:
    """Commit ``site`` into ``branch`` under ``folder/``, replacing what was there; return the commit."""
    repo, site = Path(repo).resolve(), Path(site).resolve()
    if not (site / "index.html").is_file():
        raise PublishError(f"{site} holds no built site; run `make build` first")
    parent = _starting_point(repo, branch)
    kept = []
    if parent:
        for line in run_git(repo, "ls-tree", "-r", "--full-tree", parent).splitlines():
            path = line.split("\t", 1)[1]
            if not path.startswith(folder + "/") and path != ".nojekyll":
                kept.append(line)
    files = sorted(p for p in site.rglob("*") if p.is_file())
    hashes = run_git(repo, "hash-object", "-w", "--stdin-paths", stdin="\n".join(map(str, files))).splitlines()
    empty = run_git(repo, "hash-object", "-w", "--stdin", stdin="")
    entries = kept + [f"100644 blob {sha}\t{folder}/{p.relative_to(site).as_posix()}"
                      for p, sha in zip(files, hashes, strict=True)]
    entries.append(f"100644 blob {empty}\t.nojekyll")  # serve folders such as _static as they are
    with tempfile.TemporaryDirectory() as scratch:
        index = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
        run_git(repo, "update-index", "--add", "--index-info", stdin="\n".join(entries) + "\n", env=index)
        tree = run_git(repo, "write-tree", env=index)
    if parent and tree == run_git(repo, "rev-parse", parent + "^{tree}"):
        run_git(repo, "update-ref", f"refs/heads/{branch}", parent)
        return parent  # nothing changed
    source = _ref(repo, "HEAD")
    message = f"Publish the stories site from {source[:12]}" if source else "Publish the stories site"
    commit = run_git(repo, "commit-tree", tree, *(["-p", parent] if parent else []), "-m", message)
    run_git(repo, "update-ref", f"refs/heads/{branch}", commit)
    return commit


def main(args: list[str]) -> int:
    try:
        commit = publish_stories(Path.cwd(), Path("site") / FOLDER)
    except (PublishError, GitError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Committed site/{FOLDER}/ to the local {PAGES_BRANCH} branch under {FOLDER}/ ({commit[:12]}); "
          "not pushed.")
    return 0
