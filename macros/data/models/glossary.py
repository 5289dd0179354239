"""Words we use (data/glossary.yml): the terms pages use, in plain English,
shared by both sites."""

from __future__ import annotations

from pydantic import StrictBool, Field

from .base import ContentStatus, Model, Public, Text


class Term(Model):
    term: Public[Text] = Field(description="The word or abbreviation as pages write it, such as `PHM` or `driver "
                       "diagram`: a page that uses it lists it under \"Words used\", matched as a whole word or "
                       "with a final s, an abbreviation letter for letter, a word whatever its capitals. Its anchor "
                       "on the glossary page is `term-` and the term in small letters and hyphens "
                       "(`term-driver-diagram`).")
    also: Public[list[Text]] = Field([], description="Other ways pages write it, each matched as the term is, "
                                     "such as `special cause` for `special cause variation`. A plural with a "
                                     "final s (`change ideas`) needs no entry.")
    stands_for: Public[Text | None] = Field(None, description="What an abbreviation stands for, such as `population "
                                    "health management`: shown in brackets after the term where a story "
                                    "summary uses it. Leave it out for a term that is not an abbreviation.")
    meaning: Public[Text] = Field(description="What it means, in a sentence or two a member of the public "
                          "understands: the play book's own words where it explains the term, otherwise the "
                          "usual NHS meaning, stated plainly.")
    status: Public[ContentStatus] = Field("agreed", description="`to_be_confirmed` while the meaning is uncertain: the "
                                  "staff play book shows it marked so, and the public site leaves the term out "
                                  "until it is confirmed (then remove the line).")
    explains_periods: Public[StrictBool] = Field(False, description="`true` on the term that explains years written "
                                           "the NHS way, as two years (`22/23`, `26/27`): a page that uses such a "
                                           "year lists it with this term's meaning, and a story summary spells it "
                                           "out (`26/27 (April 2026 to March 2027)`), so no year needs a term of its "
                                           "own.")
    source: Text | None = Field(None, description="Where the meaning comes from (for editors; not shown).")

    @property
    def confirmed(self) -> bool:
        return self.status == "agreed"


class Glossary(Model):
    introduction: Public[Text | None] = None
    terms: Public[list[Term]]

    def confirmed_only(self) -> "Glossary":
        """The terms the public site may show."""
        return self.model_copy(update={"terms": [term for term in self.terms if term.confirmed]})
