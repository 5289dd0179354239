"""The benchmark's synthetic data stays valid as the story model changes."""

from bench.synthetic import add_stories, story_markdown, story_yaml
from macros.data import read_all
from macros.data.models import Story
from macros.data.validation import validate
from macros.data.yaml_reader import parse_yaml


def test_synthetic_story_matches_the_story_model():
    story, errors = validate(parse_yaml(story_yaml(3), "data/stories/synthetic-00003.yml"), Story)
    assert errors == []
    assert story.is_public and story.outcomes


def test_synthetic_stories_load_with_the_real_data(project):
    add_stories(project.path, 5)
    slugs = {s.slug for s in read_all(project.path).stories}
    assert {f"synthetic-{i:05d}" for i in range(5)} <= slugs


def test_baseline_page_has_the_same_story_text():
    words = len(story_markdown(1).split())
    assert 300 < words < 600
