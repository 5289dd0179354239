"""Page front matter: every page in docs/ must say who owns it and when it is reviewed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import DataError, DataErrors
from .models import PageMeta
from .page_body import link_errors, macro_errors
from .validation import validate
from .yaml_source import parse_yaml, read_text


@dataclass(frozen=True)
class PageRecord:
    path: str  # relative to the repository root
    meta: PageMeta


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front matter YAML or None, body)."""
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---", 3)
    if end == -1:
        return None, text
    after = text.find("\n", end + 4)
    return text[4:end + 1], (text[after + 1:] if after != -1 else "")


def read_page(file: Path, root: Path, docs: Path | None = None,
              pages: set[str] = frozenset()) -> tuple[PageRecord | None, list[DataError]]:
    """The page's front matter, and every problem in it and in its body."""
    rel = file.relative_to(root).as_posix()
    try:
        text = read_text(file, rel)
    except DataErrors as exc:
        return None, exc.errors
    front, body = split_front_matter(text)
    if front is None:
        return None, [DataError(rel, 1, "the page has no front matter; start it with a `---` block "
                                        "giving owner, last_reviewed and review_in")]
    try:
        document = parse_yaml(front, rel, line_offset=1)
    except DataErrors as exc:
        return None, exc.errors
    meta, errors = validate(document, PageMeta)
    first_line = text[:len(text) - len(body)].count("\n") + 1
    if not (meta and meta.render_macros is False):
        errors += macro_errors(rel, body, first_line)
    if docs is not None:
        errors += link_errors(rel, file.relative_to(docs).as_posix(), body, first_line, pages)
    return (PageRecord(rel, meta) if meta else None), errors


def read_pages(root: Path, docs_dirs: list[str]) -> tuple[list[PageRecord], list[DataError]]:
    """Every Markdown page under the given folders, with all their problems."""
    root = Path(root).resolve()
    records, errors = [], []
    for folder in docs_dirs:
        docs = root / folder
        files = sorted(docs.rglob("*.md"))
        pages = {file.relative_to(docs).as_posix() for file in files}
        for file in files:
            record, page_errors = read_page(file, root, docs, pages)
            errors += page_errors
            if record:
                records.append(record)
    return records, errors
