"""Markdown headings for sections drawn from data, and the HTML blocks of
macros' output held out of Markdown.

Headings written as Markdown (not inside a raw HTML block) appear in the
page's table of contents and split the search index into sections; the
body of each section is still HTML from a partial.
"""

from __future__ import annotations

import html
import re

from markdown.util import BLOCK_LEVEL_ELEMENTS

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]#|])")


def escape_markdown(text: str) -> str:
    """Text from data shown literally in Markdown: no HTML, no emphasis, no links."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


def heading(level: int, text: str, anchor: str) -> str:
    """A heading with a permanent anchor taken from the data's id."""
    return f"{'#' * level} {escape_markdown(text)} {{ #{anchor} }}"


def blocks(*parts: str) -> str:
    """Join Markdown headings and HTML blocks; blank lines keep them apart."""
    return "\n\n".join(part for part in parts if part) + "\n"


# Held HTML: a macro's HTML blocks kept out of Markdown, which passes a raw HTML block
# through unchanged but reads it with its HTML parser three times over first (Python-
# Markdown's, md_in_html's and MkDocs'): for a page listing a thousand measures, most of
# its build. Each block is replaced by a marker (an empty element, itself a raw block, and
# nothing that could end an editor's comment around the macro); where a marker does not
# stand alone between blank lines, the block goes back before Markdown runs; after it,
# each marker is the block again. The page is the same, but for line breaks between tags
# (tests/unit/test_held_html.py).
_TAG_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)")
# The elements that start a raw HTML block in Markdown: Python-Markdown's own list.
_BLOCK_LEVEL = frozenset(BLOCK_LEVEL_ELEMENTS)
# A `markdown` attribute (md_in_html) asks for Markdown inside the block: such a block is never held.
_ASKS_FOR_MARKDOWN = re.compile(r"<[^>]*\smarkdown(?![\w-])", re.IGNORECASE)


class HeldHtml:
    """One page's held blocks; ``key`` makes its markers unlike any text a page holds."""

    def __init__(self, key: str) -> None:
        self.blocks: list[str] = []
        self._marker = re.compile(rf'<div data-held="{key}-(\d+)"></div>')
        # In code, as Markdown escapes it: quotes too in a fenced block, not in an indented one.
        self._escaped = re.compile(rf'&lt;div data-held=(&quot;|"){key}-(\d+)(?:&quot;|")&gt;&lt;/div&gt;')
        self._key = key

    def hold(self, text: str) -> str:
        """``text`` (a macro's output: Markdown and HTML blocks, a blank line between
        each) with each HTML block Markdown would pass through unchanged held: one that
        starts with a block's tag and ends with a tag, asking for no Markdown inside."""
        parts = text.split("\n\n")
        for index, part in enumerate(parts):
            start = _TAG_START.match(part)
            if (start and start.group(1).lower() in _BLOCK_LEVEL and part.rstrip().endswith(">")
                    and not _ASKS_FOR_MARKDOWN.search(part)):
                self.blocks.append(part)
                parts[index] = f'<div data-held="{self._key}-{len(self.blocks) - 1}"></div>'
        return "\n\n".join(parts)

    def place(self, markdown: str) -> str:
        """The page's Markdown with each marker that is not a block of its own, at the start
        of its line between blank lines (a macro called in a sentence, in a list, indented
        or followed by spaces), back to its HTML."""
        def alone(match: re.Match) -> str:
            start, end = match.span()
            if ((markdown.endswith("\n\n", 0, start) or not markdown[:start].strip("\n"))
                    and (markdown.startswith("\n\n", end) or not markdown[end:].strip("\n"))):
                return match.group(0)
            return self.blocks[int(match.group(1))]
        return self._marker.sub(alone, markdown)

    def restore(self, page: str) -> str:
        """The page's HTML with each marker the block it holds (escaped, as Markdown
        shows HTML, where a marker ended up in code)."""
        page = self._marker.sub(lambda match: self.blocks[int(match.group(1))], page)
        def escaped(match: re.Match) -> str:
            block = html.escape(self.blocks[int(match.group(2))], quote=False)
            return block.replace('"', "&quot;") if match.group(1) == "&quot;" else block
        return self._escaped.sub(escaped, page)
