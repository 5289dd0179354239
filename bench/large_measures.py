"""Large measures: what one measure of many points costs, and how the largest are refused.

Both sites are built, as `make build` builds them, with the real play book and
one synthetic measure (daily points up to the day before the build date, as a
CSV beside it) of 1,000 and of 10,000 points: the most a measure may have
(macros/data/checks/measures.py: MAX_POINTS). A measure of 100,000 points is
more than a measure may have, and more than a data file may hold
(macros/data/files.py: MAX_FILE_BYTES): `make check`'s work is timed refusing it.
Run alone with `python -m bench.large_measures`; `make bench` runs it too.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BUILT = (1_000, 10_000)
REFUSED = 100_000
LAST_DAY = dt.date(2026, 11, 30)  # before any build date of the bench: points may not be in the future


def write_measure(project: Path, points: int) -> None:
    """data/measures/synthetic-large.yml and its CSV of ``points`` daily values ending on LAST_DAY."""
    folder = project / "data" / "measures"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "synthetic-large.yml").write_text("title: Synthetic large measure\nimprovement: increase\n"
                                                "visibility: public\ntarget: 50\n", encoding="utf-8")
    rng = random.Random(points)
    first = LAST_DAY - dt.timedelta(days=points - 1)
    rows = [f"{first + dt.timedelta(days=day)},{50 + rng.gauss(0, 3) + (5 if day > points * 2 // 3 else 0):.1f}"
            for day in range(points)]
    (folder / "synthetic-large.csv").write_text("date,value\n" + "\n".join(rows) + "\n", encoding="utf-8")


def build_seconds(copy_project, work: Path, points: int | None) -> float:
    """Both sites' wall-clock build time with one measure of ``points`` points (None: the real play book alone)."""
    from . import measure  # the browser's tools too: only when building

    project = copy_project(work / f"points-{points}", 0)
    if points:
        write_measure(project, points)
    out = work / f"points-out-{points}"
    seconds, _ = measure.timed_builds([(project / "mkdocs.yml", out / "playbook"),
                                       (project / "mkdocs.stories.yml", out / "stories")])
    return seconds


def refusal(copy_project, work: Path) -> dict:
    """`make check`'s work on a measure of REFUSED points: its seconds, peak memory, and its line."""
    from macros.cli.check import problems

    project = copy_project(work / "points-refused", 0)
    write_measure(project, REFUSED)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        lines = problems(project)
        seconds, peak = time.perf_counter() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return {"points": REFUSED, "seconds": round(seconds, 2), "peak_mb": round(peak / 2 ** 20, 1),
            "line": next((line for line in lines if "synthetic-large" in line), None)}


def run(copy_project, work: Path) -> dict:
    base = build_seconds(copy_project, work, None)
    built = []
    for points in BUILT:
        print(f"building both sites with a measure of {points:,} points ...", flush=True)
        seconds = build_seconds(copy_project, work, points)
        built.append({"points": points, "seconds": round(seconds, 2),
                      "ms_per_point": round((seconds - base) * 1000 / points, 2)})
    return {"base_seconds": round(base, 2), "built": built, "refused": refusal(copy_project, work)}


def report(results: dict) -> None:
    if not results:
        return
    print(f"\none large measure (both sites; the real play book alone: {results['base_seconds']:.2f} s):")
    for run in results["built"]:
        print(f"  {run['points']:>7,} points: {run['seconds']:.2f} s, {run['ms_per_point']:.2f} ms per point "
              "beyond the real play book")
    if len(results["built"]) > 1:
        small, large = results["built"][0], results["built"][-1]
        print(f"  cost per point at {large['points']:,} / at {small['points']:,} = "
              f"{large['ms_per_point'] / small['ms_per_point']:.2f} (1.00 is linear)")
    refused = results["refused"]
    print(f"  {refused['points']:>7,} points: refused by `make check` in {refused['seconds']:.2f} s "
          f"(peak {refused['peak_mb']:.1f} MB traced): {refused['line']}")


def main() -> int:
    from .__main__ import copy_project

    with tempfile.TemporaryDirectory(prefix="ogic-bench-points-") as tmp:
        results = run(copy_project, Path(tmp))
        shutil.rmtree(tmp, ignore_errors=True)
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
