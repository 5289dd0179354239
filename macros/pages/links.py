"""Links in pages that lead nowhere, as ``path:line: message``: to a page or
file that does not exist, or to an anchor (``page.md#part``) that the page
does not have.  `make check` finds them in the written pages; MkDocs finds
the rest (anchors made by macros) while building, and the plugin words its
warning with the same sentences (``link_problem_line``).
"""

from __future__ import annotations

import difflib
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown.extensions.toc import slugify

from ..data.errors import DataError
from ..render.addresses import GENERATED_FILES, GENERATED_FOLDERS

LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
EXPLICIT_ID = re.compile(r"""(?:\{[^}]*#|\bid=["']?)([\w-]+)""")
# A page whose anchors depend on macros (or Jinja) is left to MkDocs, which sees the rendered page.
JINJA = re.compile(r"{{|{%")
MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


def no_page(target: str, guess: str | None) -> str:
    hint = f"did you mean `{guess}`? " if guess else ""
    return f"the link to `{target}` leads to no page; {hint}correct the file name"


def no_file(target: str) -> str:
    return f"the link to `{target}` leads to no file in the pages' folder; correct the file name or add the file"


def no_anchor(target: str, anchor: str) -> str:
    return (f"the link to `{target}` leads to no heading or item `#{anchor}` on that page; "
            "correct the part after # (it is the heading's text in lower case, with hyphens for spaces)")


@dataclass
class DocsFolder:
    """One site's folder of written pages: its files, and each page's anchors."""

    path: Path
    files: set[str] = field(init=False)
    _anchors: dict[str, set[str] | None] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.files = {file.relative_to(self.path).as_posix() for file in self.path.rglob("*") if file.is_file()}

    @property
    def pages(self) -> set[str]:
        return {file for file in self.files if file.endswith(".md")}

    def anchors(self, page: str) -> set[str] | None:
        """The ids ``page`` will have, or None when macros make some of them."""
        if page not in self._anchors:
            text = (self.path / page).read_text(encoding="utf-8", errors="replace")
            self._anchors[page] = None if JINJA.search(text) else _anchors_of(text)
        return self._anchors[page]


def _anchors_of(text: str) -> set[str]:
    """Generously: every heading's slug (with and without its markup), and
    every id written out; a link is reported only when none can match."""
    anchors = set(EXPLICIT_ID.findall(text))
    for line in text.splitlines():
        heading = HEADING.match(line)
        if heading:
            words = re.sub(r"\{[^}]*\}\s*$", "", heading.group(1))
            for variant in (words, MARKUP.sub(lambda m: m.group(1) or "", words)):
                slug = slugify(variant, "-")
                anchors |= {slug, *(f"{slug}_{n}" for n in range(1, 10))}
    return anchors


def link_problems(path: str, page: str, body: str, first_line: int, folder: DocsFolder) -> list[DataError]:
    """Links from ``page`` (its path in ``folder``) that lead nowhere; ``path``
    is the page's file relative to the repository root."""
    errors = []
    for number, line in enumerate(body.splitlines(), start=first_line):
        for link in LINK.findall(line):
            message = _problem(page, link, folder)
            if message:
                errors.append(DataError(path, number, message))
    return errors


def _problem(page: str, link: str, folder: DocsFolder) -> str | None:
    target, _, anchor = link.split("?")[0].partition("#")
    if re.match(r"^[a-z][a-z0-9+.-]*:|^/", target):
        return None  # another site, an e-mail address, or an absolute path: not ours to check
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target)) if target else page
    if (resolved.startswith(GENERATED_FOLDERS) or resolved.rstrip("/") + "/" in GENERATED_FOLDERS
            or resolved in GENERATED_FILES):
        return None  # pages and files made from data: MkDocs checks links to pages
    if target.endswith(".md") and resolved not in folder.files:
        guess = difflib.get_close_matches(resolved, sorted(folder.pages), n=1)
        return no_page(target, guess[0] if guess else None)
    if target and not target.endswith(".md") and resolved not in folder.files:
        if target.endswith("/") or "." not in posixpath.basename(target):
            return None  # a folder-style address: MkDocs warns about it in its own words
        return no_file(target)
    if anchor and resolved.endswith(".md"):
        anchors = folder.anchors(resolved)
        if anchors is not None and anchor not in anchors:
            return no_anchor(link, anchor)
    return None


# MkDocs' own warnings about links (macros/plugin/playbook.py words them as lines).
_MKDOCS_LINK = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but "
                          r"(?:the doc '[^']+' does not contain an anchor '#(?P<anchor>[^']+)'"
                          r"|there is no such anchor on this page"
                          r"|the target(?: '[^']+')? is not found among documentation files)")


def link_problem_line(message: str, docs: Path, root: Path) -> str | None:
    """MkDocs' warning ``message`` about a link in a written page, as the
    ``path:line: message`` line `make check` would give; None for others."""
    found = _MKDOCS_LINK.match(message)
    if not found or not (docs / found["page"]).is_file():
        return None
    link = found["link"]
    anchor = found["anchor"] or (link.partition("#")[2] if "#" in link else None)
    source = docs / found["page"]
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    number = next((n for n, line in enumerate(lines, start=1) if f"]({link}" in line or f"](<{link}" in line), 1)
    text = no_anchor(link, anchor) if anchor else no_file(link)
    return f"{source.relative_to(root).as_posix()}:{number}: {text}"
