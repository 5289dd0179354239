"""Serve a built site over http on 127.0.0.1 (stdlib only) and list its pages."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITES = ("playbook", "stories")  # folders of site/ that `make build` writes
# `make demo`'s play book (the real one with example data), built into site/demo
# by the tests: only its pages that the example data changes are visited.
DEMO = "demo"
CHECKED = (*SITES, DEMO)

# What mike writes beside the deployed versions. Material fetches it only when
# the site is configured for mike (extra.version.provider); serving this small
# stand-in lets a built site show its version selector without a gh-pages
# branch. A real versions.json in the served folder wins.
FAKE_VERSIONS = [
    {"version": "current", "title": "current", "aliases": ["latest"]},
    {"version": "previous", "title": "previous", "aliases": []},
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep pytest output readable
        pass

    def do_GET(self):
        if self.path.split("?")[0] == "/versions.json" and not Path(self.directory, "versions.json").exists():
            body = json.dumps(FAKE_VERSIONS).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


@dataclass
class ServedSite:
    name: str
    root: Path
    url: str  # ends with "/"
    server: ThreadingHTTPServer

    def pages(self) -> list[str]:
        return demo_pages(self.root) if self.name == DEMO else site_pages(self.root)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(name: str, root: Path) -> ServedSite:
    """Serve ``root`` on a free port of 127.0.0.1 in a daemon thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, name=f"serve-{name}", daemon=True).start()
    return ServedSite(name, root, f"http://127.0.0.1:{server.server_address[1]}/", server)


def site_pages(root: Path) -> list[str]:
    """Every HTML page of a built site, as a URL path relative to the site root:
    ``index.html`` becomes its folder (``offer/``), as links write it."""
    pages = []
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(root).as_posix()
        if relative == "index.html":
            pages.append("")
        elif relative.endswith("/index.html"):
            pages.append(relative[: -len("index.html")])
        else:
            pages.append(relative)
    return pages


# The demo's pages that example data fills: the rest are the real play book's,
# visited already: with every measure's and project's page. Story pages that
# show a measure are found by their heading.
DEMO_PAGES = ("", "measures/", "measures-matrix/", "progress-report/", "capability/", "capacity/", "delivery-plan/",
              "open-items/", "projects/", "events/")


def demo_pages(root: Path) -> list[str]:
    made = [page for page in site_pages(root) if page.startswith(("measures/", "projects/"))]
    stories = [page for page in site_pages(root) if page.startswith("stories/")
               and "Measures of this improvement" in (root / page / "index.html").read_text(encoding="utf-8")]
    return list(dict.fromkeys([*DEMO_PAGES, *made, *stories[:1]]))
