"""The capability register's chart geometry, worked out at build time for inline SVG.

One chart per role: a row for each organisation and one for the system,
each with a dashed box spanning the range the guidance asks for its
headcount and a solid bar for what it has, on one scale from zero.  The
name sits on its own line above the bar, so the chart is drawn narrow
(288 units, a 320 px phone's column) and keeps its text size there
without scrolling.  The markup and
the words are in templates/capability_register_chart.html; the numbers
come from macros/analysis/capability.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis.capability import Standing
from ..analysis.dosage import Gap
from .charts import nice_step, wrap

WIDTH = 288          # the SVG's own coordinate width; CSS scales it to fit
LEFT = 8             # where zero is
RIGHT_ROOM = 24      # right of the plot, for the last tick's label
LINE = 16            # one line of text
BOX = 20             # the height of the range box; the bar inside is half as high
ROW_GAP = 14
TOP = 4
AXIS_ROOM = 26       # below the rows, for tick labels
NAME_CHARS = 36      # wrap names at about this many characters (13 px bold text in 256 units)


@dataclass(frozen=True)
class ChartRow:
    standing: Standing
    gap: Gap
    system: bool
    lines: tuple[str, ...]   # the name, wrapped; the template adds the figures' line below it
    y: float                 # the top of the row
    box_x: float
    box_width: float
    box_y: float
    bar_width: float


@dataclass(frozen=True)
class Tick:
    x: float
    value: int


@dataclass(frozen=True)
class RegisterChart:
    id: str
    rows: tuple[ChartRow, ...]
    ticks: tuple[Tick, ...]
    height: float
    width: int = WIDTH
    left: int = LEFT

    @property
    def axis_y(self) -> float:
        return self.height - AXIS_ROOM


def register_chart(chart_id: str, role_id: str, organisations: Sequence[Standing], system: Standing) -> RegisterChart:
    """The chart of one role (the guidance's role id) for the organisations and the system."""
    entries = [(s, False) for s in organisations] + [(system, True)]
    gaps = [next(g for g in s.gaps if g.role.id == role_id) for s, _ in entries]
    largest = max(max(g.asked.high, g.have) for g in gaps)
    step = int(max(1, nice_step(largest)))
    maximum = step * max(1, math.ceil(largest / step))
    plot = WIDTH - LEFT - RIGHT_ROOM

    def x(value: float) -> float:
        return LEFT + plot * value / maximum

    rows, y = [], TOP
    for (entry, system_row), gap in zip(entries, gaps, strict=True):
        lines = wrap(entry.name, NAME_CHARS)
        box_y = y + LINE * (len(lines) + 1) + 4
        rows.append(ChartRow(entry, gap, system_row, lines, y, x(gap.asked.low),
                             x(gap.asked.high) - x(gap.asked.low), box_y, x(gap.have) - LEFT))
        y = box_y + BOX + ROW_GAP
    ticks = tuple(Tick(x(value), value) for value in range(0, maximum + 1, step))
    return RegisterChart(chart_id, tuple(rows), ticks, y + AXIS_ROOM)
