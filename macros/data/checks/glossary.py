"""Words we use (data/glossary.yml): one term explains years written as two
years, and no way of writing a term is another term's too (a page using it
would list both)."""

from __future__ import annotations

from ..errors import DataError


def glossary_errors(loaded) -> list[DataError]:
    glossary, document = loaded.values.get("glossary"), loaded.documents.get("glossary")
    if glossary is None or document is None:
        return []
    errors, explaining, forms = [], None, {}
    for index, term in enumerate(glossary.terms):
        if term.explains_periods:
            if explaining is not None:
                errors.append(document.error(("terms", index, "explains_periods"), (
                    f"`explains_periods` is already set on `{explaining}`; one term explains years written "
                    "as two years (22/23): remove the line here")))
            explaining = explaining or term.term
        for place, form in [(("terms", index, "term"), term.term)] + [
                (("terms", index, "also", number), also) for number, also in enumerate(term.also)]:
            other = forms.setdefault(form.casefold(), term.term)
            if other != term.term:
                errors.append(document.error(place, f"`{form}` is already the term `{other}` or one of its "
                                                    "`also` forms; remove it from one of them"))
    return errors
