"""Words we use (data/glossary.yml) on pages: the glossary itself, the terms a
text uses, and a summary with each abbreviation spelt out where it is used."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from ..data.models import Glossary, Term
from . import render_partial


def term_id(term: Term) -> str:
    """The term's anchor on the glossary page: ``PHM`` -> ``term-phm``."""
    return "term-" + re.sub(r"[^a-z0-9]+", "-", term.term.lower()).strip("-")


@functools.lru_cache(maxsize=256)
def _pattern(term: str) -> re.Pattern:
    """The term as a whole word. An abbreviation (capitals or figures) matches
    letter for letter; a word, whatever its capitals ("Virtual Ward")."""
    flags = 0 if term.upper() == term else re.IGNORECASE
    return re.compile(r"(?<![\w/])" + re.escape(term) + r"(?![\w/])", flags)


def terms_in(texts: Iterable[str], glossary: Glossary) -> list[Term]:
    """The glossary's terms that any of ``texts`` uses, in the glossary's order."""
    joined = "\n".join(texts)
    return [term for term in glossary.terms if _pattern(term.term).search(joined)]


def explain(text: str, glossary: Glossary | None) -> Markup:
    """``text``, escaped, with the first use of each abbreviation followed by
    what it stands for: "Using PHM (population health management) to…",
    unless the text already says it ("multidisciplinary team (MDT)")."""
    if glossary is None:
        return escape(text)
    spans = []  # (start, end, term) of first uses, none overlapping
    for term in glossary.terms:
        if not term.stands_for or term.stands_for.lower() in text.lower():
            continue
        found = _pattern(term.term).search(text)
        if found and not any(start < found.end() and found.start() < end for start, end, _ in spans):
            spans.append((found.start(), found.end(), term))
    out, at = [], 0
    for _, end, term in sorted(spans, key=lambda span: span[0]):
        out += [escape(text[at:end]), escape(f" ({term.stands_for})")]
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def explainer(glossary: Glossary | None):
    """``explain`` for one site's glossary, as templates call it."""
    return functools.partial(explain, glossary=glossary)


def render_glossary(glossary: Glossary, staff: bool) -> str:
    """Every term with its meaning (on the public site, confirmed terms only:
    its data has no others)."""
    return render_partial("glossary.html", glossary=glossary, staff=staff, term_id=term_id)


def render_terms_used(terms: list[Term]) -> str:
    """The terms a page uses, explained, for the end of a story."""
    return render_partial("terms_used.html", terms=terms, term_id=term_id) if terms else ""
