"""Measurements: one build's time and memory, file sizes, and page weight in a browser.

The browser and the web server are the browser tests' (tests/browser): the same
Chromium with the same arguments, the same server on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from tests.browser.page_checks import launch_chromium
from tests.browser.site_server import serve


def timed_builds(builds: list[tuple[Path, Path]]) -> tuple[float, list[dict]]:
    """Run builds (config file, site dir) at the same time, as `make build`
    does, each in its own child process; return the wall-clock seconds of the
    whole and, per build, {"seconds", "peak_mb"}."""
    start = time.perf_counter()
    children = [subprocess.Popen([sys.executable, str(Path(__file__).with_name("run_build.py")), str(config),
                                  str(site_dir)], cwd=config.parent, stdout=subprocess.PIPE,
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
    """One build in a child process: {"seconds", "peak_mb"}."""
    return timed_builds([(config_file, site_dir)])[1][0]


def kilobytes(path: Path) -> float:
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
            path = response.url.split("?")[0]
            kind = ("search index" if path.endswith("search_index.json") else
                    "html" if response.request.resource_type == "document" else
                    response.request.resource_type)
            weights[kind] = weights.get(kind, 0) + size

        page.on("response", record)
        page.goto(site.url, wait_until="networkidle")
        page.wait_for_timeout(500)
        page.close()
    finally:
        site.close()
    return {kind: round(size / 1024, 1) for kind, size in sorted(weights.items())}
