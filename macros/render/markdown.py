"""Markdown headings for sections drawn from data.

Headings written as Markdown (not inside a raw HTML block) appear in the
page's table of contents and split the search index into sections; the
body of each section is still HTML from a partial.
"""

from __future__ import annotations

import html
import re

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
