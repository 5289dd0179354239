"""Checks of a page's Markdown body, so that `make check` and `make build`
report an editor's slip in a page as ``path:line: message`` too:
a mistyped or unknown ``{{ macro() }}``, broken ``{{ … }}`` syntax, and a
link to a page that does not exist.  (MkDocs would otherwise stop with a
Jinja traceback, or a warning without a line number.)
"""

from __future__ import annotations

import difflib
import posixpath
import re

import jinja2
import jinja2.meta
from jinja2 import nodes

from ..data.errors import DataError
from ..render.addresses import GENERATED_FOLDERS

# Names mkdocs-macros and Jinja themselves give every page.
BUILT_IN = frozenset({"config", "page", "extra", "environment", "plugin", "git", "navigation", "files", "now",
                      "fix_url", "context", "macros_info", "filters", "filters_builtin",
                      "range", "dict", "lipsum", "cycler", "joiner", "namespace"})
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")


def unknown_names(path: str, body: str, first_line: int, names: frozenset[str]) -> list[DataError]:
    """Broken ``{{ … }}`` syntax, and names that are neither one of ``names``
    (the project's macros and values) nor built in."""
    known = names | BUILT_IN
    try:
        tree = jinja2.Environment().parse(body)
    except jinja2.TemplateSyntaxError as exc:
        return [DataError(path, first_line + (exc.lineno or 1) - 1,
                          f"the page's {{{{ … }}}} or {{% … %}} has a mistake ({exc.message}); "
                          "check its brackets, quotes and braces, or write {% raw %}…{% endraw %} "
                          "around text that should show braces as they are")]
    unknown = jinja2.meta.find_undeclared_variables(tree) - known
    errors = []
    for name in sorted(unknown):
        line = next((node.lineno for node in tree.find_all(nodes.Name) if node.name == name), 1)
        guess = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f"did you mean `{guess[0]}`? " if guess else ""
        errors.append(DataError(path, first_line + line - 1,
                                f"`{name}` is not a macro or value pages can use; {hint}"
                                "the macros are listed in docs-editors/FIELDS.md"))
    return errors


def broken_page_links(path: str, page: str, body: str, first_line: int, pages: set[str]) -> list[DataError]:
    """Links to .md pages that do not exist. ``page`` is the page's path in
    its docs folder; ``pages`` every page path there."""
    errors = []
    for number, line in enumerate(body.splitlines(), start=first_line):
        for target in LINK.findall(line):
            target = target.split("#")[0].split("?")[0]
            if not target.endswith(".md") or re.match(r"^[a-z]+:|^/", target):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
            if resolved in pages or resolved.startswith(GENERATED_FOLDERS):
                continue
            guess = difflib.get_close_matches(resolved, sorted(pages), n=1)
            hint = f"did you mean `{guess[0]}`? " if guess else ""
            errors.append(DataError(path, number, f"the link to `{target}` leads to no page; {hint}"
                                                  "correct the file name"))
    return errors
