"""Where the written pages call each macro: for the open-items page (which
page shows a dataset, and the gaps pages state in their own words)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..addresses import page_url
from .body_checks import JINJA
from .front_matter import split_front_matter


@dataclass(frozen=True)
class MacroCall:
    name: str
    path: str  # the page's file, relative to the repository root
    line: int
    url: str  # the page's URL, relative to the site root
    text: str | None  # the call's first argument, when it is plain text


def macro_calls(root: Path, folder: str) -> list[MacroCall]:
    """Every ``{{ name(...) }}`` in the pages under ``folder``, in page order.
    Pages whose Jinja cannot be read are skipped: `make check` reports them."""
    calls = []
    docs = Path(root) / folder
    for file in sorted(docs.rglob("*.md")):
        text = file.read_text(encoding="utf-8")
        front, body = split_front_matter(text)
        first_line = text[: len(text) - len(body)].count("\n") + 1
        try:
            tree = JINJA.parse(body)
        except jinja2.TemplateSyntaxError:
            continue
        for call in tree.find_all(nodes.Call):
            if isinstance(call.node, nodes.Name):
                argument = call.args[0] if call.args else None
                calls.append(MacroCall(call.node.name, file.relative_to(root).as_posix(),
                                       first_line + call.lineno - 1,
                                       page_url(file.relative_to(docs).as_posix()),
                                       argument.value if isinstance(argument, nodes.Const) else None))
    return calls


def pages_calling(docs: Path, macro: str) -> list[str]:
    """The URLs (relative to the site root) of the pages under ``docs`` that
    call ``{{ macro(...) }}``: one page can link to another page's data (the
    progress report to the delivery plan) wherever an editor puts it, before
    MkDocs has rendered either."""
    docs = Path(docs)
    return list(dict.fromkeys(call.url for call in macro_calls(docs.parent, docs.name) if call.name == macro))
