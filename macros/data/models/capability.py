"""The ICS Improvement Capability Self-Assessment (section 4 of the play book): data/capability_assessment.yml."""

from __future__ import annotations

from pydantic import Field

from .base import ContentStatus, Model, Number, OrganisationRef, Slug, Text


class ScoreRange(Model):
    lowest: Number = Field(description="The lowest of the components' scores, as the assessment gives it.")
    highest: Number = Field(description="The highest of the components' scores, as the assessment gives it.")


class Component(Model):
    id: Slug = Field(description="Permanent anchor of the component on the page.")
    name: Text = Field(description="The component's name, as the assessment gives it.")
    score: Number | None = Field(None, description="Only once the component's own score is known; "
                                "the play book gives only the range across all of them.")
    score_status: ContentStatus = Field("to_be_confirmed", description="`to_be_confirmed` while the score is "
                                        "still to be supplied; `agreed` once `score` is filled in.")
    findings: Text
    recommendations: list[Text]


class CapabilityAssessment(Model):
    tool: Text
    compiled_by: OrganisationRef = Field(description="Id from data/organisations.yml of who compiled the tool.")
    workshop: Text = Field(description='When the results were reviewed: "Dec 2022".')
    rating: Text = Field(description='The maturity rating: "Developing".')
    score_range: ScoreRange = Field(description="The range the six components' scores fall in.")
    components: list[Component]
