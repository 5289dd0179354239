"""`make new-story`: a new story that passes the checks as it is, and placeholders that can't be published."""

import json

import pytest

from macros.data.models import Story

STORY = "data/stories/community-garden.yml"


def test_new_story_passes_check_unchanged_and_starts_internal(project):
    result = project.make("new-story", "SLUG=community-garden")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Created {STORY}" in result.stdout
    text = project.read(STORY)
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/story.schema.json"
    assert "\nvisibility: internal\n" in text
    check = project.make("check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == ""


def test_new_story_explains_every_field_in_comments(project):
    assert project.make("new-story", "SLUG=community-garden").returncode == 0
    text = project.read(STORY)
    for name, info in Story.model_fields.items():
        if info.exclude:
            assert f"\n{name}:" not in text and f"\n# {name}:" not in text, f"{name} comes from the file name"
            continue
        assert f"\n# {name} (" in text, f"{name} is not explained"
        if info.description:
            assert " ".join(info.description.split()[:4]) in " ".join(text.replace("# ", "").split())


def uncomment_examples(text: str) -> str:
    """Uncomment each optional field's example: from its `# field:` line to the end of its block."""
    blocks = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        start = next((i for i, line in enumerate(lines)
                      if any(line == f"# {name}:" or line.startswith(f"# {name}: ") for name in Story.model_fields)),
                     len(lines))
        blocks.append("\n".join(lines[:start] + [line[2:] for line in lines[start:]]))
    return "\n\n".join(blocks)


def test_uncommented_examples_are_valid_yaml_in_the_right_shape(project):
    """An editor who uncomments every optional field gets only the errors that ask for real ids."""
    assert project.make("new-story", "SLUG=community-garden").returncode == 0
    text = uncomment_examples(project.read(STORY))
    assert "\noutcomes:\n  - value: TODO\n" in text
    project.write(STORY, text)
    result = project.make("check")
    errors = result.stdout.splitlines()
    assert result.returncode != 0
    assert errors and all(line.startswith(STORY + ":") for line in errors), errors
    assert {e.split("`")[1] for e in errors} == {"organisations", "related"}, errors


@pytest.mark.parametrize("target", ["check", "build"])
def test_a_public_story_still_holding_todo_is_refused_at_each_placeholder(project, target):
    assert project.make("new-story", "SLUG=community-garden").returncode == 0
    text = project.read(STORY).replace("\nvisibility: internal\n", "\nvisibility: public\n")
    project.write(STORY, text)
    result = project.make(target)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    lines = text.splitlines()
    for field in ("title", "summary"):
        line = next(i for i, t in enumerate(lines, 1) if t.startswith(f"{field}: "))
        assert f"{STORY}:{line}: `{field}` still holds the placeholder" in output, output
    assert "Traceback" not in output
    assert not (project.path / "site" / "stories").exists(), "nothing may be published"


def test_a_filled_in_public_story_reaches_the_public_site(project):
    """The editor's whole path: scaffold, replace the TODOs, make it public, build."""
    assert project.make("new-story", "SLUG=community-garden").returncode == 0
    text = (project.read(STORY)
            .replace('"TODO: the story\'s title"', "Canary garden story")
            .replace("\nvisibility: internal\n", "\nvisibility: public\n"))
    text = "\n".join(f"{line.split(':')[0]}: Written by the team." if line.startswith(("summary:", "source:"))
                     else line for line in text.splitlines()) + "\n"
    project.write(STORY, text)
    result = project.make("build")
    assert result.returncode == 0, result.stdout + result.stderr
    index = json.loads(project.read("site/stories/search/search_index.json"))
    assert any("Canary garden story" in doc["title"] + doc["text"] for doc in index["docs"])


def test_an_existing_slug_is_refused_with_its_file_and_left_alone(project):
    before = project.read("data/stories/we-wait-well.yml")
    result = project.make("new-story", "SLUG=we-wait-well")
    assert result.returncode != 0
    assert result.stderr.startswith("data/stories/we-wait-well.yml:1: a story with the slug `we-wait-well` "
                                    "already exists"), result.stderr
    assert project.read("data/stories/we-wait-well.yml") == before
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("slug, suggestion", [("Community Garden", "community-garden"),
                                              ("garden_2026", "garden-2026"),
                                              ("../escape", "escape")])
def test_a_bad_slug_is_refused_with_a_suggestion(project, slug, suggestion):
    result = project.make("new-story", f"SLUG={slug}")
    assert result.returncode != 0
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"SLUG {slug!r} must be lower-case words joined by hyphens"), first
    assert first.endswith(f"try: make new-story SLUG={suggestion}")
    assert "Traceback" not in result.stderr
    assert not list(project.path.rglob("*escape*")) and not list(project.path.rglob("*arden*.yml"))


def test_no_slug_says_how_to_call_it(project):
    result = project.make("new-story")
    assert result.returncode != 0
    assert result.stderr.startswith("say which story to create: make new-story SLUG=")
