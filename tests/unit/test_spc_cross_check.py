"""The SPC engine against the contract, on thousands of seeded random series.

``reference`` below is written from the contract's words (../shared/CONTRACT.md,
measures.json and "SPC from 2026-12-04"), sentence by sentence, and calls
nothing of macros/: exact rationals for every number a count or a decimal
gives, and a 60-digit square root where the root is irrational (such a limit
is never equal to a value, and 60 digits put every value on its right side).
Where the contract is silent, NHSRplotthedots decides, and the comment says so.

The series are XmR, p and u charts with baselines, rebases and every run and
trend length data/spc.yml allows; the test also counts what the series
exercised, so that a generator that stopped making signals would fail it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from decimal import Context, Decimal
from fractions import Fraction

import pytest

from macros.analysis.spc import Rules, analyse

SERIES = 1000            # of each chart: 3,000 in all
ROOT = Context(prec=60)


# ---- The contract, in its own words ------------------------------------------------------


def _sqrt(number: Fraction) -> Fraction | Decimal:
    """Exact when the root is rational, else 60 digits."""
    top, bottom = number.numerator, number.denominator
    for whole in (top, bottom):
        if round(whole ** 0.5) ** 2 != whole:
            return ROOT.sqrt(ROOT.divide(Decimal(top), Decimal(bottom)))
    return Fraction(round(top ** 0.5), round(bottom ** 0.5))


def _q(number) -> Fraction:
    """A limit as a rational to compare with: exact, or the 60-digit root's own value."""
    return number if isinstance(number, Fraction) else Fraction(number)


def reference(chart, values, counts, dates, improvement, target, baseline, rebase, run_length, trend_length):
    # "a segment starts at the first point and at each rebase date"
    starts = sorted({0} | {next(i for i, d in enumerate(dates) if d >= when) for when in rebase})
    bounds = list(zip(starts, starts[1:] + [len(values)], strict=True))
    segments, points = [], []
    for first, end in bounds:
        xs = values[first:end]
        # "from the segment's points, or from its first `baseline` points when `baseline` is set"
        used = range(first, end if baseline is None else min(end, first + baseline))
        if chart == "xmr":
            mean = sum(values[i] for i in used) / len(used)
            mr_bar = sum(abs(values[i] - values[i - 1]) for i in used if i > used[0]) / (len(used) - 1)
            # "limits are mean ± 2.66 × mean moving range"; "the two-sigma band is mean ± (2/3) × 2.66 × mr"
            spread = Fraction("2.66") * mr_bar
            limits = [(mean - spread, mean - spread * 2 / 3, mean + spread * 2 / 3, mean + spread)] * len(xs)
        else:
            # "p̄ = Σnumerator / Σdenominator", "ū = Σnumerator / Σdenominator" (sums over the baseline)
            mean = sum(counts[i][0] for i in used) / sum(counts[i][1] for i in used)
            limits = []
            for _, n in counts[first:end]:
                # "p̄ ± 3·√(p̄(1 − p̄)/n) clipped to [0, 1]"; "ū ± 3·√(ū/n), the lower clipped at 0"
                sigma = _sqrt(mean * (1 - mean) / n if chart == "p" else mean / n)
                if isinstance(sigma, Fraction):
                    upper, lower = mean + 3 * sigma, mean - 3 * sigma
                else:
                    m = ROOT.divide(Decimal(mean.numerator), Decimal(mean.denominator))
                    upper, lower = ROOT.add(m, ROOT.multiply(3, sigma)), ROOT.subtract(m, ROOT.multiply(3, sigma))
                upper = Fraction(1) if chart == "p" and _q(upper) > 1 else upper
                lower = Fraction(0) if _q(lower) < 0 else lower
                # "the band is at two thirds of the distance to each limit"
                band = [_q(mean) + (_q(limit) - mean) * Fraction(2, 3) for limit in (lower, upper)]
                limits.append((_q(lower), band[0], band[1], _q(upper)))
        side = [(x > mean) - (x < mean) for x in xs]
        # outside-limits: "strictly above the upper or below the lower limit"
        outside = [x > lim[3] or x < lim[0] for x, lim in zip(xs, limits, strict=True)]
        # run: "a sequence of 7 (run_length) or more consecutive points strictly on the same side"
        # (any such sequence is made of overlapping windows of exactly that many points)
        run = [False] * len(xs)
        for i in range(len(xs) - run_length + 1):
            if side[i] and all(side[k] == side[i] for k in range(i, i + run_length)):
                run[i:i + run_length] = [True] * run_length
        # trend: "a sequence of 7 (trend_length) or more consecutive points in which each point after the
        # first is strictly higher than the one before, or each strictly lower ... every point ... carries it"
        steps = [(after > before) - (after < before) for before, after in zip(xs, xs[1:], strict=False)]
        rising, falling = [False] * len(xs), [False] * len(xs)
        for i in range(len(xs) - trend_length + 1):
            for flags, step in ((rising, 1), (falling, -1)):
                if all(steps[k] == step for k in range(i, i + trend_length - 1)):
                    flags[i:i + trend_length] = [True] * trend_length
        # two-of-three: "beyond the two-sigma band but not outside the limits, and some three consecutive
        # points containing it all lie strictly on one side of the mean and include at least two such points"
        near = [not out and (x > lim[2] or x < lim[1]) for x, lim, out in zip(xs, limits, outside, strict=True)]
        two = [near[i] and any(all(side[k] == side[w] != 0 for k in range(w, w + 3))
                               and sum(near[w:w + 3]) >= 2
                               for w in range(max(0, i - 2), min(i, len(xs) - 3) + 1))
               for i in range(len(xs))]
        for i, x in enumerate(xs):
            signals = {name for name, flags in (("outside-limits", outside), ("run", run), ("two-of-three", two))
                       if flags[i]}
            if rising[i] or falling[i]:
                signals.add("trend")
            # Silent in the contract when signals disagree: NHSRplotthedots' order (outside the limits,
            # trend, two-of-three, run); a point in a rising and a falling trend takes the one starting there.
            if outside[i] or (not (rising[i] or falling[i]) and signals):
                direction = side[i]
            elif rising[i] and falling[i]:
                direction = 1 if xs[i + 1] > x else -1
            elif rising[i] or falling[i]:
                direction = 1 if rising[i] else -1
            else:
                direction = 0
            # "common without signals; ... neutral for a neutral measure, else improvement when the signal lies
            # on the better side (above the mean, or an increasing trend, for increase; the opposite for decrease)"
            wanted = {"increase": 1, "decrease": -1}.get(improvement)
            variation = ("common" if not signals else "neutral" if wanted is None
                         else "improvement" if direction == wanted else "concern")
            points.append((signals, variation, limits[i]))
        # "provisional is true when the limits rest on fewer than 15 points"
        segments.append((dates[first], mean, len(used) < 15))
    # assurance, "latest segment, target set, direction not neutral" (p and u: the latest point's limits)
    lcl, _, _, ucl = points[-1][2]
    assurance = None
    if target is not None and improvement != "neutral":
        good, bad = (target <= lcl, target >= ucl) if improvement == "increase" else (target >= ucl, target <= lcl)
        assurance = "pass" if good else "fail" if bad else "hit-and-miss"
    return segments, points, points[-1][1], assurance


# ---- Random series ----------------------------------------------------------------------


def _dates(count: int, rng: random.Random) -> list[dt.date]:
    day, found = dt.date(2023, 1, 1), []
    for _ in range(count):
        day += dt.timedelta(days=rng.choice((1, 7, 30, 31)))
        found.append(day)
    return found


def _shape(rng: random.Random, count: int) -> list[float]:
    """A level with noise, and now and then a shift, a trend or a spike."""
    level, noise = rng.uniform(-5, 40), rng.choice((0.5, 1, 3))
    out, drift = [], 0.0
    for _ in range(count):
        if rng.random() < 0.06:
            level += rng.choice((-1, 1)) * noise * rng.uniform(1.5, 4)
        if rng.random() < 0.05:
            drift = rng.choice((-1, 1)) * noise * 0.8
        if rng.random() < 0.15:
            drift = 0.0
        level += drift
        out.append(level + rng.gauss(0, noise) + (rng.choice((-1, 1)) * 6 * noise if rng.random() < 0.03 else 0))
    return out


def make_series(rng: random.Random, chart: str) -> dict:
    count = rng.randint(2, 45)
    dates = _dates(count, rng)
    shape = _shape(rng, count)
    if chart == "xmr":
        places = rng.choice((0, 0, 1))
        texts = [f"{x:.{places}f}" for x in shape]
        counts, values = None, [Fraction(t) for t in texts]
        given = [(d, float(t)) for d, t in zip(dates, texts, strict=True)]
    else:
        small = rng.random() < 0.3
        denominators = [rng.choice((1, 2, 3, 4, 5, 9, 16, 25)) if small else rng.randint(20, 400)
                        for _ in range(count)]
        if chart == "u" and rng.random() < 0.4:
            denominators = [Fraction(rng.choice(("0.5", "1.5", "2.5", "1", "12.5"))) for _ in range(count)]
        base = rng.choice((0, 0.02, 0.1, 0.3, 0.5, 0.8, 1)) if chart == "p" else rng.choice((0, 0.5, 2, 8))
        numerators = []
        for d, x in zip(denominators, shape, strict=True):
            rate = base + (x - shape[0]) / 200 if chart == "p" else base * (1 + (x - shape[0]) / 40)
            rate = min(max(rate, 0), 1) if chart == "p" else max(rate, 0)
            expected = float(d) * rate
            n = max(0, round(expected + rng.gauss(0, max(expected, 0.3) ** 0.5)))
            numerators.append(min(n, int(d)) if chart == "p" else n)
        counts = [(Fraction(n), Fraction(d)) for n, d in zip(numerators, denominators, strict=True)]
        values = [n / d for n, d in counts]
        given = [(day, n, float(d)) for day, n, d in zip(dates, numerators, denominators, strict=True)]
    starts = sorted(rng.sample(range(2, count - 1), k=min(rng.choice((0, 0, 1, 2)), max(count - 3, 0))))
    starts = [s for i, s in enumerate(starts) if s - ([0] + starts)[i] >= 2]
    target = None
    if rng.random() < 0.7:
        target = (Fraction(rng.randint(0, 100), 100) if chart == "p"
                  else Fraction(round(float(rng.choice(values)) + rng.uniform(-8, 8), 1)))
    return {
        "chart": chart, "given": given, "values": values, "counts": counts, "dates": dates,
        "improvement": rng.choice(("increase", "decrease", "neutral")), "target": target,
        "baseline": rng.choice((None, None, rng.randint(2, max(2, count)))),
        "rebase": [dates[s] - dt.timedelta(days=rng.choice((0, 1)) if dates[s] - dates[s - 1] > dt.timedelta(1)
                                           else 0) for s in starts],
        "rules": Rules(rng.choice((6, 7, 8)), rng.choice((6, 7))),
    }


def close(mine: float, theirs: Fraction) -> bool:
    """The engine's float is the contract's number, to float precision."""
    return abs(mine - float(theirs)) <= 1e-9 * max(1.0, abs(float(theirs)))


@pytest.mark.parametrize("chart", ["xmr", "p", "u"])
def test_the_engine_agrees_with_the_contract_on_random_series(chart):
    rng = random.Random(f"spc-cross-check-{chart}")
    seen: Counter = Counter()
    for number in range(SERIES):
        case = make_series(rng, chart)
        # Rebase dates land on or just before a point, so segments keep two points or more.
        result = analyse(case["given"], case["improvement"], None if case["target"] is None else float(case["target"]),
                         case["baseline"], case["rebase"], chart=chart, rules=case["rules"])
        segments, points, variation, assurance = reference(
            chart, case["values"], case["counts"], case["dates"], case["improvement"], case["target"],
            case["baseline"], case["rebase"], case["rules"].run_length, case["rules"].trend_length)
        where = f"series {number}: {case}"
        assert [(s.start, s.limits.provisional) for s in result.segments] == [(s, p) for s, _, p in segments], where
        assert all(close(s.limits.mean, m) for s, (_, m, _) in zip(result.segments, segments, strict=True)), where
        assert len(result.points) == len(points), where
        for point, (signals, point_variation, limits) in zip(result.points, points, strict=True):
            assert set(point.signals) == signals, (point.date, where)
            assert point.variation == point_variation, (point.date, where)
            assert all(close(mine, theirs) for mine, theirs in zip(
                (point.limits.lcl, point.limits.lower_band, point.limits.upper_band, point.limits.ucl), limits,
                strict=True)), (point.date, point.limits, limits, where)
            seen.update(signals)
            seen[point_variation] += 1
            seen["clipped"] += chart != "xmr" and limits[0] == 0
        assert result.variation == variation, where
        assert result.assurance == assurance, where
        seen[f"assurance {assurance}"] += 1
        seen["rebased"] += len(segments) > 1
    # The series exercised every rule, variation and assurance (else this test proves little).
    for what in ("outside-limits", "run", "trend", "two-of-three", "improvement", "concern", "neutral",
                 "common", "assurance pass", "assurance fail", "assurance hit-and-miss", "rebased"):
        assert seen[what] >= 20, (what, seen)
    if chart != "xmr":
        assert seen["clipped"] >= 20, seen
