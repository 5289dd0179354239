"""Words we use (data/glossary.yml) on pages: the glossary itself, the terms a
text or a whole page uses, and a summary with each abbreviation spelt out
where it is used.

A year written the NHS way, as two years ("22/23", "26/27"), is explained by
the one term marked ``explains_periods`` (the financial year), whatever the
years: each such year a text uses is listed after it as a term of its own
("26/27", April 2026 to March 2027, with its meaning), so no year needs an
entry."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from html import unescape

from markupsafe import Markup, escape

from ..data.models import Glossary, Term
from . import render_partial

# Two years in a row, the second one more than the first, standing alone: 22/23, not 2022/23, 12/31 or 1/2/23.
PERIOD = re.compile(r"(?<![\w/])(\d\d)/(\d\d)(?![\w/])")


def term_id(term: Term) -> str:
    """The term's anchor on the glossary page: ``PHM`` -> ``term-phm``."""
    return "term-" + re.sub(r"[^a-z0-9]+", "-", term.term.lower()).strip("-")


@functools.lru_cache(maxsize=512)
def _pattern(form: str) -> re.Pattern:
    """One way of writing a term, as a whole word, or with a final s ("change
    ideas"). An abbreviation (capitals or figures) matches letter for letter; a
    word, whatever its capitals ("Virtual Ward"), and a space in it, a line
    break or a hyphen too ("hit-and-miss")."""
    abbreviation = form.upper() == form
    words = r"[\s-]+".join(re.escape(word) for word in form.split())
    return re.compile(r"(?<![\w/])" + words + r"s?(?![\w/])", 0 if abbreviation else re.IGNORECASE)


def _casefolded(text: str) -> str:
    """``text`` casefolded as a case-blind pattern reads it: a dotless ı is an i to it."""
    return text.casefold().replace("ı", "i")


def _find(form: str, text: str, folded: str) -> re.Match | None:
    """Where ``text`` (``folded``: _casefolded) first writes ``form``: the pattern is tried
    only where the form's first word is found, which on a long page (a measure's table)
    is a small part of the time a search from every position takes."""
    abbreviation = form.upper() == form
    if not abbreviation and len(folded) != len(text):  # casefolding moved the text: search it whole
        return _pattern(form).search(text)
    haystack, first = (text, form.split()[0]) if abbreviation else (folded, _casefolded(form.split()[0]))
    at = haystack.find(first)
    while at != -1:
        if match := _pattern(form).match(text, at):
            return match
        at = haystack.find(first, at + 1)
    return None


def _first_use(term: Term, text: str, folded: str | None = None) -> re.Match | None:
    """Where ``text`` first writes ``term``, in any of its forms (``folded``: _casefolded(text))."""
    folded = _casefolded(text) if folded is None else folded
    found = [match for form in (term.term, *term.also) if (match := _find(form, text, folded))]
    return min(found, key=lambda match: match.start(), default=None)


def _periods(text: str) -> list[str]:
    """The NHS years ``text`` writes as two years, each once, in order of first use
    (looked for at each slash only: a long page has few)."""
    found, at = [], text.find("/")
    while at != -1:
        match = PERIOD.match(text, at - 2) if at >= 2 else None
        if match and int(match.group(2)) == int(match.group(1)) + 1:
            found.append(match.group(0))
        at = text.find("/", at + 1)
    return list(dict.fromkeys(found))


def _as_period(term: Term, period: str) -> Term:
    first, second = period.split("/")
    return term.model_copy(update={"term": period, "also": [], "explains_periods": False,
                                   "stands_for": f"April 20{first} to March 20{second}"})


def _terms_for(text: str, glossary: Glossary) -> list[Term]:
    """The glossary's terms as ``text`` may use them: after the term that
    explains years written as two years, each such year ``text`` writes."""
    terms = []
    for term in glossary.terms:
        terms += [term] + ([_as_period(term, period) for period in _periods(text)] if term.explains_periods else [])
    return terms


def terms_in(texts: Iterable[str], glossary: Glossary) -> list[Term]:
    """The glossary's terms that any of ``texts`` uses, in the glossary's order."""
    joined = "\n".join(texts)
    folded = _casefolded(joined)
    return [term for term in _terms_for(joined, glossary) if _first_use(term, joined, folded)]


def explain(text: str, glossary: Glossary | None) -> Markup:
    """``text``, escaped, with the first use of each abbreviation followed by
    what it stands for: "Using PHM (population health management) to…",
    unless the text already says it ("multidisciplinary team (MDT)")."""
    if glossary is None:
        return escape(text)
    spans = []  # (start, end, term) of first uses, none overlapping
    for term in _terms_for(text, glossary):
        if not term.stands_for or term.stands_for.lower() in text.lower():
            continue
        found = _first_use(term, text)
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


def _is_year(term: Term, glossary: Glossary) -> bool:
    """Whether ``term`` is a year written as two years (or several such, together), not a glossary term."""
    return bool(PERIOD.match(term.term)) and term not in glossary.terms


def _anchor(term: Term, glossary: Glossary) -> str:
    """The glossary page's anchor explaining ``term``: a year written as two
    years is explained by the term marked ``explains_periods``."""
    if _is_year(term, glossary):
        term = next((known for known in glossary.terms if known.explains_periods), term)
    return term_id(term)


def render_terms_used(terms: list[Term], glossary: Glossary, scope: str = "story",
                      glossary_href: str | None = None) -> str:
    """The terms a page uses, explained, for the end of a story (``scope``
    "story") or of any other page ("page"); each links to its meaning on the
    glossary page (``glossary_href``), where the site has one."""
    if not terms:
        return ""
    linked = [(term, f"{glossary_href}#{_anchor(term, glossary)}" if glossary_href else None)
              for term in _years_together(terms, glossary)]  # years together: each links where the first did
    return render_partial("terms_used.html", terms=linked, scope=scope, glossary_href=glossary_href)


def _years_together(terms: list[Term], glossary: Glossary) -> list[Term]:
    """The years written as two years, as one entry where the first stood (one meaning, said once):
    "22/23 and 23/24 (April 2022 to March 2023; April 2023 to March 2024)"."""
    years = [term for term in terms if _is_year(term, glossary)]
    if len(years) < 2:
        return terms
    names = [year.term for year in years]
    together = years[0].model_copy(update={"term": ", ".join(names[:-1]) + " and " + names[-1],
                                           "stands_for": "; ".join(year.stands_for for year in years)})
    return [together if term is years[0] else term for term in terms if term is years[0] or term not in years]


# What a reader does not read of a page: comments, scripts, styles and the tags themselves
# (built HTML escapes every < and > in its text and attribute values).
_UNREAD = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def page_text(html: str) -> str:
    """What a reader reads of ``html`` (a chart's title and description included)."""
    return unescape(_UNREAD.sub(" ", html))


def render_words_used(html: str, glossary: Glossary | None, glossary_href: str | None = None) -> str:
    """"Words used on this page": the glossary's terms that a page's body
    (``html``, its fixed words and its data alike) uses, each explained and
    linked to the glossary page; "" when it uses none. For any page made from
    data: a project's, the public register."""
    if glossary is None:
        return ""
    return render_terms_used(terms_in([page_text(html)], glossary), glossary, "page", glossary_href)
