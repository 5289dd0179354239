"""Projects the tests build or break, each in a temporary folder.

- ``fixture_project``: the project's code with the tests' own small play book
  (tests/fixtures/site/). Tests of the code use it, so that an editor's change
  to the real content never breaks them.
- ``copy_repository``: the whole repository, real content included, for the
  content tests and for trying an editor's change from CONTRIBUTING.md.

Both share the real .venv (and .venv-properdocs, ProperDocs' for `make parity`).
``Project.problems()`` and ``Project.build()`` run ``make check`` and
``make build``'s work in this process (fast), and ``Project.data_problems()``
the lines each site's build stops with on reading the data;
``Project.make()`` runs the real command, for the one end-to-end case of each.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
# Never copied: tools' and builds' folders at the repository's top level.
NOT_COPIED = {".venv", ".venv-properdocs", ".git", "site", ".build-tmp", ".pytest_cache", ".bench", "node_modules",
              "tests"}
# The project's code, which a fixture project takes from the repository.
CODE = ["macros", "overrides", "mkdocs.base.yml", "mkdocs.version.yml", "Makefile", "pyproject.toml",
        "requirements.txt", "requirements.in", "requirements-properdocs.txt", "requirements-properdocs.in",
        ".gitignore"]
SITES = {"playbook": "mkdocs.yml", "stories": "mkdocs.stories.yml"}
VENVS = [".venv", ".venv-properdocs"]  # the Makefile's environments, each with its install stamp

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life notice, for in-process builds


@dataclass
class BuildResult:
    ok: bool
    output: str  # what the build printed: editors' error lines and MkDocs' messages


class Project:
    def __init__(self, path: Path):
        self.path = path

    # --- files, as an editor changes them ---
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

    def replace(self, relative: str, old: str, new: str, count: int = 1) -> None:
        text = self.read(relative)
        assert old in text, f"{relative} does not contain {old!r}"
        self.write(relative, text.replace(old, new, count))

    def line_of(self, relative: str, fragment: str) -> int:
        """The 1-based line of ``fragment`` in a file (for expected error lines)."""
        for number, line in enumerate(self.read(relative).splitlines(), start=1):
            if fragment in line:
                return number
        raise AssertionError(f"{relative} has no line containing {fragment!r}")

    def rename_page(self, old: str, new: str) -> None:
        """Move docs/<old> to docs/<new> as an editor would: the file, its nav
        entry and the Markdown links to it in other pages (not the redirect)."""
        (self.path / "docs" / old).rename(self.path / "docs" / new)
        self.replace("mkdocs.yml", f": {old}\n", f": {new}\n")
        for page in (self.path / "docs").rglob("*.md"):
            text = page.read_text(encoding="utf-8")
            page.write_text(text.replace(f"]({old}", f"]({new}"), encoding="utf-8")

    # --- the commands ---
    def problems(self) -> list[str]:
        """`make check`'s lines, in this process."""
        from macros.cli.check import problems

        return problems(self.path)

    def data_problems(self) -> dict[str, list[str]]:
        """The lines each site's build stops with on reading the data (before any page is made), in
        this process: audience -> lines, none when its data is good."""
        from macros.data import DataErrors
        from macros.pages.index import DOCS_FOLDERS, PageIndex
        from macros.render.page_macros import PAGE_NAMES
        from macros.site.audiences import site_data

        found = {}
        for audience, docs in (("staff", "docs"), ("public", "docs-public")):
            pages = PageIndex.read(self.path, PAGE_NAMES, DOCS_FOLDERS if audience == "staff" else (docs,))
            try:
                site_data(self.path, audience, docs, pages)
                found[audience] = []
            except DataErrors as exc:
                found[audience] = exc.lines()
        return found

    def build(self, *sites: str) -> BuildResult:
        """`make build`'s strict builds, in this process, one site after the other
        (both by default), into site/<name>/."""
        return self.build_configs({site: SITES[site] for site in sites or SITES})

    def build_configs(self, configs: dict[str, str]) -> BuildResult:
        """Strict builds of the given configs, in this process: site name -> config file."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import Abort, ConfigurationError

        output = io.StringIO()
        # MkDocs' own warnings and errors are logged, not printed: keep them too.
        handler = logging.StreamHandler(output)
        handler.setLevel(logging.WARNING)
        logging.getLogger("mkdocs").addHandler(handler)
        try:
            for site, config_file in configs.items():
                try:
                    with contextlib.redirect_stderr(output):
                        config = load_config(str(self.path / config_file),
                                             site_dir=str(self.path / "site" / site), strict=True)
                        config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` does
                        try:
                            build(config)
                        finally:
                            config.plugins.on_shutdown()
                except (Abort, ConfigurationError, SystemExit) as exc:
                    return BuildResult(False, output.getvalue() + f"\n{exc}")
        finally:
            logging.getLogger("mkdocs").removeHandler(handler)
        return BuildResult(True, output.getvalue())

    def make(self, *targets: str, env: dict | None = None, merged: bool = False,
             timeout: int = 300) -> subprocess.CompletedProcess:
        """``make <targets>``, as an editor or CI runs it; with ``merged``,
        stderr goes into stdout in the order the command wrote them (as in a pipe).

        A copy's .venv is the repository's: ``-o`` takes make's install stamps
        as up to date, so that a copy never reinstalls the project into the
        shared environments (whose editable installs would then point into the copy)."""
        stamps = [option for venv in VENVS for option in ("-o", f"{venv}/.installed")]
        return subprocess.run(["make", "--no-print-directory", *stamps, *targets], cwd=self.path, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT if merged else subprocess.PIPE,
                              env={**os.environ, **(env or {})}, timeout=timeout)

    def start(self, *targets: str) -> subprocess.Popen:
        """``make <targets>`` left running (a server), in a session of its own so that
        ``stop`` ends it and everything it started."""
        stamps = [option for venv in VENVS for option in ("-o", f"{venv}/.installed")]
        return subprocess.Popen(["make", "--no-print-directory", *stamps, *targets], cwd=self.path,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)

    @staticmethod
    def stop(process: subprocess.Popen) -> None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)

    # --- the built sites ---
    def site(self, name: str) -> Path:
        return self.path / "site" / name

    def page(self, site: str, url: str) -> str:
        """A built page's HTML by its URL: "" (home), "offer/", "stories/x/"."""
        return (self.site(site) / url / "index.html").read_text(encoding="utf-8")


def _link_venv(destination: Path) -> None:
    for venv in VENVS:
        (destination / venv).symlink_to(REPO / venv)


def copy_repository(destination: Path) -> Project:
    """The repository as a clone would have it (real content included)."""
    destination.mkdir(parents=True)
    for entry in REPO.iterdir():
        if entry.name in NOT_COPIED or entry.name == "__pycache__":
            continue
        if entry.is_dir():
            shutil.copytree(entry, destination / entry.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(entry, destination / entry.name)
    _link_venv(destination)
    return Project(destination)


def fixture_project(destination: Path, fixture: str = "site") -> Project:
    """The project's code with the tests' own play book, tests/fixtures/<fixture>/."""
    destination.mkdir(parents=True)
    for name in CODE:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    shutil.copytree(FIXTURES / fixture, destination, dirs_exist_ok=True)
    _link_venv(destination)
    return Project(destination)
