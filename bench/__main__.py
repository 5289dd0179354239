"""`make bench`: how long both sites take to build as stories grow, and what readers download;
what a measure and a project cost (issues 21 and 22).

Prints a table and the targets of issues 8, 21 (search, projects) and 22 (measures), compares
with the previous run (bench/results.json) and then overwrites that file. Figures only:
nothing here passes or fails on time. Options: --sizes 100,1000 (default 100,1000,5000),
--project-sizes 200,2000 (the default), --no-serve (skip the live-reload measurement),
--measures-only (only the measures' figures; the file keeps the previous run's others).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

import yaml

from macros.site.search_index import write_search_index

from . import large_measures, live, measure, measure_cost, synthetic
from .report import report, report_measures
from .settings import (BASELINE_SIZES, CONFIGS, LUNR_SIZES, MEASURE_POINTS, MEASURE_SIZES, NOT_COPIED, RESULTS,
                       ROOT, SITES)



def _ignored(folder: str, names: list[str]) -> set[str]:
    top = Path(folder).resolve() == ROOT
    return {name for name in names if name == "__pycache__" or (top and name in NOT_COPIED)}


def copy_project(destination: Path, stories: int, measures: int = 0, projects: int = 0) -> Path:
    shutil.copytree(ROOT, destination, ignore=_ignored)
    synthetic.add_stories(destination, stories)
    synthetic.add_measures(destination, measures, MEASURE_POINTS)
    synthetic.add_projects(destination, projects)
    return destination


def measure_measures(work: Path, measures: int) -> dict:
    """Both sites with ``measures`` synthetic measures of MEASURE_POINTS points each."""
    project = copy_project(work / f"measures-{measures}", 0, measures)
    out = work / f"measures-out-{measures}"
    seconds, builds = measure.timed_builds([(project / "mkdocs.yml", out / "playbook"),
                                            (project / "mkdocs.stories.yml", out / "stories")])
    return {"measures": measures, "points_each": MEASURE_POINTS, "seconds": round(seconds, 2),
            "cpu_seconds": round(sum(build["cpu_seconds"] for build in builds), 2)}


def search_title(project: Path, stories: int) -> str:
    """What the first search looks for: a synthetic story's title half-way
    through them, or without any, the first public story's."""
    if stories:
        return f"Synthetic benchmark story {stories // 2}"
    for path in sorted((project / "data" / "stories").glob("*.yml")):
        story = yaml.safe_load(path.read_text(encoding="utf-8"))
        if story.get("visibility") == "public":
            return story["title"]
    raise SystemExit("data/stories/ has no public story to search for")


def indexing_seconds(site: Path) -> float:
    """Pagefind alone, run again over a built site (the build ran it once already)."""
    start = time.perf_counter()
    write_search_index(site)
    return time.perf_counter() - start


def measure_projects(work: Path, projects: int) -> dict:
    """Both sites with ``projects`` synthetic projects (half of them public)."""
    project = copy_project(work / f"projects-{projects}", 0, 0, projects)
    out = work / f"projects-out-{projects}"
    seconds, builds = measure.timed_builds([(project / "mkdocs.yml", out / "playbook"),
                                            (project / "mkdocs.stories.yml", out / "stories")])
    return {"projects": projects, "seconds": round(seconds, 2),
            "cpu_seconds": round(sum(build["cpu_seconds"] for build in builds), 2),
            "register_kb": round(measure.kilobytes(out / "playbook" / "projects" / "index.html"), 1)}


def measure_ours(work: Path, stories: int, chromium) -> dict:
    project = copy_project(work / f"ours-{stories}", stories)
    out = work / f"out-{stories}"
    # Side by side, as `make build` (macros/cli/build.py) builds them.
    seconds, (playbook, public) = measure.timed_builds([(project / "mkdocs.yml", out / "playbook"),
                                                        (project / "mkdocs.stories.yml", out / "stories")])
    real = len(list((ROOT / "data" / "stories").glob("*.yml")))
    title = search_title(project, stories)
    return {
        "synthetic_stories": stories,
        "stories": stories + real,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(playbook["seconds"] + public["seconds"], 2),
        "processor_seconds": round(playbook["cpu_seconds"] + public["cpu_seconds"], 2),
        "playbook_seconds": round(playbook["seconds"], 2),
        "stories_site_seconds": round(public["seconds"], 2),
        "ms_per_story": round(seconds * 1000 / (stories + real), 2),
        "peak_mb": round(max(playbook["peak_mb"], public["peak_mb"]), 1),
        "search_index_kb": {site: round(measure.kilobytes(out / site / "pagefind"), 1) for site in SITES},
        "search_index_seconds": {site: round(indexing_seconds(out / site), 2) for site in SITES},
        "first_search": {site: measure.first_search(chromium, out / site, title) for site in SITES},
        "home_page_kb": {site: measure.page_weight(chromium, out / site) for site in SITES},
    }


def measure_lunr(work: Path, stories: int) -> dict:
    """Both sites as they were built before Pagefind: Material's search plugin
    (lunr) added to each config, and no Pagefind (bench/run_build.py)."""
    project = copy_project(work / f"lunr-{stories}", stories)
    out = work / f"lunr-out-{stories}"
    builds = []
    for site, config in CONFIGS.items():
        lunr = project / f"lunr.{config}"
        lunr.write_text(f"INHERIT: {config}\nplugins:\n  search: {{}}\n", encoding="utf-8")
        builds.append((lunr, out / site))
    seconds, (playbook, public) = measure.timed_builds(builds, search="lunr")
    real = len(list((ROOT / "data" / "stories").glob("*.yml")))
    return {
        "synthetic_stories": stories,
        "stories": stories + real,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(playbook["seconds"] + public["seconds"], 2),
        "processor_seconds": round(playbook["cpu_seconds"] + public["cpu_seconds"], 2),
        "ms_per_story": round(seconds * 1000 / (stories + real), 2),
        "peak_mb": round(max(playbook["peak_mb"], public["peak_mb"]), 1),
        "search_index_kb": {site: round(measure.kilobytes(out / site / "search" / "search_index.json"), 1)
                            for site in SITES},
    }


def measure_baseline(work: Path, stories: int) -> dict:
    config = synthetic.write_baseline(work / f"baseline-{stories}", stories)
    build = measure.timed_build(config, work / f"baseline-out-{stories}")
    return {"stories": stories, "seconds": round(build["seconds"], 2),
            "ms_per_story": round(build["seconds"] * 1000 / stories, 2), "peak_mb": round(build["peak_mb"], 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "100,1000,5000"))
    parser.add_argument("--project-sizes", default=os.environ.get("BENCH_PROJECT_SIZES", "200,2000"))
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument("--measures-only", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    project_sizes = [int(s) for s in args.project_sizes.split(",") if s]
    previous = json.loads(RESULTS.read_text()) if RESULTS.is_file() else None
    if args.measures_only:
        return measures_only(previous or {})
    results = {
        "machine": (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
                    f"Python {platform.python_version()}"),
        "date": time.strftime("%Y-%m-%d"),
        "runs": [], "lunr": [], "baseline": [], "serve": {}, "measures": [], "projects": [],
        "large_measures": {},
    }
    with tempfile.TemporaryDirectory(prefix="ogic-bench-") as tmp, measure.browser() as chromium:
        work = Path(tmp)
        for stories in [0, *sizes]:
            print(f"building both sites with {stories} synthetic stories ...", flush=True)
            results["runs"].append(measure_ours(work, stories, chromium))
            if stories in LUNR_SIZES:  # straight after, so that both meet the machine in the same state
                print(f"building both sites as before Pagefind (lunr) with {stories} synthetic stories ...",
                      flush=True)
                results["lunr"].append(measure_lunr(work, stories))
        for count in (0, *(m for m in MEASURE_SIZES if m <= max(sizes, default=0))):
            print(f"building both sites with {count} synthetic measures ...", flush=True)
            results["measures"].append(measure_measures(work, count))
        print("timing one measure by its number of points ...", flush=True)
        results["measure_cost"] = measure_cost.cost_by_points()
        for count in (0, *project_sizes) if project_sizes else ():
            print(f"building both sites with {count} synthetic projects ...", flush=True)
            results["projects"].append(measure_projects(work, count))
        results["large_measures"] = large_measures.run(copy_project, work)
        for stories in BASELINE_SIZES:
            if stories in sizes:
                print(f"building the stock baseline with {stories} pages ...", flush=True)
                results["baseline"].append(measure_baseline(work, stories))
        if not args.no_serve and 1000 in sizes:
            print("measuring live reload at 1,000 stories ...", flush=True)
            results["serve"] = live.edit_latencies(copy_project(work / "serve-1000", 1000))
    report(results, previous)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nWrote {RESULTS.relative_to(ROOT)}")
    return 0


def measures_only(previous: dict) -> int:
    """The measures' figures alone, kept with the previous run's others."""
    results = {**previous, "machine": (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
                                       f"Python {platform.python_version()}"),
               "measures_date": time.strftime("%Y-%m-%d"), "measures": []}
    with tempfile.TemporaryDirectory(prefix="ogic-bench-") as tmp:
        for count in (0, *MEASURE_SIZES):
            print(f"building both sites with {count} synthetic measures ...", flush=True)
            results["measures"].append(measure_measures(Path(tmp), count))
    print("timing one measure by its number of points ...", flush=True)
    results["measure_cost"] = measure_cost.cost_by_points()
    report_measures(results)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nWrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
