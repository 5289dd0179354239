"""Links in pages that lead nowhere, as ``path:line: message``: to a page or
file that does not exist, an address that is not a file's name, or one
from the site's root.  `make check` finds them in the written pages, as
MkDocs would; a link to a part of a page (``page.md#part``) is checked by
MkDocs while building, once macros have made the page's headings, and the
plugin words its warnings with the same sentences (``link_problem_line``).
"""

from __future__ import annotations

import difflib
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..data.errors import DataError
from ..addresses import GENERATED_FOLDERS

# [text](target), and a reference definition's "[name]: target".
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
COMMENT = re.compile(r"<!--.*?-->", re.S)


def no_page(target: str, guess: str | None) -> str:
    hint = f"did you mean `{guess}`? " if guess else ""
    return f"the link to `{target}` leads to no page; {hint}correct the file name"


def no_file(target: str) -> str:
    return f"the link to `{target}` leads to no file in the pages' folder; correct the file name or add the file"


def not_a_file_name(target: str) -> str:
    return (f"the link to `{target}` is not the name of a page's file; link to its .md file "
            "(for example `governance.md`), relative to this page")


def from_the_root(target: str) -> str:
    return (f"the link to `{target}` starts with /; write it relative to this page "
            "(for example `governance.md`), so that it works in every version of the site")


def no_anchor(target: str, anchor: str) -> str:
    return (f"the link to `{target}` leads to no heading or item `#{anchor}` on that page; "
            "correct the part after # (it is the heading's text in lower case, with hyphens for spaces)")


@dataclass
class DocsFolder:
    """One site's folder of written pages, and the files its build adds
    there (the public site's feeds), which its pages may link to."""

    path: Path
    generated: tuple[str, ...] = ()
    files: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.files = {file.relative_to(self.path).as_posix() for file in self.path.rglob("*") if file.is_file()}
        self.files |= set(self.generated)

    @property
    def pages(self) -> set[str]:
        return {file for file in self.files if file.endswith(".md")}


def link_problems(path: str, page: str, body: str, first_line: int, folder: DocsFolder) -> list[DataError]:
    """Links from ``page`` (its path in ``folder``) that lead nowhere; ``path``
    is the page's file relative to the repository root.  Links shown as
    code, or in a comment, are not links."""
    errors = []
    for number, line in enumerate(_prose_lines(body), start=first_line):
        for match in LINK.finditer(line):
            message = _problem(page, match.group(1) or match.group(2), folder)
            if message:
                errors.append(DataError(path, number, message))
    return errors


def _prose_lines(body: str) -> list[str]:
    """The body's lines with fenced code, code spans and comments blanked (line numbers kept)."""
    body = COMMENT.sub(lambda comment: "\n" * comment.group(0).count("\n"), body)
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


# MkDocs' own warnings about links (macros/plugin/playbook.py words them as lines).
_MKDOCS_LINK = re.compile(
    r"Doc file '(?P<page>[^']+)' contains (?:a link|an (?P<kind>unrecognized relative|absolute) link) "
    r"'(?P<link>[^']+)'(?:, but (?:the doc '[^']+' does not contain an anchor '#(?P<anchor>[^']+)'"
    r"|there is no such anchor on this page|the target(?: '[^']+')? is not found among documentation files)"
    r"|, it was left as is)")


def link_problem_line(message: str, docs: Path, root: Path) -> str | None:
    """MkDocs' warning ``message`` about a link in a written page, as the
    ``path:line: message`` line `make check` would give; None for others."""
    found = _MKDOCS_LINK.match(message)
    if not found or not (docs / found["page"]).is_file():
        return None
    link, kind = found["link"], found["kind"]
    anchor = found["anchor"] or (link.partition("#")[2] if not kind and "#" in link else None)
    source = docs / found["page"]
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    number = next((n for n, line in enumerate(lines, start=1)
                   if any(f"{before}{link}" in line for before in ("](", "](<", "]: ", "]: <"))), 1)
    text = (from_the_root(link) if kind == "absolute" else not_a_file_name(link) if kind
            else no_anchor(link, anchor) if anchor else no_file(link))
    return f"{source.relative_to(root).as_posix()}:{number}: {text}"
