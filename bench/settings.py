"""`make bench`'s settings: what it builds, and where it keeps its results."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
BASELINE_SIZES = (100, 1000)
# Tools' and builds' folders at the top of the repository (macros/site/ is code, and is copied).
NOT_COPIED = {".venv", ".git", "site", ".build-tmp", ".pytest_cache", ".bench", "node_modules"}
MEASURE_SIZES = (100, 1000)
MEASURE_POINTS = 100
SITES = ("playbook", "stories")
CONFIGS = {"playbook": "mkdocs.yml", "stories": "mkdocs.stories.yml"}
# The build before Pagefind, with Material's lunr index instead, is built again
# at these sizes in the same run, for a fair comparison; and its last recorded
# run (bench/results.json of that date) is printed beside it.
LUNR_SIZES = (1000, 5000)
LUNR = {"date": "2026-12-02", "ms_per_story": {1000: 9.56, 5000: 6.27}}
