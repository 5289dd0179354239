"""Which written pages call a given ``{{ macro() }}``: one page can link to
another page's data (the progress report to the delivery plan) wherever an
editor puts it, before MkDocs has rendered either."""

from __future__ import annotations

import re
from pathlib import Path

from ..render.addresses import page_url


def pages_calling(docs: Path, macro: str) -> list[str]:
    """The URLs (relative to the site root) of the pages under ``docs`` whose
    Markdown calls ``{{ macro(...) }}``."""
    call = re.compile(r"\{\{\s*" + re.escape(macro) + r"\s*\(")
    return [page_url(file.relative_to(docs).as_posix()) for file in sorted(Path(docs).rglob("*.md"))
            if call.search(file.read_text(encoding="utf-8"))]
