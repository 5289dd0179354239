"""Built pages request nothing from any other host (macros/pages/other_hosts.py):
whatever in a written page a browser would fetch from elsewhere as the page is
shown, without a click, is an editor's `path:line` line from `make check` and
`make build` alike; and the build checks every built page, the theme's output
included. Ordinary links stay allowed: following one is the reader's choice."""

from __future__ import annotations

import pytest

from macros.pages.other_hosts import (BuiltPage, built_page, built_page_problems, from_another_host, html_fetches,
                                      markdown_fetches, page_problems)

PAGE = "docs/glossary.md"

# One page line each, and what it would fetch.
FETCHING = {
    "a Markdown image": ("![Partner logo](https://www.example.com/logo.png)", "https://www.example.com/logo.png"),
    "one with a title": ('![Logo](<https://a.example/x y.png> "Our partner")', "https://a.example/x y.png"),
    "an image inside a link": ("[![Badge](https://img.example/b.svg)](https://example.org/)",
                               "https://img.example/b.svg"),
    "a protocol-relative image": ("![Logo](//cdn.example.com/logo.png)", "//cdn.example.com/logo.png"),
    "an image tag": ('<img src="https://www.example.com/logo.png" alt="Logo">', "https://www.example.com/logo.png"),
    "an image's srcset": ('<img src="logo.png" srcset="logo.png 1x, https://a.example/l2.png 2x" alt="">',
                          "https://a.example/l2.png"),
    "a script": ('<script src="https://cdn.example.com/x.js"></script>', "https://cdn.example.com/x.js"),
    "a style sheet": ('<link rel="stylesheet" href="https://fonts.example/x.css">', "https://fonts.example/x.css"),
    "an icon": ('<link rel="shortcut icon" href="//a.example/favicon.ico">', "//a.example/favicon.ico"),
    "a preloaded file": ('<link rel="preload" as="font" href="https://a.example/f.woff2">', "https://a.example/f.woff2"),
    "a frame": ('<iframe src="https://www.youtube.example/embed/x" title="Video"></iframe>',
                "https://www.youtube.example/embed/x"),
    "an embedded object": ('<object data="https://a.example/o.pdf"></object>', "https://a.example/o.pdf"),
    "an embed": ('<embed src="https://a.example/e.swf">', "https://a.example/e.swf"),
    "a video's poster": ('<video poster="https://a.example/p.jpg" controls></video>', "https://a.example/p.jpg"),
    "a sound": ('<audio src="https://a.example/s.mp3" controls></audio>', "https://a.example/s.mp3"),
    "a media source": ('<video controls><source src="https://a.example/v.mp4"></video>', "https://a.example/v.mp4"),
    "a text track": ('<video src="v.mp4"><track src="https://a.example/t.vtt"></video>', "https://a.example/t.vtt"),
    "a style attribute's url()": ("<p style=\"background: url('https://a.example/b.png')\">Text</p>",
                                  "https://a.example/b.png"),
    "an SVG image": ('<svg><image href="https://a.example/i.png"/></svg>', "https://a.example/i.png"),
    "an automatic refresh": ('<meta http-equiv="refresh" content="0; url=https://a.example/">', "https://a.example/"),
    "a base address": ('<base href="https://a.example/">', "https://a.example/"),
    "an address written with a character reference": ('<img src="&#104;ttps://a.example/i.png" alt="">',
                                                      "https://a.example/i.png"),
    "an image in a macro's text": ('{{ to_be_confirmed("The diagram ![Diagram](https://a.example/d.png)") }}',
                                   "https://a.example/d.png"),
    "an upper-case scheme": ('<IMG SRC="HTTPS://A.EXAMPLE/I.PNG" ALT="">', "HTTPS://A.EXAMPLE/I.PNG"),
}


def lines_of(body: str, page: str = "glossary.md") -> list[tuple[int, str]]:
    """(line, message) of each problem in a page whose body starts on line 5 of its file."""
    return [(error.line, error.message) for error in page_problems(f"docs/{page}", page, body, 5, "docs")]


@pytest.mark.parametrize("name", FETCHING)
def test_each_kind_of_request_to_another_host_is_a_line(name):
    written, address = FETCHING[name]
    [(line, message)] = lines_of(f"# Words we use\n\nSome text.\n{written}\n")
    assert line == 8
    assert f"`{address}` would be fetched from another host as the page is shown" in message
    assert "built pages request nothing from any other host; put the file in docs/ (for example docs/assets/" \
        in message


def test_a_reference_style_image_is_the_line_of_the_image_not_of_its_definition():
    body = "Our partner:\n\n![Logo][partner] and ![partner]\n\n[partner]: https://www.example.com/logo.png\n"
    assert [line for line, _ in lines_of(body)] == [7]
    # The same definition used by an ordinary link is not a request.
    assert lines_of("See [our partner][partner].\n\n[partner]: https://www.example.com/\n") == []


def test_style_elements_url_and_import_each_give_their_line():
    body = "<style>\n@import \"https://fonts.example/x.css\";\n.a { background: url(//b.example/c.png) }\n</style>\n"
    assert [line for line, _ in lines_of(body)] == [6, 7]


def test_the_message_says_where_to_put_the_file_relative_to_the_page():
    [(_, message)] = lines_of("![Logo](https://www.example.com/img/logo.png?v=2)\n", page="guides/intro.md")
    assert message.endswith("put the file in docs/ (for example docs/assets/logo.png) and link to it relative "
                            "to this page (../assets/logo.png)")


def test_what_a_page_does_not_fetch_by_itself_is_allowed():
    body = "\n".join([
        "[A link](https://www.example.com/) and <https://www.example.com/autolink> and [ref][r].",
        "[r]: https://www.example.com/ref",
        '<a href="https://www.example.com/">An HTML link</a> <link rel="canonical" href="https://a.example/">',
        '<link rel="alternate" type="application/rss+xml" href="https://a.example/feed.xml">',
        "![Local](assets/logo.png) ![Up](../logo.png) ![Inline](data:image/png;base64,AAAA)",
        '<img src="assets/logo.png" alt=""> <input type="text" src="https://a.example/">',
        "`![Shown as code](https://a.example/x.png)` and ``<script src=\"https://a.example/x.js\">``",
        "```html", '<img src="https://a.example/in-a-fence.png">', "```",
        '<!-- <img src="https://a.example/commented-out.png"> -->',
        '<script>const address = "<img src=\'https://a.example/in-a-script.png\'>";</script>',
        "[Mail us](mailto:team@example.org)",
    ])
    assert lines_of(body) == []


@pytest.mark.parametrize("address, elsewhere", [
    ("https://a.example/x.png", True), ("http://a.example/x.png", True), ("//a.example/x.png", True),
    (" \thttps://a.example/x.png", True), ("\\\\a.example\\x.png", True), ("ftp://a.example/x", True),
    ("https:a.example/x.png", True),
    ("x.png", False), ("../x.png", False), ("/x.png", False), ("data:image/png;base64,AA", False),
    ("#part", False), ("mailto:a@example.org", False), ("about:blank", False),
])
def test_another_host_is_a_network_scheme_or_two_slashes(address, elsewhere):
    assert from_another_host(address) is elsewhere


def test_line_numbers_hold_after_code_and_comments():
    body = "```\ncode\n```\n<!--\ncomment\n-->\n![Logo](https://a.example/l.png)\n"
    assert [fetch.line for fetch in markdown_fetches(body)] == [7]


def test_the_builds_scan_reports_a_request_where_it_is_written(tmp_path):
    (tmp_path / "overrides" / "partials").mkdir(parents=True)
    (tmp_path / "overrides" / "partials" / "footer.html").write_text(
        '<footer>\n<script src="https://cdn.example.com/a.js"></script>\n</footer>\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    theme = html_fetches('<script src="https://cdn.example.com/a.js"></script>')
    hidden = html_fetches('<img src="&#104;ttps://t.example/p.gif" alt="">')  # written nowhere as it is built
    pages = [BuiltPage("index.md", "docs/index.md", tuple(theme + hidden)),
             BuiltPage("stories/x/index.md", None, tuple(theme + hidden))]
    lines = [str(problem) for problem in built_page_problems(pages, "docs", tmp_path, "mkdocs.yml")]
    assert [line.split(": ", 1)[0] for line in lines] == [
        "overrides/partials/footer.html:2", "docs/index.md:1", "overrides/partials/footer.html:2", "mkdocs.yml:1"]
    assert lines[0].endswith("the script `https://cdn.example.com/a.js` would be fetched from another host as "
                             "the built pages are shown, and built pages request nothing from any other host; "
                             "serve the file from the site itself (from docs/assets/, or overrides/assets/ for "
                             "the theme) and link to it relatively")
    assert built_page("<p>Nothing fetched</p>", "index.md", "docs/index.md") is None
