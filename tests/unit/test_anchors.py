"""A link to a part of a page that is not there (macros/pages/anchors.py) is one
`path:line` line, from `make check` as from `make build`: the pages here are
the test's own, their ids made as the sites' Markdown makes them."""

from __future__ import annotations

from pathlib import Path

import yaml

from macros.pages.anchors import MARKDOWN_EXTENSIONS, PageIds, anchor_problems, html_of
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from support.projects import REPO

FRONT = "---\nowner: Test team\nlast_reviewed: 2026-01-15\nreview_in: 6 months\n---\n"
HINT = "correct the part after # (it is the heading's text in lower case, with hyphens for spaces)"


def write_pages(root: Path, pages: dict[str, str]) -> PageIndex:
    for name, body in pages.items():
        (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / name).write_text(FRONT + body, encoding="utf-8")
    return PageIndex.read(root, PAGE_NAMES, ("docs",))


def lines(index: PageIndex, **options) -> list[str]:
    ids = {page.path.removeprefix("docs/"): PageIds.of(html_of(page.body)) for page in index.pages}
    return [str(problem) for problem in anchor_problems(index, "docs", options.pop("ids", ids), **options)]


def test_a_heading_id_is_made_as_the_sites_markdown_makes_it():
    body = ("# Our offer\n\n## Coaching & training: what's on?\n\n## Our offer\n\nSet-ext heading\n---------------\n\n"
            "## Named {#named-part}\n\n<div id=\"raw-part\" markdown>\n\n### Inside HTML\n\n</div>\n\n"
            "```\n## Not a heading\n```\n")
    assert PageIds.of(html_of(body)).ids == {"our-offer", "coaching-training-whats-on", "our-offer_1",
                                             "set-ext-heading", "named-part", "raw-part", "inside-html"}


def test_a_link_to_a_missing_part_of_another_page_or_of_its_own_is_its_line(tmp_path):
    index = write_pages(tmp_path, {
        "a.md": "# A\n\n## Where to start\n\n[Start](#where-to-start) and [gone](#missing).\n",
        "b.md": "# B\n\nSee [a](a.md#where-to-start),\n[a again](a.md#no-such-heading) and\n[c](sub/c.md#named).\n",
        "sub/c.md": "# C\n\n## A part {#named}\n\n[Up](../a.md#a) [ref][r]\n\n[r]: ../b.md#nowhere\n",
    })
    assert lines(index) == [
        f"docs/a.md:10: the link to `#missing` leads to no heading or item `#missing` on that page; {HINT}",
        f"docs/b.md:9: the link to `a.md#no-such-heading` leads to no heading or item `#no-such-heading` on that "
        f"page; {HINT}",
        f"docs/sub/c.md:12: the link to `../b.md#nowhere` leads to no heading or item `#nowhere` on that page; {HINT}",
    ]


def test_a_page_whose_ids_are_not_all_known_is_left_to_the_build(tmp_path):
    index = write_pages(tmp_path, {"a.md": "# A\n", "b.md": "# B\n\n[a](a.md#made-by-the-build) [a](a.md#a)\n"})
    assert lines(index, ids={"a.md": PageIds(frozenset({"a"}), complete=False)}) == []
    assert lines(index, ids={"b.md": PageIds(frozenset({"b"}))}) == []  # a.md's ids not known at all
    assert len(lines(index, ids={"a.md": PageIds(frozenset({"a"}))})) == 1


def test_a_link_in_a_part_the_macros_leave_out_is_not_checked(tmp_path):
    index = write_pages(tmp_path, {"a.md": "# A\n\n[x](#gone)\n\n[y](#also-gone)\n"})
    assert [line.split(": ")[0] for line in lines(index, kept={"a.md": {"#also-gone"}})] == ["docs/a.md:10"]


def test_make_check_makes_the_ids_the_pages_macros_make(fixture_site):
    # The offer's items are made by {{ offer() }} from the test's own data.
    fixture_site.write("docs/glossary.md", fixture_site.read("docs/glossary.md")
                       + "\n[Coaching](offer.md#fixture-coaching) [Nothing](offer.md#fixture-nothing)\n"
                       + "[Staff](#fixture-staff-only)\n")
    line = fixture_site.line_of("docs/glossary.md", "offer.md#fixture-nothing")
    assert fixture_site.problems() == [
        f"docs/glossary.md:{line}: the link to `offer.md#fixture-nothing` leads to no heading or item "
        f"`#fixture-nothing` on that page; {HINT}",
        f"docs/glossary.md:{line + 1}: the link to `#fixture-staff-only` leads to no heading or item "
        f"`#fixture-staff-only` on that page; {HINT}"]


def test_a_page_that_lists_the_navigation_is_left_to_the_build(fixture_site):
    # The home page's {{ site_sections() }} makes ids only a build knows; its written headings are known.
    fixture_site.write("docs/glossary.md", fixture_site.read("docs/glossary.md")
                       + "\n[Home](index.md#sections-1) [Here](index.md#everything-here)\n")
    assert fixture_site.problems() == []


def test_the_sites_markdown_extensions_are_the_ones_ids_are_made_with():
    base = yaml.safe_load((REPO / "mkdocs.base.yml").read_text(encoding="utf-8"))
    named = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in base["markdown_extensions"]]
    assert set(named) | {"fenced_code"} == set(MARKDOWN_EXTENSIONS)  # MkDocs adds fenced_code
    for config in ("mkdocs.yml", "mkdocs.stories.yml"):
        assert "markdown_extensions" not in (REPO / config).read_text(encoding="utf-8")


def test_an_id_two_parts_of_a_page_share_is_the_line_that_gives_it(tmp_path):
    # A heading and raw HTML share `what-we-offer`; `{#named}` is given twice further down.
    index = write_pages(tmp_path, {"a.md": "# A\n\n## What we offer\n\n<div id=\"what-we-offer\">x</div>\n\n"
                                           "## One {#named}\n\n## Two {#named}\n"})
    problems = lines(index)
    assert [problem.split(": ")[0] for problem in problems] == ["docs/a.md:12", "docs/a.md:8"]
    assert "two parts of this page have the id `named`" in problems[0]
    assert "`what-we-offer`" in problems[1] and "give one of them another id" in problems[1]


def test_an_offer_item_whose_id_is_a_headings_stops_check_and_build(fixture_site):
    # The fixture's offer page has the heading `# Fixture offer`: an item may not take its id.
    fixture_site.replace("data/offer.yml", "id: fixture-coaching", "id: fixture-offer")
    fixture_site.replace("data/published_ids.yml", "fixture-coaching", "fixture-offer")
    line = fixture_site.line_of("docs/offer.md", "# Fixture offer")
    problems = [problem for problem in fixture_site.problems() if "two parts of this page" in problem]
    assert [problem.split(": ")[0] for problem in problems] == [f"docs/offer.md:{line}"]
    result = fixture_site.build("playbook")
    assert not result.ok and problems[0] in result.output.splitlines(), result.output
