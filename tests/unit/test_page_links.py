"""Links in written pages that lead nowhere (macros/pages/links.py), on
folders of pages the tests write: what `make check` tells as MkDocs would,
and MkDocs' own warnings worded as the same lines."""

from __future__ import annotations

from macros.pages.links import DocsFolder, anchor_links, link_problems

PAGES = {
    "a.md": "# Page A\n",
    "sub/c.md": "# Page C\n",
    "pictures/chart.png": "",
    "my page.md": "# Spaced\n",
}


def folder(tmp_path, pages: dict[str, str], generated: tuple[str, ...] = ()) -> DocsFolder:
    for name, text in pages.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    return DocsFolder(tmp_path / "docs", generated)


def problems(docs: DocsFolder, body: str, page: str = "b.md") -> list[tuple[int, str]]:
    return [(error.line, error.message.split(";")[0]) for error in link_problems(f"docs/{page}", page, body, 1, docs)]


def test_links_to_pages_files_and_parts_of_pages_pass(tmp_path):
    docs = folder(tmp_path, PAGES)
    body = ("[a](a.md) [b](a.md#anything) [c](#here) ![d](pictures/chart.png) [e](sub/c.md) "
            "[f](https://example.org/x.png) [g](mailto:x@example.org) [h](stories/some-story/index.md) "
            "[i](<a.md>) [j](a.md \"A title\") [k](my%20page.md) [l]({{ playbook.website }}) "
            "[m](measures/waits/waits.csv)")
    assert problems(docs, body) == []
    assert problems(docs, "[up](../a.md) [here](c.md)", page="sub/d.md") == []


def test_each_link_that_leads_nowhere_is_a_line_of_its_own(tmp_path):
    docs = folder(tmp_path, PAGES)
    body = "[x](aa.md)\n![y](pictures/graph.png)\n[z](a)\n[w](stories/)\n[v](/a.md)\n[u]: gone.md\n"
    assert problems(docs, body) == [
        (1, "the link to `aa.md` leads to no page"),
        (2, "the link to `pictures/graph.png` leads to no file in the pages' folder"),
        (3, "the link to `a` is not the name of a page's file"),
        (4, "the link to `stories/` is not the name of a page's file"),
        (5, "the link to `/a.md` starts with /"),
        (6, "the link to `gone.md` leads to no page"),
    ]
    assert "did you mean `a.md`?" in link_problems("docs/b.md", "b.md", "[x](aa.md)", 1, docs)[0].message


def test_links_shown_as_code_or_in_a_comment_are_not_links(tmp_path):
    docs = folder(tmp_path, PAGES)
    body = ("Write `![chart](chart.png)` or ``[a](x.md)``.\n\n```markdown\n[a file](report.pdf)\n```\n\n"
            "~~~\n[b](y.md)\n~~~\n<!-- [c](gone.md)\n[d](gone.md) -->\n[e](gone.md)\n")
    assert problems(docs, body) == [(12, "the link to `gone.md` leads to no page")]


def test_the_feeds_the_public_site_makes_may_be_linked_to_there_only(tmp_path):
    public = folder(tmp_path, PAGES, generated=("feed.xml",))
    assert problems(public, "[RSS](feed.xml)") == []
    assert problems(folder(tmp_path / "staff", PAGES), "[RSS](feed.xml)") == [
        (1, "the link to `feed.xml` leads to no file in the pages' folder")]


def test_links_to_parts_of_pages_are_listed_with_their_lines_for_the_build_to_check(tmp_path):
    docs = folder(tmp_path, PAGES)
    body = ("# Title\n\nSee [us](a.md#nowhere) and [here](#part).\n[ref]: sub/c.md#gone\n"
            "`[code](a.md#not-a-link)` [other](https://example.org/#x) [missing](gone.md#x) [plain](a.md)\n")
    found = [(link.line, link.link, link.page, link.anchor) for link in anchor_links("b.md", body, 3, docs)]
    assert found == [(5, "a.md#nowhere", "a.md", "nowhere"), (5, "#part", "b.md", "part"),
                     (6, "sub/c.md#gone", "sub/c.md", "gone")]


def test_a_link_from_a_pages_folder_to_elsewhere_in_the_repository_is_refused_and_nothing_there_listed(tmp_path):
    # docs-public/p -> ../data/projects would publish data files (an internal project's lead, say) as they are.
    (tmp_path / "data" / "projects").mkdir(parents=True)
    (tmp_path / "data" / "projects" / "secret.yml").write_text("lead: A Person\n", encoding="utf-8")
    (tmp_path / "docs-public").mkdir()
    (tmp_path / "docs-public" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "docs-public" / "p").symlink_to("../data/projects")
    (tmp_path / "docs-public" / "home.md").symlink_to("index.md")  # a link inside the folder is fine
    docs = DocsFolder(tmp_path / "docs-public", root=tmp_path)
    assert docs.files == {"index.md", "home.md"}
    assert [(p.path, p.line) for p in docs.problems] == [("docs-public/p", 1)]
    assert "outside docs-public/, whose files the site publishes" in docs.problems[0].message
