"""The national and local context (data/context.yml, data/timeline.yml) and
the vision (data/vision.yml)."""

from __future__ import annotations

from ..data.models import Context, Organisation, Timeline, Vision
from . import render_partial
from .markdown import blocks, heading


def render_national_reviews(context: Context) -> str:
    return render_partial("national_reviews.html", reviews=context.national_reviews)


def render_timeline(timeline: Timeline) -> str:
    return render_partial("timeline.html", timeline=timeline)


def render_baseline_assessment(context: Context, heading_level: int = 2) -> str:
    baseline = context.baseline_assessment
    return blocks(heading(heading_level, baseline.title, "impact-baseline-assessment"),
                  render_partial("baseline_assessment.html", baseline=baseline))


def render_collaboration_principles(context: Context, organisations: dict[str, Organisation],
                                    heading_level: int = 2) -> str:
    principles = context.collaboration_principles
    return blocks(heading(heading_level, principles.title, "collaboration-principles"),
                  render_partial("collaboration_principles.html", principles=principles,
                                 organisations=[organisations[o] for o in principles.organisations]))


def render_vision(vision: Vision) -> str:
    return render_partial("vision.html", vision=vision)


def render_guiding_principles(vision: Vision, heading_level: int = 3) -> str:
    parts = []
    for index, principle in enumerate(vision.guiding_principles, 1):
        parts += [heading(heading_level, principle.name, f"guiding-principle-{index}"),
                  render_partial("guiding_principle.html", principle=principle)]
    return blocks(*parts)
