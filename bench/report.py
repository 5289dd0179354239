"""`make bench`'s report: the figures of a run, its targets, and the change since the previous run."""

from __future__ import annotations

from . import large_measures
from .settings import LUNR, LUNR_SIZES, MEASURE_POINTS, SITES

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
