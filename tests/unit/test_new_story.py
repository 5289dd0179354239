"""`make new-story`, in this process (macros.cli.new_story.main, as the Makefile calls it), on a
copy of the tests' own play book: a new story that passes the checks as it is, every field
explained, placeholders that can never be published, and one clear line for each mistake.

That a filled-in story reaches the public site is in tests/build/test_new_story_in_public_site.py;
the one end-to-end `make new-story` is in tests/build/test_commands.py.
"""

import pytest

from macros.data import DataErrors
from macros.cli.new_story import main as new_story
from macros.data.models import Story
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.audiences import site_data

STORY = "data/stories/community-garden.yml"


@pytest.fixture
def run(fixture_site, monkeypatch, capsys):
    """Call `make new-story SLUG=...` in the fixture copy: (exit status, stdout, stderr)."""
    monkeypatch.chdir(fixture_site.path)

    def call(*args: str) -> tuple[int, str, str]:
        status = new_story(list(args))
        out, err = capsys.readouterr()
        return status, out, err
    return call


@pytest.fixture
def scaffolded(fixture_site, run) -> str:
    status, out, err = run("community-garden")
    assert status == 0, out + err
    return fixture_site.read(STORY)


def test_a_new_story_passes_the_check_unchanged_and_starts_internal(fixture_site, run):
    status, out, err = run("community-garden")
    assert (status, err) == (0, "")
    assert out.startswith(f"Created {STORY}: replace every TODO")
    text = fixture_site.read(STORY)
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/story.schema.json"
    assert "\nvisibility: internal\n" in text
    assert fixture_site.problems() == []


def test_a_new_story_explains_every_field_in_comments(scaffolded):
    for name, info in Story.model_fields.items():
        if info.exclude:
            assert f"\n{name}:" not in scaffolded and f"\n# {name}:" not in scaffolded, \
                f"{name} comes from the file name"
            continue
        assert f"\n# {name} (" in scaffolded, f"{name} is not explained"
        if info.description:
            assert " ".join(info.description.split()[:4]) in " ".join(scaffolded.replace("# ", "").split())


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


def test_uncommented_examples_are_valid_yaml_in_the_right_shape(fixture_site, scaffolded):
    """An editor who uncomments every optional field is asked, in one run, only
    for a real date and real ids: nothing else needs fixing."""
    text = uncomment_examples(scaffolded)
    assert "\noutcomes:\n  - value: TODO\n" in text
    fixture_site.write(STORY, text)
    errors = fixture_site.problems()
    assert errors and all(line.startswith(STORY + ":") for line in errors), errors
    assert {e.split("`")[1] for e in errors} == {"published", "organisations", "funders", "related"}, errors


def test_a_public_story_still_holding_todo_is_refused_at_each_placeholder_by_check_and_build(fixture_site,
                                                                                              scaffolded):
    text = scaffolded.replace("\nvisibility: internal\n", "\nvisibility: public\n")
    fixture_site.write(STORY, text)
    expected = [f"{STORY}:{fixture_site.line_of(STORY, f'{field}: ')}: `{field}` still holds the placeholder"
                for field in ("title", "summary")]
    problems = fixture_site.problems()
    for start in expected:
        assert any(line.startswith(start) for line in problems), (start, problems)
    # What the build prints before it stops: both sites read every story.
    for audience, docs in (("staff", "docs"), ("public", "docs-public")):
        with pytest.raises(DataErrors) as caught:
            site_data(fixture_site.path, audience, docs, PageIndex.read(fixture_site.path, PAGE_NAMES))
        for start in expected:
            assert any(line.startswith(start) for line in caught.value.lines()), (audience, start)


def test_an_existing_slug_is_refused_with_its_file_and_left_alone(fixture_site, run):
    before = fixture_site.read("data/stories/fixture-public-story.yml")
    status, out, err = run("fixture-public-story")
    assert status != 0 and out == ""
    assert err.startswith("data/stories/fixture-public-story.yml:1: a story with the slug `fixture-public-story` "
                          "already exists"), err
    assert fixture_site.read("data/stories/fixture-public-story.yml") == before


@pytest.mark.parametrize("slug, suggestion", [("Community Garden", "community-garden"),
                                              ("garden_2026", "garden-2026"),
                                              ("../escape", "escape"), ("Café Ünï", "cafe-uni"),
                                              ("Siân's Café", "sians-cafe"), ("'quoted'", "quoted")])
def test_a_bad_slug_is_refused_with_a_suggestion(fixture_site, run, slug, suggestion):
    status, out, err = run(slug)
    assert status != 0 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"SLUG '{slug}' must be lower-case words joined by hyphens"), line
    assert line.endswith(f"try: make new-story SLUG={suggestion}")
    assert not list(fixture_site.path.parent.rglob("*escape*"))
    assert not list(fixture_site.path.rglob("*arden*.yml"))


@pytest.mark.parametrize("args", [(), ("",)], ids=["no argument", "SLUG unset"])
def test_no_slug_says_how_to_call_it(fixture_site, run, args):
    stories = sorted(p.name for p in (fixture_site.path / "data" / "stories").iterdir())
    status, out, err = run(*args)
    assert status != 0
    assert err.startswith("say which story to create: make new-story SLUG=")
    assert sorted(p.name for p in (fixture_site.path / "data" / "stories").iterdir()) == stories


def test_a_slug_longer_than_a_slug_may_be_is_refused_with_a_shorter_one_and_no_traceback(fixture_site, run):
    status, out, err = run("a" * 300)
    assert status != 0 and out == ""
    assert err.startswith(f"SLUG '{'a' * 59}…' is 300 characters long; an id may be at most 100 "), err
    assert err.endswith(f"try: make new-story SLUG={'a' * 100}\n")
