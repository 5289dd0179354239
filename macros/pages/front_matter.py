"""One page as editors write it: front matter (every page says who owns it and
when it is reviewed), the macros its body calls, and the checks of both
(its links: links.py; what it would fetch from other hosts: other_hosts.py),
each problem as ``path:line``.  macros/pages/index.py reads every page with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..data.errors import DataError, DataErrors
from ..data.models import PageMeta
from ..data.validation import validate
from ..data.files import read_text
from ..data.yaml_reader import parse_yaml
from ..addresses import page_url
from .body_checks import JINJA, PageNames, complexity_problem, language_problems, syntax_problem, unknown_names
from .links import AnchorLink, DocsFolder, anchor_links, link_problems
from .other_hosts import page_problems as other_host_problems


@dataclass(frozen=True)
class MacroCall:
    name: str
    path: str  # the page's file, relative to the repository root
    line: int
    url: str  # the page's URL, relative to the site root
    text: str | None  # the call's first argument, when it is plain text


@dataclass(frozen=True)
class PageRecord:
    path: str  # relative to the repository root
    folder: str  # the folder of pages it is in (docs, docs-public)
    url: str  # relative to its site's root
    meta: PageMeta
    calls: tuple[MacroCall, ...] = ()  # every {{ name(...) }} in its body, in order
    front_lines: tuple[tuple[str, int], ...] = ()  # each front matter key and its line
    anchors: tuple[AnchorLink, ...] = ()  # its links to parts of pages (macros/pages/anchors.py)
    body: str = ""  # as written, after the front matter (`make check` makes the page from it)
    first_line: int = 1  # the file's line the body starts on

    def line_of(self, key: str) -> int:
        """The line of ``key:`` in the front matter (1, the file's first line, when absent)."""
        return dict(self.front_lines).get(key, 1)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front matter YAML or None, body)."""
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---", 3)
    if end == -1:
        return None, text
    after = text.find("\n", end + 4)
    return text[4:end + 1], (text[after + 1:] if after != -1 else "")


def read_page(file: Path, root: Path, names: PageNames, docs: DocsFolder) -> tuple[PageRecord | None,
                                                                                   list[DataError]]:
    """The page, and every problem in its front matter and in its body.
    ``names`` are the macros and values a page may use; its links are
    checked against ``docs``, the folder it is in."""
    rel = file.relative_to(root).as_posix()
    try:
        text = read_text(file, root)
    except DataErrors as exc:
        return None, exc.errors
    front, body = split_front_matter(text)
    if front is None and text.startswith("---\n"):
        return None, [DataError(rel, 1, "the front matter opened by `---` on this line is never closed; add a "
                                        "line `---` after its last field (review_in, say)")]
    if front is None:
        return None, [DataError(rel, 1, "the page has no front matter; start it with a `---` block "
                                        "giving owner, last_reviewed and review_in")]
    try:
        document = parse_yaml(front, rel, line_offset=1, partly=True)
    except DataErrors as exc:
        return None, exc.errors
    meta, errors = validate(document, PageMeta)
    first_line = text[:len(text) - len(body)].count("\n") + 1
    in_docs = file.relative_to(docs.path).as_posix()
    url = page_url(in_docs)
    calls: list[MacroCall] = []
    if not (meta and meta.render_macros is False):
        too_complex = complexity_problem(rel, body, first_line)
        try:
            if too_complex:
                raise RecursionError
            tree = JINJA.parse(body)
        except jinja2.TemplateSyntaxError as exc:
            tree, errors = None, errors + [syntax_problem(rel, first_line, exc)]
        except RecursionError:  # more than the parser can take: said in the editor's words
            line = first_line + body[:max(body.find("{{"), 0)].count("\n")
            tree, errors = None, errors + [too_complex or DataError(
                rel, line, "the page's {{ … }} are nested too deep; write {% raw %}…{% endraw %} around text "
                           "that should show braces as they are")]
        refused = language_problems(rel, tree, first_line, names) if tree is not None else []
        if tree is not None:  # a line already refused says nothing more of its names (one mistake, one line)
            refused_lines = frozenset(problem.line - first_line + 1 for problem in refused)
            refused += unknown_names(rel, tree, first_line, names, refused_lines)
            calls = [] if refused else _calls(tree, rel, first_line, url)
        # A page that writes more than the page language, or names what pages cannot use, is never
        # made, here or by `make check`.
        errors, meta = (errors + refused, None) if refused else (errors, meta)
    folder = docs.path.relative_to(Path(root).resolve()).as_posix()
    errors += link_problems(rel, in_docs, body, first_line, docs)
    errors += other_host_problems(rel, in_docs, body, first_line, folder)
    anchors = tuple(anchor_links(in_docs, body, first_line, docs))
    lines = tuple((location[0], line) for location, line in document.lines.items() if len(location) == 1)
    record = PageRecord(rel, folder, url, meta, tuple(calls), lines, anchors, body, first_line) if meta else None
    return record, errors


def _calls(tree: nodes.Template, path: str, first_line: int, url: str) -> list[MacroCall]:
    calls = []
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name):
            argument = call.args[0] if call.args else None
            calls.append(MacroCall(call.node.name, path, first_line + call.lineno - 1, url,
                                   argument.value if isinstance(argument, nodes.Const) else None))
    return calls
