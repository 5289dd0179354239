"""Links in pages that lead nowhere, as ``path:line: message``: to a page or
file that does not exist, an address that is not a file's name, or one
from the site's root.  `make check` finds them in the written pages, as
MkDocs would.  A link to a part of a page (``page.md#part``) is checked
against the page as its macros make it: ``anchor_links`` lists them, and
macros/pages/anchors.py checks them (``no_anchor``).
"""

from __future__ import annotations

import difflib
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..data.errors import DataError
from ..data.files import folder_files, relative
from ..data.wording import excerpt
from ..addresses import GENERATED_FOLDERS

# [text](target), and a reference definition's "[name]: target".
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def no_page(target: str, guess: str | None) -> str:
    hint = f"did you mean `{guess}`? " if guess else ""
    return f"the link to `{excerpt(target)}` leads to no page; {hint}correct the file name"


def no_file(target: str) -> str:
    return (f"the link to `{excerpt(target)}` leads to no file in the pages' folder; correct the file name or "
            "add the file")


def not_a_file_name(target: str) -> str:
    return (f"the link to `{excerpt(target)}` is not the name of a page's file; link to its .md file "
            "(for example `governance.md`), relative to this page")


def from_the_root(target: str) -> str:
    return (f"the link to `{excerpt(target)}` starts with /; write it relative to this page "
            "(for example `governance.md`), so that it works in every version of the site")


def no_anchor(target: str, anchor: str) -> str:
    return (f"the link to `{excerpt(target)}` leads to no heading or item `#{excerpt(anchor, 40)}` on that page; "
            "correct the part after # (it is the heading's text in lower case, with hyphens for spaces)")


@dataclass
class DocsFolder:
    """One site's folder of written pages, and the files its build adds
    there (the public site's feeds), which its pages may link to. Its files
    are listed from inside the repository (``root``) only: a link leading
    outside, or to nothing, is one of its ``problems`` instead."""

    path: Path
    generated: tuple[str, ...] = ()
    root: Path | None = None  # the repository; the folder's parent when not given
    files: set[str] = field(init=False)
    problems: list[DataError] = field(init=False)

    def __post_init__(self) -> None:
        root = self.root or self.path.parent
        found, self.problems = folder_files(self.path, root)
        # A site publishes its own folder of pages and nothing else: a link from it to
        # anywhere else in the repository (data/, say) would publish what is there.
        inside = self.path.resolve()
        leaving = sorted({_link_of(file, self.path) for file in found if not file.resolve().is_relative_to(inside)})
        self.problems += [DataError(relative(link, root), 1, f"{relative(link, root)} is a symbolic link to "
                                    f"something outside {self.path.name}/, whose files the site publishes; a "
                                    "site publishes only what is in that folder: put the file itself there, or "
                                    "remove the link") for link in leaving]
        self.files = {file.relative_to(self.path).as_posix() for file in found
                      if file.resolve().is_relative_to(inside)}
        self.files |= set(self.generated)

    @property
    def pages(self) -> set[str]:
        return {file for file in self.files if file.endswith(".md")}


def _link_of(file: Path, folder: Path) -> Path:
    """The first symbolic link on the way from ``folder`` to ``file``."""
    current = folder
    for part in file.relative_to(folder).parts:
        current = current / part
        if current.is_symlink():
            return current
    return file


@dataclass(frozen=True)
class AnchorLink:
    """A link from a written page to a part of a page: checked once pages are built."""

    line: int
    link: str  # as written
    page: str  # the page it leads to, its path under the docs folder
    anchor: str


def link_problems(path: str, page: str, body: str, first_line: int, folder: DocsFolder) -> list[DataError]:
    """Links from ``page`` (its path in ``folder``) that lead nowhere; ``path``
    is the page's file relative to the repository root.  Links shown as
    code, or in a comment, are not links."""
    return [DataError(path, number, message) for number, link in _links(body, first_line)
            if (message := _problem(page, link, folder))]


def anchor_links(page: str, body: str, first_line: int, folder: DocsFolder) -> list[AnchorLink]:
    """Every link from ``page`` to a part of a written page of ``folder`` (``#part``, ``other.md#part``)."""
    found = []
    for number, link in _links(body, first_line):
        target, _, anchor = unquote(link).partition("#")
        if not anchor or _problem(page, link, folder) or re.match(r"^[a-z][a-z0-9+.-]*:|//|\{", link, re.I):
            continue
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target)) if target else page
        if not target or resolved in folder.pages:
            found.append(AnchorLink(number, link, resolved, anchor))
    return found


def links_in(body: str) -> set[str]:
    """Every link target in a page's Markdown (as rendered by macros, say)."""
    return {link for _, link in _links(body, 1)}


def _links(body: str, first_line: int) -> list[tuple[int, str]]:
    return [(number, match.group(1) or match.group(2))
            for number, line in enumerate(prose_lines(body), start=first_line) for match in LINK.finditer(line)]


def without_comments(body: str) -> str:
    """The body with each ``<!-- … -->`` blanked (its line ends kept), in one pass
    (a regular expression would go back over the rest of the page at each unclosed one)."""
    parts, position = [], 0
    while (start := body.find("<!--", position)) != -1 and (end := body.find("-->", start + 4)) != -1:
        parts += [body[position:start], "\n" * body.count("\n", start, end)]
        position = end + 3
    return "".join(parts) + body[position:]


def prose_lines(body: str) -> list[str]:
    """The body's lines with fenced code, code spans and comments blanked (line numbers kept)."""
    body = without_comments(body)
    lines, fence = [], None
    for line in body.splitlines():
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)[0]
            lines.append("")
        elif fence is not None:
            if opening and opening.group(1)[0] == fence:
                fence = None
            lines.append("")
        else:
            lines.append(CODE_SPAN.sub("", line))
    return lines


def _problem(page: str, link: str, folder: DocsFolder) -> str | None:
    """What MkDocs would find wrong with ``link`` (validation: links: warn),
    but for anchors, which it checks on the rendered page."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", link, re.I) or link.startswith("//") or "{" in link:
        return None  # another site, an e-mail address, or an address a macro writes
    if link.startswith(("/", "\\")):
        return from_the_root(link)
    target = unquote(link.split("#")[0].split("?")[0])
    if not target:
        return None  # a part of this page
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    if resolved in folder.files or (resolved.startswith(GENERATED_FOLDERS) and posixpath.splitext(target)[1]):
        return None  # a file, or a page or file made from data (MkDocs checks those)
    if not posixpath.splitext(target)[1]:
        return not_a_file_name(link)
    if target.endswith(".md"):
        guess = difflib.get_close_matches(resolved, sorted(folder.pages), n=1)
        return no_page(target, guess[0] if guess else None)
    return no_file(target)
