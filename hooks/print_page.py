"""MkDocs hook: fill the print page (docs/print.md) with the whole play book.

Thin: the work is macros/print_book.py. By the time a page's template
context is made, MkDocs has rendered every page's content, so the print page
can gather them all.
"""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.print_book import BookPage, whole_book_html  # noqa: E402

PRINT_PAGE = "print.md"


def on_page_context(context, page, config, nav):
    if page.file.src_uri == PRINT_PAGE:
        pages = [BookPage(p.url, p.title, p.content) for p in nav.pages if p is not page and p.content]
        page.content += whole_book_html(pages, page.url)
    return context
