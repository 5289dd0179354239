"""Checks of a page's Markdown body, so that `make check` and `make build`
report an editor's slip in a page as ``path:line: message`` too:
a mistyped or unknown ``{{ macro() }}``, a macro called with arguments it
does not take, and broken ``{{ … }}`` syntax (MkDocs would otherwise stop
with a Jinja traceback).  The body is parsed once, by macros/pages/front_matter.py.
Links are checked in macros/pages/links.py.

A page's ``{{ … }}`` and ``{% … %}`` are a small language, not Python: the
project's macros with plain arguments, its values and their fields
(``{{ playbook.version }}``), a few text filters and ``{% if %}``
(``PAGE_LANGUAGE``). Anything else (a loop, arithmetic, an include, a name
of Jinja's or MkDocs' own, an attribute starting with ``_``) is refused
before any page is made, so that no page can run code, read a file, or
make a page of unbounded size while the site is built.
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
from jinja2.sandbox import SandboxedEnvironment

from ..data.errors import DataError
from ..data.wording import excerpt, shown

# The names a page may use: each macro with its signature, each value with the fields a page may read.
PageNames = Mapping[str, inspect.Signature | frozenset[str]]
# Sandboxed as well, where `make check` makes a page (macros/site/page_anchors.py).
JINJA = SandboxedEnvironment()
JINJA.globals.clear()  # range, cycler, lipsum…: not part of a page's language, so reported as unknown
# What a page's {{ … }} and {% … %} may hold: the parts of a macro call, a value and its
# field, a text filter, and {% if %} with comparisons.
PAGE_LANGUAGE = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.Name, nodes.Getattr,
                 nodes.Call, nodes.Keyword, nodes.Filter, nodes.If, nodes.Compare, nodes.Operand, nodes.Not,
                 nodes.And, nodes.Or, nodes.CondExpr, nodes.Neg, nodes.Pos)
TEXT_FILTERS = frozenset({"lower", "upper", "capitalize", "title", "trim"})
# How a part of the language a page may not use is named in its line.
_REFUSED = {nodes.For: "`{% for %}`", nodes.Include: "`{% include %}`", nodes.Import: "`{% import %}`",
            nodes.FromImport: "`{% from … import %}`", nodes.Extends: "`{% extends %}`",
            nodes.Macro: "`{% macro %}`", nodes.Assign: "`{% set %}`", nodes.AssignBlock: "`{% set %}`",
            nodes.Getitem: "`[…]`", nodes.BinExpr: "arithmetic", nodes.Concat: "`~`",
            nodes.Test: "`is …`"}


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


def unknown_names(path: str, tree: nodes.Template, first_line: int, names: PageNames,
                  refused_lines: frozenset[int] = frozenset()) -> list[DataError]:
    """In a page's parsed body, names that are neither one of ``names`` (the
    project's macros, with their signatures, and values) nor built in, each at its
    first use on a line not already refused (``refused_lines``, of the body: one
    mistake, one line); filters that do not exist; and macros called with arguments
    they do not take."""
    known = set(names)
    errors = []
    try:
        unknown = jinja2.meta.find_undeclared_variables(tree) - known
    except jinja2.TemplateAssertionError as exc:  # found while compiling: a filter or test that does not exist
        named = re.search(r"named '([^']+)'", exc.message or "")
        guess = difflib.get_close_matches(named.group(1), sorted(JINJA.filters), n=1) if named else []
        hint = f"did you mean `{guess[0]}`? " if guess else ""
        errors.append(DataError(path, first_line + (exc.lineno or 1) - 1,
                                f"the page's {{{{ … }}}} has a mistake ({excerpt(exc.message or '')}); {hint}"
                                "check the spelling of what follows `|`"))
        unknown = {node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"} - known
    first_lines: dict[str, int] = {}  # each name's first line, in one pass over the page
    for node in tree.find_all(nodes.Name):
        if node.lineno not in refused_lines:
            first_lines.setdefault(node.name, node.lineno)
    for name in sorted(unknown & set(first_lines)):
        guess = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f"did you mean `{guess[0]}`? " if guess else ""
        errors.append(DataError(path, first_line + first_lines[name] - 1,
                                f"`{excerpt(name, 40)}` is not a macro or value pages can use; {hint}"
                                "the macros are listed in docs-editors/FIELDS.md"))
    for call in tree.find_all(nodes.Call):
        signature = names.get(call.node.name) if isinstance(call.node, nodes.Name) else None
        problem = _argument_problem(call, signature) if isinstance(signature, inspect.Signature) else None
        if problem:
            errors.append(DataError(path, first_line + call.lineno - 1,
                                    f"`{{{{ {call.node.name}() }}}}` {problem}; it takes "
                                    f"{_described(signature)} (docs-editors/FIELDS.md lists them)"))
    return errors


def language_problems(path: str, tree: nodes.Template, first_line: int, names: PageNames) -> list[DataError]:
    """Each line of a page's parsed body that uses more than the page language
    (``PAGE_LANGUAGE``): one line each, the first part of it refused."""
    found: dict[int, str] = {}
    for node in tree.find_all(nodes.Node):
        problem = _refused(node, names)
        if problem and node.lineno not in found:
            found[node.lineno] = problem
    return [DataError(path, first_line + line - 1, problem) for line, problem in sorted(found.items())]


_LANGUAGE = ("a page may use only the macros and values listed in docs-editors/FIELDS.md, with plain words and "
             "numbers as their arguments, the filters lower, upper, capitalize, title and trim, and {% if %}")


def _refused(node: nodes.Node, names: PageNames) -> str | None:
    """Why ``node`` is not in the page language, if it is not."""
    if not isinstance(node, PAGE_LANGUAGE):
        what = next((words for kind, words in _REFUSED.items() if isinstance(node, kind)), None)
        return f"{what or excerpt(type(node).__name__, 30)} is not part of what a page may write; {_LANGUAGE}"
    if isinstance(node, nodes.Name) and node.ctx != "load":
        return f"`{excerpt(node.name, 40)}` may not be set in a page; {_LANGUAGE}"
    if isinstance(node, (nodes.Getattr, nodes.Call, nodes.Filter)) and _of_unknown_name(node, names):
        return None  # one mistake, one line: unknown_names says the name is not one pages can use
    if isinstance(node, nodes.Getattr):
        fields = names.get(node.node.name) if isinstance(node.node, nodes.Name) else None
        if not isinstance(fields, frozenset):
            return (f"`.{excerpt(node.attr, 40)}` can be read only of a value, such as `playbook.version`; "
                    f"{_LANGUAGE}")
        if node.attr not in fields:
            guess = difflib.get_close_matches(node.attr, sorted(fields), n=1)
            hint = f"did you mean `{guess[0]}`? " if guess else ""
            return (f"`{node.node.name}` has no field `{excerpt(node.attr, 40)}`; {hint}its fields are listed in "
                    "docs-editors/FIELDS.md")
    if isinstance(node, nodes.Call) and not (isinstance(node.node, nodes.Name)
                                             and isinstance(names.get(node.node.name), inspect.Signature)):
        return f"only a macro may be called, by its name, like `{{{{ offer() }}}}`; {_LANGUAGE}"
    if isinstance(node, nodes.Call) and (node.dyn_args or node.dyn_kwargs):
        return "a macro's arguments are written out, like `{{ latest_stories(count=3) }}`, not given with * or **"
    if isinstance(node, nodes.Filter) and node.name not in TEXT_FILTERS:
        return f"the filter `{excerpt(node.name, 40)}` is not one a page may use; {_LANGUAGE}"
    return None


def _of_unknown_name(node: nodes.Node, names: PageNames) -> bool:
    """Whether ``node`` reads a field of, or calls, a name pages cannot use (``cycler.__init__``,
    ``nosuch()``), or is a filter that does not exist (``| uper``): ``unknown_names`` says so."""
    if isinstance(node, nodes.Filter):
        return node.name not in JINJA.filters
    while isinstance(node, (nodes.Getattr, nodes.Call)):
        node = node.node
    return isinstance(node, nodes.Name) and node.name not in names


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
