"""Every written page, read once per build: ``PageIndex``.

Each page under docs/ and docs-public/ is read (from inside the repository
only: macros/data/files.py; a link leading outside, there or in the theme's
overrides/, stops the build before MkDocs reads the folder), its front matter validated,
its body's ``{{ … }}`` parsed once, its links checked; the index then answers
every question asked of the pages: their problems (`make check`, the build),
their owners and review dates (`make review`, the open-items page), and which
page calls which macro (offer.json's page, the progress report's link to the
plan, the open-items page's "shown on").
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..addresses import JSON_FEED_FILE, RSS_FILE
from ..data.errors import DataError
from .body_checks import PageNames
from .front_matter import MacroCall, PageRecord, read_page
from .links import DocsFolder

# The folders of written pages: the staff play book's and the public site's.
DOCS_FOLDERS = ("docs", "docs-public")
# The theme's own files (custom_dir in mkdocs.base.yml): every site publishes its assets.
THEME_FOLDER = "overrides"
# Files a site's build adds beside its written pages, which they may link to: the public site's feeds.
GENERATED_BESIDE = {"docs-public": (RSS_FILE, JSON_FEED_FILE)}


@dataclass(frozen=True)
class PageIndex:
    pages: tuple[PageRecord, ...]  # every page whose front matter could be read, in path order
    problems: tuple[DataError, ...]  # every problem in every page

    @classmethod
    def read(cls, root: Path, names: PageNames, folders: tuple[str, ...] = DOCS_FOLDERS) -> PageIndex:
        """Every Markdown page under the given folders (those that exist)."""
        root = Path(root).resolve()
        pages, problems = [], []
        for name in (folder for folder in folders if os.path.lexists(root / folder)):
            # Every file, not only the pages: MkDocs copies the others into the site.
            docs = DocsFolder(root / name, GENERATED_BESIDE.get(name, ()), root)
            problems += docs.problems
            for written in sorted(docs.pages - set(docs.generated), key=PurePosixPath):
                page, page_problems = read_page(docs.path / written, root, names, docs)
                problems += page_problems
                if page:
                    pages.append(page)
        if os.path.lexists(root / THEME_FOLDER):  # MkDocs copies its files into each site as they are
            problems += DocsFolder(root / THEME_FOLDER, (), root).problems
        return cls(tuple(pages), tuple(sorted(set(problems))))

    def in_folder(self, folder: str) -> list[PageRecord]:
        return [page for page in self.pages if page.folder == folder]

    def problems_in(self, folder: str) -> list[DataError]:
        """The problems of ``folder``'s site: its pages', and the theme's files'."""
        return [problem for problem in self.problems
                if any(problem.path == name or problem.path.startswith(name + "/") for name in (folder, THEME_FOLDER))]

    def calls(self, folder: str) -> list[MacroCall]:
        """Every ``{{ name(...) }}`` in the pages of ``folder``, in page order."""
        return [call for page in self.in_folder(folder) for call in page.calls]

    def calling(self, folder: str, macro: str) -> list[str]:
        """The URLs (relative to the site root) of the pages of ``folder`` that call
        ``{{ macro(...) }}``: wherever an editor puts the offer or the plan, its
        exports and the links to it follow."""
        return list(dict.fromkeys(call.url for call in self.calls(folder) if call.name == macro))
