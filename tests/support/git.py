"""Git for the tests' own throw-away repositories (never this one)."""

from __future__ import annotations

import os
import subprocess

# A committer for the tests' own commits only (never written to any git config).
IDENTITY = {"GIT_AUTHOR_NAME": "Test editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
            "GIT_COMMITTER_NAME": "Test editor", "GIT_COMMITTER_EMAIL": "editor@example.org"}


def git(path, *args: str, env: dict | None = None, stdin: str | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=path, capture_output=True, text=True, input=stdin,
                            env={**os.environ, **IDENTITY, **(env or {})})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def commit_all(project, message: str, date: str | None = None) -> None:
    dates = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}
    git(project.path, "add", "-A")
    git(project.path, "commit", "-q", "-m", message, env=dates)


def init_repository(project, date: str | None = None) -> None:
    git(project.path, "init", "-q", "-b", "main")
    # The copy's .venv is a symlink to the real one; it is not part of the project.
    (project.path / ".git" / "info" / "exclude").write_text(".venv\n")
    commit_all(project, "The play book", date)


def show(project, revision_path: str) -> str:
    """A file as committed, e.g. show(project, "gh-pages:1.0/index.html")."""
    return git(project.path, "show", revision_path)


def tree(project, revision: str, folder: str) -> dict[str, str]:
    """Path -> blob id of every file under ``folder`` at ``revision``."""
    listing = git(project.path, "ls-tree", "-r", revision, folder)
    return {line.split("\t")[1][len(folder) + 1:]: line.split()[2] for line in listing.splitlines()}
