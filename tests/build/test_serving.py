"""While `mkdocs serve` runs, an editor's mistake is shown in the browser, in place of every
page, and the pages come back once it is fixed; `make build` still stops at it. Built in this
process on a copy of the tests' own play book, with the plugin told it is serving (as
`mkdocs serve` tells it through on_startup). The live reload itself, in a browser, is
tests/browser/test_serve_live_reload.py."""

from __future__ import annotations

from mkdocs.commands.build import build
from mkdocs.config import load_config
from support.html import Page

MISTAKE = "data/stories/fixture-public-story.yml"


def served_build(project, config_file: str = "mkdocs.yml") -> None:
    """Build as `mkdocs serve` does: the plugin knows it is serving, and no warning is fatal."""
    config = load_config(str(project.path / config_file), site_dir=str(project.site("playbook")))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def test_a_mistake_while_serving_shows_its_line_on_every_page_until_it_is_fixed(fixture_site):
    served_build(fixture_site)
    assert "Fixture offer" in Page(fixture_site.page("playbook", "offer/")).text
    good = fixture_site.read(MISTAKE)
    fixture_site.write(MISTAKE, good.replace("visibility: public", "visibility: everyone"))
    line = fixture_site.line_of(MISTAKE, "visibility:")
    expected = f"{MISTAKE}:{line}: `visibility` must be one of 'public' or 'internal', not 'everyone'"

    served_build(fixture_site)  # no exception: the server keeps serving
    for url in ("", "offer/", "stories/"):
        text = Page(fixture_site.page("playbook", url)).text
        assert expected in text and "1 problem to fix before the play book can be shown" in text, url
    missing = (fixture_site.site("playbook") / "404.html").read_text(encoding="utf-8")
    assert expected in Page(missing).text and "/livereload/" in missing  # a story's page, say, reloads too

    fixture_site.write(MISTAKE, good)
    served_build(fixture_site)
    assert "problem to fix" not in Page(fixture_site.page("playbook", "offer/")).text
    assert (fixture_site.site("playbook") / "stories" / "fixture-public-story" / "index.html").is_file()


def test_a_page_mistake_found_only_once_pages_are_made_shows_the_same_way(fixture_site):
    fixture_site.write("docs/offer.md", fixture_site.read("docs/offer.md") + "\nSee [us](get-involved.md#nowhere).\n")
    served_build(fixture_site)
    line = fixture_site.line_of("docs/offer.md", "get-involved.md#nowhere")
    assert f"docs/offer.md:{line}: the link to `get-involved.md#nowhere` leads to no heading" in Page(
        fixture_site.page("playbook", "")).text


def test_building_still_stops_at_the_mistake(fixture_site):
    fixture_site.write(MISTAKE, fixture_site.read(MISTAKE).replace("visibility: public", "visibility: everyone"))
    result = fixture_site.build("playbook")
    assert not result.ok and "`visibility` must be one of" in result.output
