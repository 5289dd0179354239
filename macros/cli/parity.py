"""``make parity``: both sites built with MkDocs and with ProperDocs, compared.

ProperDocs continues MkDocs 1.x and runs the same plugins (Material, macros,
ours); it is the way out if MkDocs 1.x stops being usable.  It lives in its own
environment, .venv-properdocs/ (the Makefile; requirements-properdocs.in),
because mike deploys with ProperDocs whenever it is installed.

Each site is built strictly by each engine into .build-tmp/parity/, then
compared file by file: the same files; on every HTML page the same element
ids, then the same text; every JSON file (offer.json, delivery.json,
measures.json, feed.json, the search index) value by value; every other file
(feed.xml, the sitemap, styles, scripts, images) byte for byte.  Only the
engine's own name is set aside (``normalised``); any other difference is
listed and fails the command.
"""

from __future__ import annotations

import collections
import datetime as dt
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

from ..dates import TODAY_VARIABLE
from .build import SITES

SCRATCH = Path(".build-tmp") / "parity"
PROPERDOCS_VENV = Path(".venv-properdocs")
# Engine -> (its module, run with `python -m`; the Python of the environment it is installed in).
ENGINES = {"MkDocs": ("mkdocs", Path(sys.executable)),
           "ProperDocs": ("properdocs", PROPERDOCS_VENV / "bin" / "python")}
FIRST, SECOND = ENGINES
# Material's <meta name="generator"> names the engine and its version ("mkdocs-1.6.1" or
# "mkdocs-ProperDocs 1.6.7"): the one thing in a page that should differ, so it is set aside.
GENERATOR = re.compile(r'(<meta name="generator" content=")([^",]*)')
SHOWN = 40  # differences printed; the rest are counted


def normalised(html: str) -> str:
    return GENERATOR.sub(r"\1(the engine)", html)


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [value or "" for name, value in attrs if name == "id"]


def element_ids(html: str) -> list[str]:
    """Every element's id in a page, in document order."""
    parser = _Ids()
    parser.feed(html)
    parser.close()
    return parser.ids


def json_differences(first, second, where: str = "$") -> list[str]:
    """Where two JSON values differ, as ``$.items[2].title: 'A' with MkDocs, 'B' with ProperDocs``."""
    if isinstance(first, dict) and isinstance(second, dict):
        found = [f"{where}.{key}: only with {FIRST if key in first else SECOND}"
                 for key in sorted(first.keys() ^ second.keys())]
        for key in sorted(first.keys() & second.keys()):
            found += json_differences(first[key], second[key], f"{where}.{key}")
        return found
    if isinstance(first, list) and isinstance(second, list) and len(first) == len(second):
        return [line for index, (a, b) in enumerate(zip(first, second, strict=True))
                for line in json_differences(a, b, f"{where}[{index}]")]
    if first == second and type(first) is type(second):
        return []
    return [f"{where}: {_short(first)} with {FIRST}, {_short(second)} with {SECOND}"]


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else f"{text[:77]}..."


def _first_different_line(first: str, second: str) -> str:
    """The first line that differs, shown from a little before its first different character."""
    a, b = first.splitlines(), second.splitlines()
    number = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if number == len(a) == len(b):
        return "the same lines, with other line endings"
    if number == min(len(a), len(b)):
        shorter, longer = (FIRST, SECOND) if len(a) < len(b) else (SECOND, FIRST)
        return f"ends after line {number} with {shorter}, goes on with {longer}"
    x, y = a[number], b[number]
    column = next((n for n, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
    start = max(0, column - 20)
    return (f"line {number + 1} differs at character {column + 1}: "
            f"{x[start:start + 60]!r} with {FIRST}, {y[start:start + 60]!r} with {SECOND}")


def file_differences(name: str, first: bytes, second: bytes) -> list[str]:
    """How one file built by each engine differs; [] when it does not."""
    if name.endswith(".gz"):
        # A gzip header records when it was written: compare what the file holds.
        return file_differences(name[:-3], gzip.decompress(first), gzip.decompress(second))
    if first == second:
        return []
    if name.endswith(".json"):
        # Its readers see values: the same values written with other spaces or key order are alike.
        return json_differences(json.loads(first), json.loads(second))
    try:
        text = first.decode("utf-8"), second.decode("utf-8")
    except UnicodeDecodeError:
        return ["the files' bytes differ"]
    if not name.endswith(".html"):
        return [_first_different_line(*text)]
    pages = normalised(text[0]), normalised(text[1])
    if pages[0] == pages[1]:
        return []
    ids = collections.Counter(element_ids(pages[0])), collections.Counter(element_ids(pages[1]))
    extra = {FIRST: ids[0] - ids[1], SECOND: ids[1] - ids[0]}
    found = [f"id {element!r} only with {engine}" for engine in ENGINES for element in sorted(extra[engine])]
    return found or [_first_different_line(*pages)]


# Pagefind writes these differently from one run to the next on the same pages, whatever the
# engine (their names and contents follow an order that varies); the rest of its index, each
# page's fragment and the word index, is named by a hash of its content and must be the same.
PAGEFIND_RUN_FILES = re.compile(r"^pagefind/(filter/[^/]+\.pf_filter|[^/]+\.pf_meta|pagefind-entry\.json)$")


def _files(folder: Path) -> set[str]:
    return {name for path in folder.rglob("*") if path.is_file()
            and not PAGEFIND_RUN_FILES.match(name := path.relative_to(folder).as_posix())}


def site_differences(first: Path, second: Path) -> list[str]:
    """Every difference between one site as the two engines built it, one line each."""
    ours, theirs = _files(first), _files(second)
    found = [f"{name}: built only by {FIRST}" for name in sorted(ours - theirs)]
    found += [f"{name}: built only by {SECOND}" for name in sorted(theirs - ours)]
    for name in sorted(ours & theirs):
        found += [f"{name}: {line}" for line in
                  file_differences(name, (first / name).read_bytes(), (second / name).read_bytes())]
    return found


def _summary(site: Path) -> str:
    pages = sorted(site.rglob("*.html"))
    ids = sum(len(element_ids(page.read_text(encoding="utf-8"))) for page in pages)
    data = len(list(site.rglob("*.json")))
    return f"{len(_files(site))} files, {len(pages)} HTML pages with {ids} element ids, {data} JSON files"


def _generator(site: Path) -> str:
    found = GENERATOR.search((site / "index.html").read_text(encoding="utf-8"))
    return found[2] if found else "no generator tag"


def build_all(root: Path) -> list[str]:
    """Both sites with both engines, at once, into SCRATCH/<module>/<site>; each failure's output."""
    # One moment for all four builds (the sitemap's dates, "today" in pages), so
    # that builds either side of midnight still agree. Both engines read these.
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", str(int(time.time()))),
           TODAY_VARIABLE: os.environ.get(TODAY_VARIABLE, dt.date.today().isoformat())}
    builds = {(engine, site): subprocess.Popen(
                  [str(root / python), "-m", module, "build", "--strict", "-f", config,
                   "-d", str(root / SCRATCH / module / site)],
                  cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
              for engine, (module, python) in ENGINES.items() for site, config in SITES.items()}
    failures = []
    for (engine, site), build in builds.items():
        output = build.communicate()[0]
        if build.returncode != 0:
            lines = [line for line in output.splitlines() if line.strip() and not line.startswith("INFO")]
            failures.append(f"{engine} could not build {SITES[site]}:\n" + "\n".join(f"  {line}" for line in lines))
    return failures


def main(args: list[str]) -> int:
    root = Path.cwd()
    if not (root / ENGINES[SECOND][1]).exists():
        print(f"ProperDocs is not installed in {PROPERDOCS_VENV}/: run `make parity`.", file=sys.stderr)
        return 2
    shutil.rmtree(root / SCRATCH, ignore_errors=True)
    failures = build_all(root)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    built = {engine: root / SCRATCH / module for engine, (module, _) in ENGINES.items()}
    differences = [f"{site}/{line}" for site in SITES for line in site_differences(*(built[e] / site for e in ENGINES))]
    if differences:
        print(f"{FIRST} and {SECOND} built the sites differently ({len(differences)} difference(s); "
              f"both builds are in {SCRATCH}/):", file=sys.stderr)
        shown = differences[:SHOWN] + ([f"... and {len(differences) - SHOWN} more"] if len(differences) > SHOWN else [])
        print("\n".join(f"  {line}" for line in shown), file=sys.stderr)
        return 1
    names = " and ".join(f"{engine} ({_generator(built[engine] / next(iter(SITES)))})" for engine in ENGINES)
    print(f"Parity: {names} built both sites alike.")
    for site, config in SITES.items():
        print(f"  {site} ({config}): {_summary(built[FIRST] / site)}")
    print("Set aside: the generator tag (the engine's name and version). "
          "Both engines built at one moment (SOURCE_DATE_EPOCH, PLAYBOOK_TODAY).")
    shutil.rmtree(root / SCRATCH, ignore_errors=True)
    return 0
