"""Shared fixtures: a throw-away copy of the project to break or build."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
IGNORED = shutil.ignore_patterns(".venv", ".git", "site", ".build-tmp", ".pytest_cache",
                                 "__pycache__", ".bench", "node_modules")


class Project:
    """A copy of the repository in a temporary folder, sharing the real .venv."""

    def __init__(self, path: Path):
        self.path = path

    def write(self, relative: str, content: str | bytes) -> Path:
        target = self.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        return target

    def read(self, relative: str) -> str:
        return (self.path / relative).read_text(encoding="utf-8")

    def rename_page(self, old: str, new: str) -> None:
        """Move docs/<old> to docs/<new> as an editor would: the file, its nav
        entry and the Markdown links to it in other pages (not the redirect)."""
        (self.path / "docs" / old).rename(self.path / "docs" / new)
        self.write("mkdocs.yml", self.read("mkdocs.yml").replace(f": {old}\n", f": {new}\n"))
        for page in (self.path / "docs").rglob("*.md"):
            text = page.read_text(encoding="utf-8")
            page.write_text(text.replace(f"]({old}", f"]({new}"), encoding="utf-8")

    def make(self, *targets: str, timeout: int = 300) -> subprocess.CompletedProcess:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        return subprocess.run(["make", "--no-print-directory", *targets], cwd=self.path,
                              capture_output=True, text=True, timeout=timeout, env=env)


def copy_project(destination: Path) -> Project:
    shutil.copytree(REPO, destination, ignore=IGNORED)  # copy2 keeps mtimes
    (destination / ".venv").symlink_to(REPO / ".venv")
    return Project(destination)


@pytest.fixture
def project(tmp_path) -> Project:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Project:
    """Both sites built once, by `make build`, from an unmodified copy."""
    built = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = built.make("build")
    assert result.returncode == 0, result.stdout + result.stderr
    return built
