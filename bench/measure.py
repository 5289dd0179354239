"""Measurements: one build's time and memory, file sizes, page weight and a first search in a browser.

The browser and the web server are the browser tests' (tests/browser): the same
Chromium with the same arguments, the same server on 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from tests.browser.page_checks import launch_chromium
from tests.browser.site_server import serve


def timed_builds(builds: list[tuple[Path, Path]], search: str = "pagefind") -> tuple[float, list[dict]]:
    """Run builds (config file, site dir) at the same time, as `make build`
    does, each in its own child process; return the wall-clock seconds of the
    whole and, per build, {"seconds", "cpu_seconds", "peak_mb"}. ``search="lunr"``
    builds as before Pagefind (run_build.py)."""
    start = time.perf_counter()
    children = [subprocess.Popen([sys.executable, str(Path(__file__).with_name("run_build.py")), str(config),
                                  str(site_dir), search], cwd=config.parent, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for config, site_dir in builds]
    results = []
    for (config, _), child in zip(builds, children, strict=True):
        out, err = child.communicate()
        if child.returncode != 0:
            raise RuntimeError(f"build of {config} failed:\n{err[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return time.perf_counter() - start, results


def timed_build(config_file: Path, site_dir: Path) -> dict:
    """One build in a child process: {"seconds", "cpu_seconds", "peak_mb"}."""
    return timed_builds([(config_file, site_dir)])[1][0]


def kilobytes(path: Path) -> float:
    """A file's size, or a folder's (every file in it), in KB."""
    if path.is_dir():
        return sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 1024
    return path.stat().st_size / 1024 if path.is_file() else 0.0


@contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            chromium = launch_chromium(playwright)
        except RuntimeError as missing:
            raise SystemExit(str(missing)) from None
        try:
            yield chromium
        finally:
            chromium.close()


def page_weight(chromium, folder: Path) -> dict:
    """Bytes a browser fetches to show the home page, by kind, until the network is idle."""
    weights: dict[str, int] = {}
    site = serve("bench", folder)
    try:
        page = chromium.new_page()

        def record(response) -> None:
            try:
                size = len(response.body())
            except Exception:  # redirects and aborted requests have no body
                return
            kind = "html" if response.request.resource_type == "document" else response.request.resource_type
            weights[kind] = weights.get(kind, 0) + size

        page.on("response", record)
        page.goto(site.url, wait_until="networkidle")
        page.wait_for_timeout(500)
        page.close()
    finally:
        site.close()
    return {kind: round(size / 1024, 1) for kind, size in sorted(weights.items())}


def first_search(chromium, folder: Path, title: str) -> dict:
    """What a reader's first search costs, in Chromium: open the home page and
    let it settle, then open search (partials/site-search.html), type ``title``
    and wait for the result that reads exactly that and for the network to go
    quiet. Returns the KB those requests transferred (bodies and headers, as
    the server sent them: uncompressed, a worst case for its script and JSON;
    Pagefind's index files are compressed by Pagefind itself) and how many
    requests there were."""
    site = serve("bench", folder)
    try:
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        page.goto(site.url, wait_until="networkidle")
        sent = []
        page.on("requestfinished", lambda request: sent.append(request))
        page.locator("button.ogic-search__open").click()
        page.keyboard.type(title, delay=15)
        exact = re.compile(rf"^\s*{re.escape(title)}\s*$")
        page.locator(".ogic-search__results a").filter(has_text=exact).first.wait_for(timeout=60_000)
        page.wait_for_load_state("networkidle")
        total = 0
        for request in sent:
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        page.close()
    finally:
        site.close()
    return {"kb": round(total / 1024, 1), "requests": len(sent)}
