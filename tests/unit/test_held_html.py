"""HeldHtml (macros/render/markdown.py): a macro's HTML blocks held out of Markdown
make the same page as Markdown reading them, but for line breaks between tags
(inside a `markdown="1"` element, Markdown writes the blocks out again, a tag a line).

Each case is a page as mkdocs-macros leaves it, a macro's output in it; the
Markdown extensions are the sites' own (mkdocs.base.yml, and fenced_code, which
MkDocs always adds)."""

from __future__ import annotations

import re

import markdown
import pytest

from macros.render.markdown import HeldHtml

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "fenced_code"]
# A macro's output: a heading, an HTML block, a block that asks for Markdown inside, an inline element.
OUTPUT = ('## Offer {#offer}\n\n<div class="ogic-offer"><p>Coaching &amp; <em>training</em></p>\n'
          '<ul><li>one</li></ul></div>\n\n<table><tr><td>2 * 3 * 4</td></tr></table>\n\n'
          '<div class="admonition" markdown="1">\n<p markdown="span">*to be* confirmed</p>\n</div>\n\n'
          '<span>a span</span>')
PAGES = {
    "alone": "# Title\n\nIntro.\n\n{}\n\nAfter, *emphasised*.\n",
    "first and last": "{}",
    "in a sentence": "The offer: {} and more.\n",
    "in a list": "- item\n- {}\n",
    "in fenced code": "```html\n\n{}\n\n```\n",
    "indented by an editor": "Intro.\n\n    {}\n\nAfter.\n",
    "in an admonition": '!!! note\n\n    {{}}\n\nAfter.\n',
    "in a Markdown div": '<div markdown="1">\n\n{}\n\n</div>\n',
    "in a comment": "Before.\n\n<!-- {} -->\n\nAfter, *emphasised*.\n",
    "in a comment of its own lines": "Before.\n\n<!--\n\n{}\n\n-->\n\nAfter.\n",
    "followed by spaces at the end": "Intro.\n\n{}     ",
    "twice": "{0}\n\nBetween.\n\n{0}\n",
}


def markdown_html(text: str) -> str:
    return markdown.Markdown(extensions=EXTENSIONS).convert(text)


def without_line_breaks_between_tags(html: str) -> str:
    return re.sub(r">\s*\n\s*<", "><", html).strip()


# An output that starts with a block: in a sentence, Markdown reads it as inline HTML, emphasis and all.
BLOCK_FIRST = '<div class="ogic-card"><p>2 *and* 3</p></div>\n\n<p>After</p>'


@pytest.mark.parametrize("output", [OUTPUT, BLOCK_FIRST], ids=["heading first", "block first"])
@pytest.mark.parametrize("page", PAGES.values(), ids=PAGES.keys())
def test_a_page_with_held_blocks_is_the_page_markdown_makes(page, output):
    if "{{}}" in page:  # indented as mkdocs-macros' `| indent` would: every line of the output
        page, output = page.replace("{{}}", "{}"), output.replace("\n", "\n    ")
    held = HeldHtml("k1")
    with_held = held.restore(markdown_html(held.place(page.format(held.hold(output)))))
    assert without_line_breaks_between_tags(with_held) == \
        without_line_breaks_between_tags(markdown_html(page.format(output)))


def test_only_blocks_markdown_passes_through_are_held():
    held = HeldHtml("k1")
    kept = held.hold(OUTPUT)
    assert held.blocks == [OUTPUT.split("\n\n")[1], OUTPUT.split("\n\n")[2]]
    assert "## Offer" in kept and 'markdown="1"' in kept and "<span>a span</span>" in kept
    assert '<div data-held="k1-0"></div>' in kept and "coaching" not in kept.lower()


@pytest.mark.parametrize("part", ['<div markdown class="x">\n*a*\n</div>', '<div MARKDOWN="block">*a*</div>',
                                  '<div>a</div>\n*b* after the block', "<hr>\nText"])
def test_a_block_that_asks_for_markdown_or_has_text_after_it_is_not_held(part):
    held = HeldHtml("k1")
    assert held.hold(part) == part and held.blocks == []


def test_a_marker_a_page_writes_with_another_key_is_left_as_it_is():
    held = HeldHtml("k1")
    held.hold("<div>held</div>")
    assert held.restore('<p>x</p><div data-held="k2-0"></div>') == '<p>x</p><div data-held="k2-0"></div>'
