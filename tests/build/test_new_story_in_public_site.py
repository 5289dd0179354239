"""An editor's whole path with `make new-story` (in this process): scaffold the story, replace
its TODOs, make it public, build; the story is then on the public site and in its search."""

from support.projects import fixture_project
from support.search_index import indexed_page

from macros.cli.new_story import create_story

STORY = "data/stories/community-garden.yml"


def test_a_filled_in_public_story_reaches_the_public_site(tmp_path):
    project = fixture_project(tmp_path / "fixture")
    create_story(project.path, "community-garden")
    text = (project.read(STORY)
            .replace('"TODO: the story\'s title"', "Community garden story")
            .replace("\nvisibility: internal\n", "\nvisibility: public\n"))
    text = "\n".join("summary: Written by the team." if line.startswith("summary:") else line
                     for line in text.splitlines()) + "\n"
    project.write(STORY, text)
    result = project.build("stories")
    assert result.ok, result.output
    assert "Community garden story" in project.page("stories", "stories/community-garden/")
    assert indexed_page(project.site("stories"), "/stories/community-garden/").title == "Community garden story"
