"""Links in written pages that lead nowhere (macros/pages/links.py), on
folders of pages the tests write: what `make check` tells as MkDocs would,
and MkDocs' own warnings worded as the same lines."""

from __future__ import annotations

from macros.pages.links import DocsFolder, link_problem_line, link_problems

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


def test_mkdocs_link_warnings_are_worded_as_the_line_make_check_gives(tmp_path):
    folder(tmp_path, {"offer.md": "# Offer\n\nSee [us](get-involved.md#nowhere) and ![p](p.png).\n"
                                  "[ref]: a.md#gone\n[x](governance) [y](/a.md)\n"})
    docs = tmp_path / "docs"

    def line(message):
        return link_problem_line(message, docs, tmp_path)

    assert line("Doc file 'offer.md' contains a link 'get-involved.md#nowhere', but the doc 'get-involved.md' "
                "does not contain an anchor '#nowhere'.") == (
        "docs/offer.md:3: the link to `get-involved.md#nowhere` leads to no heading or item `#nowhere` on that "
        "page; correct the part after # (it is the heading's text in lower case, with hyphens for spaces)")
    assert line("Doc file 'offer.md' contains a link 'p.png', but the target is not found among documentation "
                "files.").startswith("docs/offer.md:3: the link to `p.png` leads to no file")
    assert line("Doc file 'offer.md' contains a link 'a.md#gone', but the doc 'a.md' does not contain an anchor "
                "'#gone'.").startswith("docs/offer.md:4: the link to `a.md#gone` leads to no heading")
    assert line("Doc file 'offer.md' contains an unrecognized relative link 'governance', it was left as "
                "is.").startswith("docs/offer.md:5: the link to `governance` is not the name of a page's file")
    assert line("Doc file 'offer.md' contains an absolute link '/a.md', it was left as is.").startswith(
        "docs/offer.md:5: the link to `/a.md` starts with /")
    # Other warnings, and links in pages made from data (no file in docs/), are left as MkDocs words them.
    assert line("Doc file 'stories/x.md' contains a link 'y.md', but the target is not found among "
                "documentation files.") is None
    assert line("Something else entirely.") is None
