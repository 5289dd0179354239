"""The one way this project runs git: a small wrapper that never raises for
"git is not there" and one that does, for commands that must succeed."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

# GitHub Pages serves this branch: mike keeps each play book version in a
# folder of it, and the public stories site lives beside them under stories/.
PAGES_BRANCH = "gh-pages"


class GitError(Exception):
    """A git command that had to succeed failed; the message is git's own."""


def git_output(root: Path, *args: str) -> str | None:
    """git's output, or None outside git, without git, or when the command fails
    (for facts that are simply unknown then, like a page's last change)."""
    try:
        result = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=root,
                                capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def pages_json(root: Path, path: str):
    """A JSON file of the published sites (mike's versions.json, a version's
    delivery.json): from the local gh-pages branch, or, in a clone that has
    it only as origin's, from there; None when there is none or it is not JSON."""
    for ref in (f"refs/heads/{PAGES_BRANCH}", f"refs/remotes/origin/{PAGES_BRANCH}"):
        if git_output(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}"):
            text = git_output(root, "show", f"{ref}:{path}")
            try:
                return json.loads(text) if text else None
            except ValueError:
                return None
    return None


def run_git(root: Path, *args: str, stdin: str | None = None, env: dict | None = None) -> str:
    """git's output, stripped; raise GitError when the command fails."""
    result = subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, check=False)
    if result.returncode != 0:
        raise GitError(f"git {args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout.strip()
