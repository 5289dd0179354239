"""Pages as editors write them: front matter (every page says who owns it and
when it is reviewed) and the checks of the body, each problem as ``path:line``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..data.errors import DataError, DataErrors
from ..data.models import PageMeta
from ..data.validation import validate
from ..data.yaml_reader import parse_yaml, read_text
from ..addresses import JSON_FEED_FILE, RSS_FILE
from .body_checks import PageNames, unknown_names
from .links import DocsFolder, link_problems

# The folders of written pages: the staff play book's and the public site's.
DOCS_FOLDERS = ("docs", "docs-public")
# Files a site's build adds beside its written pages, which they may link to:
# the public site's feeds.
GENERATED_BESIDE = {"docs-public": (RSS_FILE, JSON_FEED_FILE)}


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


def read_page(file: Path, root: Path, names: PageNames, docs: DocsFolder | None = None,
              ) -> tuple[PageRecord | None, list[DataError]]:
    """The page's front matter, and every problem in it and in its body.
    ``names`` are the macros and values a page may use; its links are
    checked against ``docs``, the folder it is in, when given."""
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
        errors += unknown_names(rel, body, first_line, names)
    if docs is not None:
        errors += link_problems(rel, file.relative_to(docs.path).as_posix(), body, first_line, docs)
    return (PageRecord(rel, meta) if meta else None), errors


def read_pages(root: Path, names: PageNames, docs_dirs: tuple[str, ...] = DOCS_FOLDERS,
               ) -> tuple[list[PageRecord], list[DataError]]:
    """Every Markdown page under the given folders (those that exist), with all their problems."""
    root = Path(root).resolve()
    records, errors = [], []
    for name in (d for d in docs_dirs if (root / d).is_dir()):
        docs = DocsFolder(root / name, GENERATED_BESIDE.get(name, ()))
        for file in sorted(docs.path.rglob("*.md")):
            record, page_errors = read_page(file, root, names, docs)
            errors += page_errors
            if record:
                records.append(record)
    return records, errors
