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


def total_kb(weights: dict) -> float:
    return round(sum(weights.values()), 1)


def report(results: dict, previous: dict | None) -> None:
    print(f"\nMachine: {results['machine']}   date: {results['date']}")
    print("\nBoth sites are built side by side, as `make build` does: 'both sites s' is the wall-clock\n"
          "time; 'one by one s' adds up the two builds' own times (what one core would take).")
    print(f"\n{'stories':>8} {'both sites s':>12} {'one by one s':>12} {'ms/story':>9} {'peak MB':>8} "
          f"{'index MB pb/st':>15} {'1st search KB':>14} {'home KB pb/st':>14} {'vs stock':>9}")
    baseline = {b["stories"] - 0: b for b in results["baseline"]}
    for run in results["runs"]:
        base = baseline.get(run["synthetic_stories"])
        ratio = f"{run['seconds'] / base['seconds']:.2f}x" if base else "-"
        index = "/".join(f"{run['search_index_kb'][site] / 1024:.1f}" for site in SITES)
        search = "/".join(f"{run['first_search'][site]['kb']:.0f}" for site in SITES)
        home = f"{total_kb(run['home_page_kb']['playbook']):.0f}/{total_kb(run['home_page_kb']['stories']):.0f}"
        print(f"{run['stories']:>8} {run['seconds']:>12.2f} {run.get('cpu_seconds', 0):>12.2f} "
              f"{run['ms_per_story']:>9.2f} {run['peak_mb']:>8.0f} "
              f"{index:>15} {search:>14} {home:>14} {ratio:>9}")
    for run in results.get("lunr", []):
        index = "/".join(f"{run['search_index_kb'][site] / 1024:.1f}" for site in SITES)
        print(f"{run['stories']:>8} {run['seconds']:>12.2f} {run['cpu_seconds']:>12.2f} "
              f"{run['ms_per_story']:>9.2f} {run['peak_mb']:>8.0f} {index:>15}   (as before: lunr, no Pagefind)")
    for base in results["baseline"]:
        print(f"stock Material, {base['stories']} pages in the nav: {base['seconds']:.2f} s "
              f"({base['ms_per_story']:.2f} ms/page, peak {base['peak_mb']:.0f} MB)")
    projects = {run["projects"]: run for run in results.get("projects", [])}
    if 0 in projects:
        print("\nprojects (both sites, no synthetic stories; half of them public); the cost per project is\n"
              "worked out from CPU time (both builds' own), which a busy machine does not skew:")
        base = projects[0]
        for count, run in sorted(projects.items()):
            extra = (f", {(run['cpu_seconds'] - base['cpu_seconds']) * 1000 / count:.1f} ms of CPU per project, "
                     f"register page {run['register_kb']:.0f} KB" if count else " (the real play book alone)")
            print(f"  {count:>5} projects: {run['seconds']:.2f} s, CPU {run['cpu_seconds']:.2f} s{extra}")
        each = {count: (run["cpu_seconds"] - base["cpu_seconds"]) / count for count, run in projects.items() if count}
        if len(each) > 1:
            print(f"  cost per project at {max(each):,} / at {min(each):,} = {each[max(each)] / each[min(each)]:.2f} "
                  "(flat: about 1)")
    large_measures.report(results.get("large_measures"))
    for site in ("playbook", "stories"):
        last = results["runs"][-1]
        print(f"home page of {site} at {last['stories']} stories, KB by kind: {last['home_page_kb'][site]}")
    if results.get("serve"):
        for name, seconds in results["serve"].items():
            print(f"live reload at 1,000 stories, {name}: shown {seconds:.1f} s after the story file was saved")
    print_targets(results)
    report_measures(results)
    if previous:
        print(f"\nCompared with the previous run ({previous.get('date')}):")
        before = {r["synthetic_stories"]: r for r in previous.get("runs", [])}
        for run in results["runs"]:
            old = before.get(run["synthetic_stories"])
            if old:
                print(f"  {run['stories']:>6} stories: {old['seconds']:.2f} s -> {run['seconds']:.2f} s "
                      f"({(run['seconds'] / old['seconds'] - 1) * 100:+.0f}%)")


def report_measures(results: dict) -> None:
    runs = {run["measures"]: run for run in results.get("measures", [])}
    if 0 in runs:
        print(f"\nmeasures of {MEASURE_POINTS} points each (both sites, no synthetic stories); 'CPU' adds up\n"
              "both builds' processor time, which other work on the machine disturbs far less than the clock:")
        for count, run in sorted(runs.items()):
            extra = (f", {(run['seconds'] - runs[0]['seconds']) * 1000 / count:.1f} ms per measure; CPU "
                     f"{run.get('cpu_seconds', 0):.2f} s, "
                     f"{(run.get('cpu_seconds', 0) - runs[0].get('cpu_seconds', 0)) * 1000 / count:.1f} ms per measure"
                     if count else f" (the real play book alone; CPU {run.get('cpu_seconds', 0):.2f} s)")
            print(f"  {count:>5} measures: {run['seconds']:.2f} s{extra}")
    cost = results.get("measure_cost", [])
    if cost:
        print("\none measure in this process (analysis, page, CSV and measures.json entry), by its points:")
        for row in cost:
            print(f"  {row['points']:>7} points: {row['ms']:>9.2f} ms, {row['us_per_point']:>6.2f} µs a point")
    if 0 in runs and 1000 in runs and "cpu_seconds" in runs[0]:
        per = (runs[1000]["cpu_seconds"] - runs[0]["cpu_seconds"]) * 1000 / 1000
        print(f"\nTargets (issue 22):\n  per measure at 1,000 measures of {MEASURE_POINTS} points = {per:.1f} ms CPU "
              f"(goal <= 10 ms)")
    if len(cost) > 1:
        growth = cost[-1]["us_per_point"] / cost[0]["us_per_point"]
        print(f"  time per point at {cost[-1]['points']:,} points / at {cost[0]['points']:,} = {growth:.2f} "
              "(linear: about 1; quadratic would be about "
              f"{cost[-1]['points'] // cost[0]['points']:,})")


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
    print("\nTargets (issue 21, search with Pagefind):")
    lunr = {r["synthetic_stories"]: r for r in results.get("lunr", [])}
    for stories, run in sorted(runs.items()):
        if stories not in LUNR_SIZES:
            continue
        searches = ", ".join(f"{site} {search['kb']:.0f} KB in {search['requests']} requests"
                             for site, search in run["first_search"].items())
        indexing = ", ".join(f"{site} {run['search_index_seconds'][site] * 1000 / run['stories']:.2f}"
                             for site in SITES)
        print(f"  at {run['stories']:,} stories: a first search transfers {searches} (goal <= 500 KB)")
        print(f"  at {run['stories']:,} stories: {run['ms_per_story']:.2f} ms/story for both sites (goal <= 3 at "
              f"5,000), {run['processor_seconds'] * 1000 / run['stories']:.2f} ms/story of processor time; "
              f"Pagefind's indexing alone, ms/story: {indexing}")
        if stories in lunr:
            before = lunr[stories]
            print(f"    as before (lunr, no Pagefind), same run: {before['ms_per_story']:.2f} ms/story, "
                  f"{before['processor_seconds'] * 1000 / before['stories']:.2f} ms/story of processor time, "
                  f"peak {before['peak_mb']:.0f} MB (Pagefind: {run['peak_mb']:.0f} MB)")
        print(f"    recorded with lunr on {LUNR['date']}: {LUNR['ms_per_story'][stories]:.2f} ms/story")


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
