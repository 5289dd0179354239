"""`make bench`: how long both sites take to build as stories grow, and what readers download.

Prints a table and the targets of issue 8, compares with the previous run
(bench/results.json) and then overwrites that file. Figures only: nothing here
passes or fails on time. Options: --sizes 100,1000 (default 100,1000,5000),
--no-serve (skip the live-reload measurement).
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

from . import large_measures, live, measure, synthetic

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
BASELINE_SIZES = (100, 1000)
# Tools' and builds' folders at the top of the repository (macros/site/ is code, and is copied).
NOT_COPIED = {".venv", ".git", "site", ".build-tmp", ".pytest_cache", ".bench", "node_modules"}
MEASURE_SIZES = (100, 1000)
MEASURE_POINTS = 100


def _ignored(folder: str, names: list[str]) -> set[str]:
    top = Path(folder).resolve() == ROOT
    return {name for name in names if name == "__pycache__" or (top and name in NOT_COPIED)}


def copy_project(destination: Path, stories: int, measures: int = 0) -> Path:
    shutil.copytree(ROOT, destination, ignore=_ignored)
    synthetic.add_stories(destination, stories)
    synthetic.add_measures(destination, measures, MEASURE_POINTS)
    return destination


def measure_measures(work: Path, measures: int) -> dict:
    """Both sites with ``measures`` synthetic measures of MEASURE_POINTS points each."""
    project = copy_project(work / f"measures-{measures}", 0, measures)
    out = work / f"measures-out-{measures}"
    seconds, _ = measure.timed_builds([(project / "mkdocs.yml", out / "playbook"),
                                       (project / "mkdocs.stories.yml", out / "stories")])
    return {"measures": measures, "points_each": MEASURE_POINTS, "seconds": round(seconds, 2)}


def measure_ours(work: Path, stories: int, chromium) -> dict:
    project = copy_project(work / f"ours-{stories}", stories)
    out = work / f"out-{stories}"
    # Side by side, as `make build` (macros/cli/build.py) builds them.
    seconds, (playbook, public) = measure.timed_builds([(project / "mkdocs.yml", out / "playbook"),
                                                        (project / "mkdocs.stories.yml", out / "stories")])
    real = len(list((ROOT / "data" / "stories").glob("*.yml")))
    return {
        "synthetic_stories": stories,
        "stories": stories + real,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(playbook["seconds"] + public["seconds"], 2),
        "playbook_seconds": round(playbook["seconds"], 2),
        "stories_site_seconds": round(public["seconds"], 2),
        "ms_per_story": round(seconds * 1000 / (stories + real), 2),
        "peak_mb": round(max(playbook["peak_mb"], public["peak_mb"]), 1),
        "search_index_kb": {site: round(measure.kilobytes(out / site / "search" / "search_index.json"), 1)
                            for site in ("playbook", "stories")},
        "home_page_kb": {site: measure.page_weight(chromium, out / site) for site in ("playbook", "stories")},
    }


def measure_baseline(work: Path, stories: int) -> dict:
    config = synthetic.write_baseline(work / f"baseline-{stories}", stories)
    build = measure.timed_build(config, work / f"baseline-out-{stories}")
    return {"stories": stories, "seconds": round(build["seconds"], 2),
            "ms_per_story": round(build["seconds"] * 1000 / stories, 2), "peak_mb": round(build["peak_mb"], 1)}


def total_kb(weights: dict) -> float:
    return round(sum(weights.values()), 1)


def report(results: dict, previous: dict | None) -> None:
    print(f"\nMachine: {results['machine']}   date: {results['date']}")
    print("\nBoth sites are built side by side, as `make build` does: 'both sites s' is the wall-clock\n"
          "time; 'one by one s' adds up the two builds' own times (what one core would take).")
    print(f"\n{'stories':>8} {'both sites s':>12} {'one by one s':>12} {'ms/story':>9} {'peak MB':>8} "
          f"{'index KB pb/st':>16} {'home KB pb/st':>15} {'vs stock':>9}")
    baseline = {b["stories"] - 0: b for b in results["baseline"]}
    for run in results["runs"]:
        base = baseline.get(run["synthetic_stories"])
        ratio = f"{run['seconds'] / base['seconds']:.2f}x" if base else "-"
        index = f"{run['search_index_kb']['playbook']:.0f}/{run['search_index_kb']['stories']:.0f}"
        home = f"{total_kb(run['home_page_kb']['playbook']):.0f}/{total_kb(run['home_page_kb']['stories']):.0f}"
        print(f"{run['stories']:>8} {run['seconds']:>12.2f} {run.get('cpu_seconds', 0):>12.2f} "
              f"{run['ms_per_story']:>9.2f} {run['peak_mb']:>8.0f} "
              f"{index:>16} {home:>15} {ratio:>9}")
    for base in results["baseline"]:
        print(f"stock Material, {base['stories']} pages in the nav: {base['seconds']:.2f} s "
              f"({base['ms_per_story']:.2f} ms/page, peak {base['peak_mb']:.0f} MB)")
    runs = {run["measures"]: run for run in results.get("measures", [])}
    if 0 in runs:
        print(f"\nmeasures of {MEASURE_POINTS} points each (both sites, no synthetic stories):")
        for count, run in sorted(runs.items()):
            extra = (f", {(run['seconds'] - runs[0]['seconds']) * 1000 / count:.1f} ms per measure"
                     if count else " (the real play book alone)")
            print(f"  {count:>5} measures: {run['seconds']:.2f} s{extra}")
    large_measures.report(results.get("large_measures"))
    for site in ("playbook", "stories"):
        last = results["runs"][-1]
        print(f"home page of {site} at {last['stories']} stories, KB by kind: {last['home_page_kb'][site]}")
    if results.get("serve"):
        for name, seconds in results["serve"].items():
            print(f"live reload at 1,000 stories, {name}: edited story served again after {seconds:.1f} s")
    print_targets(results)
    if previous:
        print(f"\nCompared with the previous run ({previous.get('date')}):")
        before = {r["synthetic_stories"]: r for r in previous.get("runs", [])}
        for run in results["runs"]:
            old = before.get(run["synthetic_stories"])
            if old:
                print(f"  {run['stories']:>6} stories: {old['seconds']:.2f} s -> {run['seconds']:.2f} s "
                      f"({(run['seconds'] / old['seconds'] - 1) * 100:+.0f}%)")


def print_targets(results: dict) -> None:
    runs = {r["synthetic_stories"]: r for r in results["runs"]}
    baseline = {b["stories"]: b for b in results["baseline"]}
    print("\nTargets (issue 8):")
    if 1000 in runs and 5000 in runs:
        growth = runs[5000]["ms_per_story"] / runs[1000]["ms_per_story"]
        print(f"  ms/story at 5,000 / at 1,000 = {growth:.2f} (target <= 1.15)")
    if 1000 in runs and 1000 in baseline:
        print(f"  both sites at 1,000 / stock baseline = {runs[1000]['seconds'] / baseline[1000]['seconds']:.2f} "
              f"(target <= 0.30); built one by one: "
              f"{runs[1000]['cpu_seconds'] / baseline[1000]['seconds']:.2f}")
    heaviest = max(max(total_kb(r["home_page_kb"][s]) for s in ("playbook", "stories")) for r in results["runs"])
    print(f"  heaviest home page = {heaviest:.0f} KB (target < 500 KB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "100,1000,5000"))
    parser.add_argument("--no-serve", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    previous = json.loads(RESULTS.read_text()) if RESULTS.is_file() else None
    results = {
        "machine": (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
                    f"Python {platform.python_version()}"),
        "date": time.strftime("%Y-%m-%d"),
        "runs": [], "baseline": [], "serve": {}, "measures": [], "large_measures": {},
    }
    with tempfile.TemporaryDirectory(prefix="ogic-bench-") as tmp, measure.browser() as chromium:
        work = Path(tmp)
        for stories in [0, *sizes]:
            print(f"building both sites with {stories} synthetic stories ...", flush=True)
            results["runs"].append(measure_ours(work, stories, chromium))
        for count in (0, *(m for m in MEASURE_SIZES if m <= max(sizes, default=0))):
            print(f"building both sites with {count} synthetic measures ...", flush=True)
            results["measures"].append(measure_measures(work, count))
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


if __name__ == "__main__":
    raise SystemExit(main())
