"""Lighthouse's accessibility category, from the pinned npm package (package.json):
which axe-core rules it scores (the crawl runs those on every page), and its
own audit of a list of pages with one browser (lighthouse_accessibility.mjs)."""

from __future__ import annotations

import functools
import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("lighthouse_accessibility.mjs")
MISSING = ("node_modules/lighthouse is missing: run `make test`, which installs it from package-lock.json "
           "with `npm ci`")


def _node(*args: str, timeout: int) -> subprocess.CompletedProcess:
    if not (REPO / "node_modules" / "lighthouse").is_dir():
        raise RuntimeError(MISSING)
    return subprocess.run(["node", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout,
                          env={"CHROME_PATH": "/usr/bin/chromium", "PATH": "/usr/bin:/bin:/usr/local/bin"})


@functools.lru_cache(maxsize=1)
def scored_rules() -> tuple[str, ...]:
    """The ids of the audits Lighthouse's accessibility score weighs: each is an axe-core rule."""
    code = ("import('lighthouse/core/config/default-config.js').then(m => console.log(JSON.stringify("
            "m.default.categories.accessibility.auditRefs.filter(r => r.weight > 0).map(r => r.id))))")
    done = _node("--input-type=module", "-e", code, timeout=60)
    if done.returncode:
        raise RuntimeError(f"could not read Lighthouse's accessibility audits: {done.stderr}")
    return tuple(json.loads(done.stdout))


def audit(urls: list[str]) -> list[dict]:
    """Lighthouse's accessibility score (0 to 1) and failing audits of each URL, one browser for all."""
    done = _node(str(SCRIPT), *urls, timeout=60 + 30 * len(urls))
    if done.returncode:
        raise RuntimeError(f"Lighthouse failed: {done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
