"""`make bench`'s synthetic data stays valid as the models change: its stories and projects are
what the models accept, and load beside a play book's own data (the tests' own play book here)."""

from bench.large_measures import REFUSED, write_measure
from bench.measure_cost import build_one, synthetic_measure
from bench.synthetic import add_projects, add_stories, story_markdown, story_yaml

from macros.data import read_all
from macros.data.checks.measures import MAX_POINTS
from macros.data.models import Story
from macros.data.validation import validate
from macros.data.yaml_reader import parse_yaml


def test_a_synthetic_story_matches_the_story_model():
    story, errors = validate(parse_yaml(story_yaml(3), "data/stories/synthetic-00003.yml"), Story)
    assert errors == []
    assert story.is_public and story.outcomes


def test_synthetic_stories_load_with_the_play_books_data(fixture_site):
    add_stories(fixture_site.path, 5)
    assert fixture_site.problems() == []
    slugs = {s.slug for s in read_all(fixture_site.path).stories}
    assert {f"synthetic-{i:05d}" for i in range(5)} <= slugs


def test_the_baseline_page_has_about_as_much_text_as_a_story():
    words = len(story_markdown(1).split())
    assert 300 < words < 600


def test_the_measure_the_benchmark_times_builds():
    measure = synthetic_measure(300)
    assert len(measure.points) == 300
    build_one(measure)   # its analysis, page, CSV and measures.json entry, without an error


def test_synthetic_projects_load_with_the_play_books_data_every_status_and_half_public(fixture_site):
    add_projects(fixture_site.path, 10)
    assert fixture_site.problems() == []
    synthetic = [p for p in read_all(fixture_site.path).projects if p.id.startswith("synthetic-project-")]
    assert len(synthetic) == 10 and sum(p.is_public for p in synthetic) == 5
    assert {p.status for p in synthetic} == {"active", "completed", "paused", "stopped"}


def test_the_large_synthetic_measure_is_valid_at_the_most_points_and_refused_beyond(fixture_site):
    write_measure(fixture_site.path, MAX_POINTS)
    assert fixture_site.problems() == []
    write_measure(fixture_site.path, REFUSED)
    [line] = fixture_site.problems()
    assert line.startswith("data/measures/synthetic-large.csv:1: the file is 1.6 MB; a data file or page may be "
                           "at most 1 MB")
