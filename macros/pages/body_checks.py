"""Checks of a page's Markdown body, so that `make check` and `make build`
report an editor's slip in a page as ``path:line: message`` too:
a mistyped or unknown ``{{ macro() }}``, a macro called with arguments it
does not take, and broken ``{{ … }}`` syntax (MkDocs would otherwise stop
with a Jinja traceback).  The body is parsed once, by macros/pages/front_matter.py.
Links are checked in macros/pages/links.py.
"""

from __future__ import annotations

import difflib
import inspect
import re
import typing
from collections.abc import Mapping

from annotated_types import Ge, Le

import jinja2
import jinja2.meta
from jinja2 import nodes

from ..data.errors import DataError
from ..data.wording import excerpt, shown

# Names mkdocs-macros and Jinja themselves give every page.
BUILT_IN = frozenset({"config", "page", "extra", "environment", "plugin", "git", "navigation", "files", "now",
                      "fix_url", "context", "macros_info", "filters", "filters_builtin",
                      "range", "dict", "lipsum", "cycler", "joiner", "namespace"})
# The names a page may use: each macro with its signature, each value with None.
PageNames = Mapping[str, inspect.Signature | None]
# Jinja's own filters, and those mkdocs-macros adds: a page may use any of them.
JINJA = jinja2.Environment()
JINJA.filters.update(dict.fromkeys(("pretty", "relative_url"), lambda value, *args, **kwargs: value))


# Beyond these, Jinja's parser and compiler take time and stack out of all
# proportion (a page's macro calls need a few parts, a few levels).
MAX_TAG_PARTS = 100  # names, dots, brackets… inside one {{ … }} or {% … %}
MAX_BLOCK_DEPTH = 20  # {% if %}, {% for %}… inside each other
_OPENERS = frozenset({"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "trans"})


def complexity_problem(path: str, body: str, first_line: int) -> DataError | None:
    """A ``{{ … }}`` of too many parts, or blocks nested too deep, in one linear pass over the body's tokens."""
    parts, depth, opening = 0, 0, False
    try:
        for line, kind, value in JINJA.lex(body):
            if kind in ("variable_begin", "block_begin"):
                parts, opening = 0, kind == "block_begin"
                continue
            parts += 1
            if kind == "name" and opening:
                depth = depth + 1 if value in _OPENERS else max(depth - 1, 0) if value.startswith("end") else depth
                opening = False
            where = first_line + line - 1
            if parts > MAX_TAG_PARTS:
                return DataError(path, where, f"this {{{{ … }}}} or {{% … %}} has more than {MAX_TAG_PARTS} parts; "
                                              "a page needs far fewer: shorten it, or write {% raw %}…{% endraw %} "
                                              "around text that should show braces as they are")
            if depth > MAX_BLOCK_DEPTH:
                return DataError(path, where, f"more than {MAX_BLOCK_DEPTH} {{% … %}} blocks inside each other; "
                                              "close each one (`{% endif %}`, `{% endfor %}`) before opening more")
    except jinja2.TemplateSyntaxError:
        return None  # the parser says what is wrong
    return None


def syntax_problem(path: str, first_line: int, exc: jinja2.TemplateSyntaxError) -> DataError:
    """Broken ``{{ … }}`` syntax in a page's body (``first_line``: the body's first line in the file)."""
    return DataError(path, first_line + (exc.lineno or 1) - 1,
                     f"the page's {{{{ … }}}} or {{% … %}} has a mistake ({excerpt(exc.message or '')}); "
                     "check its brackets, quotes and braces, or write {% raw %}…{% endraw %} "
                     "around text that should show braces as they are")


def unknown_names(path: str, tree: nodes.Template, first_line: int, names: PageNames) -> list[DataError]:
    """In a page's parsed body, names that are neither one of ``names`` (the
    project's macros, with their signatures, and values) nor built in, and
    macros called with arguments they do not take."""
    known = set(names) | BUILT_IN
    try:
        unknown = jinja2.meta.find_undeclared_variables(tree) - known
    except jinja2.TemplateAssertionError as exc:  # found while compiling: a filter or test that does not exist
        named = re.search(r"named '([^']+)'", exc.message or "")
        guess = difflib.get_close_matches(named.group(1), sorted(JINJA.filters), n=1) if named else []
        hint = f"did you mean `{guess[0]}`? " if guess else ""
        return [DataError(path, first_line + (exc.lineno or 1) - 1,
                          f"the page's {{{{ … }}}} has a mistake ({excerpt(exc.message or '')}); {hint}"
                          "check the spelling "
                          "of what follows `|`")]
    errors = []
    first_lines: dict[str, int] = {}  # each name's first line, in one pass over the page
    for node in tree.find_all(nodes.Name):
        first_lines.setdefault(node.name, node.lineno)
    for name in sorted(unknown):
        line = first_lines.get(name, 1)
        guess = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f"did you mean `{guess[0]}`? " if guess else ""
        errors.append(DataError(path, first_line + line - 1,
                                f"`{excerpt(name, 40)}` is not a macro or value pages can use; {hint}"
                                "the macros are listed in docs-editors/FIELDS.md"))
    for call in tree.find_all(nodes.Call):
        signature = names.get(call.node.name) if isinstance(call.node, nodes.Name) else None
        problem = _argument_problem(call, signature) if signature else None
        if problem:
            errors.append(DataError(path, first_line + call.lineno - 1,
                                    f"`{{{{ {call.node.name}() }}}}` {problem}; it takes "
                                    f"{_described(signature)} (docs-editors/FIELDS.md lists them)"))
    return errors


# The types a page can write as a macro's argument, by annotation.
_TYPES = {"str": (str,), "int": (int,)}


def _expected(annotation) -> tuple[tuple[type, ...] | None, int | None, int | None]:
    """The types a parameter takes, and its lowest and highest value (``Annotated[int, Ge(1), Le(100)]``)."""
    bounds: tuple = ()
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *bounds = typing.get_args(annotation)
    name = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    low = next((bound.ge for bound in bounds if isinstance(bound, Ge)), None)
    high = next((bound.le for bound in bounds if isinstance(bound, Le)), None)
    return _TYPES.get(name), low, high


def _argument_problem(call: nodes.Call, signature: inspect.Signature) -> str | None:
    """What is wrong with the arguments ``call`` passes, if anything; only
    what can be told before rendering (how many, which names, plain values' types)."""
    if call.dyn_args or call.dyn_kwargs:
        return None
    try:
        bound = signature.bind(*call.args, **{keyword.key: keyword.value for keyword in call.kwargs})
    except TypeError as exc:
        return f"is called with arguments it does not take ({excerpt(str(exc))})"
    for name, value in bound.arguments.items():
        expected, low, high = _expected(signature.parameters[name].annotation)
        if not expected or not isinstance(value, nodes.Const):
            continue
        if not isinstance(value.value, expected) or isinstance(value.value, bool):
            return f"is given {shown(value.value)} for `{name}`, which must be {_words(expected)}"
        if (low is not None and value.value < low) or (high is not None and value.value > high):
            return f"is given {shown(value.value)} for `{name}`, which must be a whole number from {low} to {high}"
    return None


def _words(types: tuple[type, ...]) -> str:
    return "text in quotes" if types == (str,) else "a whole number"


def _described(signature: inspect.Signature) -> str:
    """"no arguments", "`what`", "an optional `count`", "`what` and an optional `place`"."""
    required = [f"`{name}`" for name, p in signature.parameters.items() if p.default is inspect.Parameter.empty]
    optional = [f"`{name}`" for name, p in signature.parameters.items() if p.default is not inspect.Parameter.empty]
    words = [", ".join(required)] if required else []
    if optional:
        words.append(("an optional " if len(optional) == 1 else "optional ") + ", ".join(optional))
    return " and ".join(words) or "no arguments"
