"""Links in written pages that lead nowhere (macros/pages/links.py), on
folders of pages the tests write: what `make check` can tell, and MkDocs'
own warnings worded as the same lines."""

from __future__ import annotations

from macros.pages.links import DocsFolder, link_problem_line, link_problems


def folder(tmp_path, pages: dict[str, str]) -> DocsFolder:
    for name, text in pages.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    return DocsFolder(tmp_path / "docs")


PAGES = {
    "a.md": "# Page A\n\n## The *second* part {#own-id}\n\n## Same\n\n## Same\n",
    "macro.md": "# Made by macros\n\n{{ offer() }}\n",
    "pictures/chart.png": "",
}


def messages(docs: DocsFolder, body: str, page: str = "b.md") -> list[str]:
    return [error.message for error in link_problems(f"docs/{page}", page, body, 1, docs)]


def test_links_to_pages_files_and_anchors_that_exist_pass(tmp_path):
    docs = folder(tmp_path, PAGES)
    body = ("[a](a.md) [b](a.md#page-a) [c](a.md#own-id) [d](a.md#same_1) ![e](pictures/chart.png) "
            "[f](https://example.org/x.png) [g](mailto:x@example.org) [h](stories/some-story/) "
            "[i](macro.md#anything) [j](feed.xml) [k](<a.md#page-a>)")
    assert messages(docs, body) == []


def test_each_link_that_leads_nowhere_is_a_line_of_its_own(tmp_path):
    body = "[x](aa.md)\n![y](pictures/graph.png)\n[z](a.md#the-second-part-own-id)\n[w](#nowhere)\n"
    docs = folder(tmp_path, {**PAGES, "b.md": "# B {#b}\n\n{{ offer() }}\n" + body})
    errors = link_problems("docs/b.md", "b.md", body, 5, docs)
    assert [(error.line, error.message.split(";")[0]) for error in errors] == [
        (5, "the link to `aa.md` leads to no page"),
        (6, "the link to `pictures/graph.png` leads to no file in the pages' folder"),
        (7, "the link to `a.md#the-second-part-own-id` leads to no heading or item `#the-second-part-own-id` "
            "on that page"),
    ]  # b.md's own anchors are made by macros too: MkDocs checks #nowhere
    assert "did you mean `a.md`?" in errors[0].message


def test_an_anchor_on_the_same_page_is_checked_when_the_page_has_no_macros(tmp_path):
    docs = folder(tmp_path, {**PAGES, "b.md": "# B\n\n[up](#b) [down](#c)\n"})
    assert messages(docs, "[up](#b) [down](#c)") == [
        "the link to `#c` leads to no heading or item `#c` on that page; correct the part after # "
        "(it is the heading's text in lower case, with hyphens for spaces)"]


def test_mkdocs_link_warnings_are_worded_as_the_line_make_check_gives(tmp_path):
    folder(tmp_path, {"offer.md": "# Offer\n\nSee [us](get-involved.md#nowhere) and ![p](p.png).\n"})
    docs = tmp_path / "docs"
    anchor = ("Doc file 'offer.md' contains a link 'get-involved.md#nowhere', but the doc 'get-involved.md' "
              "does not contain an anchor '#nowhere'.")
    assert link_problem_line(anchor, docs, tmp_path) == (
        "docs/offer.md:3: the link to `get-involved.md#nowhere` leads to no heading or item `#nowhere` on that "
        "page; correct the part after # (it is the heading's text in lower case, with hyphens for spaces)")
    missing = "Doc file 'offer.md' contains a link 'p.png', but the target is not found among documentation files."
    assert link_problem_line(missing, docs, tmp_path).startswith(
        "docs/offer.md:3: the link to `p.png` leads to no file")
    # Other warnings, and links in pages made from data (no file in docs/), are left as MkDocs words them.
    assert link_problem_line("Doc file 'stories/x.md' contains a link 'y.md', but the target is not found among "
                             "documentation files.", docs, tmp_path) is None
    assert link_problem_line("Something else entirely.", docs, tmp_path) is None
