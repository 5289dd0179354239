"""Signals as a reader is told about them: one stretch per change, not one per point.

A stretch is a run of signalled points in one segment that all point the
same way (high or rising, low or falling), where no more than one point
without a signal lies between two signalled ones: two of three points near
a limit, with an ordinary point between them, are one stretch; so are a
run of 7 and the points beyond a limit inside it. Each stretch is one
sentence on a measure's page, and the overview counts stretches, so the
count and the sentences always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .spc import PRECEDENCE, SIGNALS, Analysis, Segment, better

GAP = 1   # at most this many points without a signal inside one stretch


def _sign(number: float) -> int:
    return (number > 0) - (number < 0)


@dataclass(frozen=True)
class Stretch:
    start: dt.date
    end: dt.date
    points: int                 # points from start to end, both included
    direction: int              # +1 high or rising, -1 low or falling
    variation: str              # improvement, concern or neutral
    rules: tuple[tuple[str, int], ...]   # (signal, how many of its points carry it), in SIGNALS order
    # (signal, side of the mean, how many of its points on that side carry it), a trend's on its own
    # direction's side: a trend climbing from below the mean can end beyond the upper limit.
    parts: tuple[tuple[str, int, int], ...]
    trend: int                  # the direction of its trend, if it has one (it may differ from `direction`)
    latest: bool                # it ends at the segment's latest point

    @property
    def main(self) -> str:
        """The signal the sentence leads with: the one most of its points carry (a run
        or a trend before a point beyond a limit, before two of three, when as many)."""
        order = ("run", "trend", "outside-limits", "two-of-three")
        return max(self.rules, key=lambda item: (item[1], -order.index(item[0])))[0]

    def count(self, rule: str) -> int:
        return dict(self.rules).get(rule, 0)

    @property
    def lead(self) -> tuple[str, int, int]:
        """The part the sentence leads with: the main signal, on the side most of its points are on."""
        return max((part for part in self.parts if part[0] == self.main), key=lambda part: part[2])

    @property
    def side(self) -> int:
        """The side of the mean of the points the sentence leads with."""
        return self.lead[1]

    @property
    def weight(self) -> int:
        """How strong a signal it is: a point beyond a limit first, as NHSRplotthedots ranks them."""
        return min(PRECEDENCE.index(rule) for rule, _ in self.rules)


def segment_stretches(segment: Segment, improvement: str) -> list[Stretch]:
    """The segment's stretches, in date order."""
    points = segment.points
    groups: list[list[int]] = []
    for index, point in enumerate(points):
        if not point.direction:
            continue
        if groups and points[groups[-1][-1]].direction == point.direction and index - groups[-1][-1] <= GAP + 1:
            groups[-1].append(index)
        else:
            groups.append([index])
    found = []
    for members in groups:
        first, last = members[0], members[-1]
        carried = [points[index].signals for index in members]
        rules = tuple((rule, count) for rule in SIGNALS if (count := sum(rule in s for s in carried)))
        trend = next((points[index].trend for index in members if points[index].trend), 0)
        direction = points[first].direction
        parts = []
        for rule, count in rules:
            if rule == "trend":
                parts.append((rule, trend or direction, count))
                continue
            signs = [_sign(points[i].value - points[i].limits.mean) for i in members if rule in points[i].signals]
            parts += [(rule, side, signs.count(side)) for side in (1, -1) if signs.count(side)]
        found.append(Stretch(points[first].date, points[last].date, last - first + 1, direction,
                             better(direction, improvement), rules, tuple(parts), trend, last == len(points) - 1))
    return found


def latest_first(stretches: list[Stretch]) -> list[Stretch]:
    """The latest first; of two ending together, the stronger."""
    return sorted(stretches, key=lambda s: (-s.end.toordinal(), s.weight, -s.start.toordinal()))


def analysis_stretches(analysis: Analysis, improvement: str) -> tuple[tuple[Segment, list[Stretch]], ...]:
    """Each segment with its stretches, latest first; the latest segment first too."""
    return tuple((segment, latest_first(segment_stretches(segment, improvement)))
                 for segment in reversed(analysis.segments))
