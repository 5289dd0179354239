"""What one measure costs to build, by its number of points, in this process:
its analysis, its page (both drawings, the table, the words for search), its
CSV and its entry in measures.json; with the time per point, which stays
about the same as the series grows when the cost is linear in its points."""

from __future__ import annotations

import datetime as dt
import random
import time

from macros.analysis.measures import analyse_measure
from macros.data.models.measures import Measure, Point
from macros.render.measures import measure_csv, render_measure
from macros.site.exports import measure_json

POINTS = (100, 1_000, 10_000, 100_000)


def synthetic_measure(points: int, seed: int = 0) -> Measure:
    """Daily values around a level that shifts two thirds of the way through. Made
    as the loader makes a valid measure, without its checks: 100,000 daily points
    run back before any date an editor may write (the cost per point is what is
    measured here; bench/large_measures.py builds the largest allowed from files)."""
    rng = random.Random(seed)
    first = dt.date(1800, 1, 1)
    values = [round(50 + rng.gauss(0, 3) + (6 if index > points * 2 // 3 else 0), 1) for index in range(points)]
    return Measure.model_construct(
        title=f"Synthetic measure of {points} points", improvement="increase", target=50, chart="xmr",
        points=[Point.model_construct(date=first + dt.timedelta(days=index), value=value, numerator=None,
                                      denominator=None) for index, value in enumerate(values)],
        id="synthetic", unit=None, visibility="internal", stories=[], workstream=None, description=None,
        baseline=None, rebase=[], annotations=[], screen_moving_ranges=False, source=None)


def build_one(measure: Measure) -> None:
    analysis = analyse_measure(measure)
    render_measure(measure, analysis, f"{measure.id}.csv", [])
    measure_csv(analysis)
    measure_json(measure, analysis)


def cost_by_points(sizes: tuple[int, ...] = POINTS, budget: float = 2.0) -> list[dict]:
    """{"points", "ms", "us_per_point"} for each size: the best of a few runs (at most ``budget``
    seconds of them a size), CPU time, so that other work on the machine counts for little."""
    found = []
    for points in sizes:
        measure = synthetic_measure(points)
        runs, spent = [], 0.0
        while not runs or (spent < budget and len(runs) < 5):
            start = time.process_time()
            build_one(measure)
            runs.append(time.process_time() - start)
            spent += runs[-1]
        best = min(runs)
        found.append({"points": points, "ms": round(best * 1000, 2), "us_per_point": round(best * 1e6 / points, 2)})
    return found
