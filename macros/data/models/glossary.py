"""Words we use (data/glossary.yml): the terms pages use, in plain English,
shared by both sites."""

from __future__ import annotations

from pydantic import Field

from .base import ContentStatus, Model, Public, Text


class Term(Model):
    term: Public[Text] = Field(description="The word, abbreviation or figure exactly as pages write it, such as `PHM` "
                       "or `22/23`; stories that use it are matched on it, letter for letter.")
    stands_for: Public[Text | None] = Field(None, description="What an abbreviation stands for, such as `population "
                                    "health management`: shown in brackets after the term where a story "
                                    "summary uses it. Leave it out for a term that is not an abbreviation.")
    meaning: Public[Text] = Field(description="What it means, in a sentence or two a member of the public "
                          "understands: the play book's own words where it explains the term, otherwise the "
                          "usual NHS meaning, stated plainly.")
    status: Public[ContentStatus] = Field("agreed", description="`to_be_confirmed` while the meaning is uncertain: the "
                                  "staff play book shows it marked so, and the public site leaves the term out "
                                  "until it is confirmed (then remove the line).")
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
